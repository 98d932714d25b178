extern alias analyzers;
using System.Collections.Immutable;
using analyzers::CognitoGen.Analyzers;
using CognitoGen.Tests.Analyzers;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CognitoGen.Tests.Performance;

/// <summary>
/// What the analyzer keeps from one compilation to the next (the IDE makes a new one per keystroke): the merged
/// client-name index, overlaid with the files that changed, and the rules' findings per unchanged client. Each test
/// checks both that the work is skipped and that the diagnostics are those of a fresh analysis. The counters are
/// process-wide, so these run in the serial collection.
/// </summary>
[Collection(nameof(PoolCacheCollection))]
public class AnalyzerEditCachingTests
{
    private static readonly CSharpParseOptions ParseOptions = GeneratorHarness.ParseOptions;

    private static SyntaxTree Tree(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    private static Compilation Compile(params SyntaxTree[] trees) =>
        CSharpCompilation.Create("EditCache", trees, TestReferences.For(SdkShape.None), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static async Task<ImmutableArray<Diagnostic>> Analyze(Compilation compilation)
    {
        var exceptions = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new UserPoolClientAnalyzer()), new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, _, _) => { lock (exceptions) exceptions.Add(e); }, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        return diagnostics;
    }

    private static string[] Duplicates(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id == "CGEN1004").Select(d => $"{d.Location.SourceTree!.FilePath}@{d.Location.SourceSpan.Start}: {d.GetMessage()}").Order(StringComparer.Ordinal).ToArray();

    /// <summary>A unique folder per test run, so no earlier compilation's trees can be mistaken for these.</summary>
    private static string Folder() => "/edit-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_duplicate_name_made_and_undone_by_edits_is_found_without_merging_every_file_again()
    {
        var folder = Folder();
        var a = Tree("""using CognitoGen; [UserPoolClient("a")] public partial class A { }""", folder + "/A.cs");
        var b = Tree("""using CognitoGen; [UserPoolClient("b")] public partial class B { }""", folder + "/B.cs");
        var other = Tree("public static class Other { public static int Twice(int x) => x * 2; }", folder + "/Other.cs");
        var first = Compile(a, b, other);
        Assert.Empty(Duplicates(await Analyze(first)));
        var merges = ClientNameIndex.Merged.MergeCount;

        // B renamed to "a": both classes now share it.
        var b2 = Tree("""using CognitoGen; [UserPoolClient("a")] public partial class B { }""", folder + "/B.cs");
        var second = first.ReplaceSyntaxTree(b, b2);
        Assert.Equal(
            new[]
            {
                $"{folder}/A.cs@34: ClientName 'a' is also used by 'B'; Cognito accepts it, but clients with one name are hard to tell apart. Give each client its own name.",
                $"{folder}/B.cs@34: ClientName 'a' is also used by 'A'; Cognito accepts it, but clients with one name are hard to tell apart. Give each client its own name.",
            },
            Duplicates(await Analyze(second)));

        // And back: no duplicate any more, in A's unchanged file either.
        var third = second.ReplaceSyntaxTree(b2, Tree("""using CognitoGen; [UserPoolClient("b")] public partial class B { }""", folder + "/B.cs"));
        Assert.Empty(Duplicates(await Analyze(third)));
        Assert.Equal(0, ClientNameIndex.Merged.MergeCount - merges);
    }

    [Fact]
    public async Task A_file_parsed_again_from_the_same_text_is_read_from_the_new_tree()
    {
        // The generator driver hands out a new tree over the same text for each unchanged generated file on every run.
        var folder = Folder();
        var a = Tree("""using CognitoGen; [UserPoolClient("same")] public partial class A { }""", folder + "/A.cs");
        var b = Tree("""using CognitoGen; [UserPoolClient("same")] public partial class B { }""", folder + "/B.cs");
        var first = Compile(a, b);
        Assert.Equal(2, Duplicates(await Analyze(first)).Length);
        var merges = ClientNameIndex.Merged.MergeCount;

        Assert.True(b.TryGetText(out var text));
        var reparsed = CSharpSyntaxTree.ParseText(text!, ParseOptions, b.FilePath);
        Assert.NotSame(b, reparsed);
        var second = first.ReplaceSyntaxTree(b, reparsed);
        var diagnostics = (await Analyze(second)).Where(d => d.Id == "CGEN1004").ToArray();

        Assert.Equal(new[] { "A", "B" }, diagnostics.Select(d => d.GetMessage().Contains("used by 'B'") ? "A" : "B").Order(StringComparer.Ordinal));
        // Every location is in this compilation's trees, none in the replaced one.
        Assert.All(diagnostics, d => Assert.True(d.Location.SourceTree == a || d.Location.SourceTree == reparsed, d.Location.SourceTree?.FilePath));
        Assert.Equal(0, ClientNameIndex.Merged.MergeCount - merges);
    }

    [Fact]
    public async Task An_alias_of_the_marker_added_by_an_edit_makes_a_new_merge_and_counts_everywhere()
    {
        var folder = Folder();
        var a = Tree("""using CognitoGen; [UserPoolClient("x")] public partial class A { }""", folder + "/A.cs");
        var c = Tree("""[Marker("x")] public partial class C { }""", folder + "/C.cs");
        var aliases = Tree("public static class Nothing { }", folder + "/Aliases.cs");
        var first = Compile(a, c, aliases);
        Assert.Empty(Duplicates(await Analyze(first)));
        var merges = ClientNameIndex.Merged.MergeCount;

        // A global alias in a third file makes [Marker] the marker in C's (unchanged) file.
        var second = first.ReplaceSyntaxTree(aliases, Tree("global using Marker = CognitoGen.UserPoolClientAttribute;", folder + "/Aliases.cs"));
        var duplicates = Duplicates(await Analyze(second));

        Assert.Equal(2, duplicates.Length);
        Assert.Contains(duplicates, d => d.StartsWith(folder + "/C.cs@8: ClientName 'x' is also used by 'A'", StringComparison.Ordinal));
        Assert.Equal(1, ClientNameIndex.Merged.MergeCount - merges);
    }

    [Fact]
    public async Task Findings_of_unchanged_clients_are_reused_and_an_edited_client_is_checked_again()
    {
        var folder = Folder();
        var client = """
            using CognitoGen;
            [UserPoolClient("c-{0}"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("{1}"), IdentityProvider("COGNITO"), OAuthScope(StandardScope.OpenId)]
            public partial class C{0} {{ }}
            """;
        var one = Tree(string.Format(client, 1, "http://one.example.com/cb"), folder + "/One.cs");
        var two = Tree(string.Format(client, 2, "https://two.example.com/cb"), folder + "/Two.cs");
        var other = Tree("public static class Other { public static int Twice(int x) => x * 2; }", folder + "/Other.cs");
        var first = Compile(one, two, other);
        var before = await Analyze(first);
        Assert.Contains(before, d => d.Id == "CGEN3004" && d.Location.SourceTree == one);

        // An edit elsewhere: the same diagnostics (id, message, span, properties), and the rules did not run again.
        var validations = FindingsCache.ValidationCount;
        var second = first.ReplaceSyntaxTree(other, Tree("public static class Other { public static int Twice(int x) => x + x; }", folder + "/Other.cs"));
        var after = await Analyze(second);
        Assert.Equal(0, FindingsCache.ValidationCount - validations);
        Assert.Equal(Describe(before), Describe(after));

        // Client 1 fixed: checked again (once), and its finding is gone.
        var fixedOne = Tree(string.Format(client, 1, "https://one.example.com/cb"), folder + "/One.cs");
        var third = second.ReplaceSyntaxTree(one, fixedOne);
        var fixedDiagnostics = await Analyze(third);
        Assert.Equal(1, FindingsCache.ValidationCount - validations);
        Assert.DoesNotContain(fixedDiagnostics, d => d.Id == "CGEN3004");
    }

    private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) => diagnostics
        .Select(d => $"{d.Id} {d.Location.SourceTree!.FilePath}{d.Location.GetLineSpan().Span} {d.GetMessage()} [{string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}]")
        .Order(StringComparer.Ordinal)
        .ToArray();
}
