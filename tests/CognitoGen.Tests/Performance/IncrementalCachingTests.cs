extern alias generator;

using System.Reflection;
using generator::CognitoGen.Generator;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CognitoGen.Tests.Performance;

/// <summary>
/// The generator runs on every keystroke, so its pipeline must cache: unchanged input reuses everything, an unrelated
/// edit regenerates nothing, and a client edit or addition regenerates that client only.
/// </summary>
public class IncrementalCachingTests
{
    private static readonly string[] ClientFiles = Enumerable.Range(0, 5).Select(Client).ToArray();

    private static string Client(int i) => $$"""
        using CognitoGen;
        namespace App;
        [UserPoolClient("client-{{i}}"), CallbackUrl("https://app{{i}}.example.com/cb"), OAuthScope(StandardScope.OpenId)]
        public partial class Client{{i}} { }
        """;

    private const string Unrelated = """
        namespace App;
        public static class Helpers { public static int Twice(int x) => x * 2; }
        """;

    [Theory]
    [InlineData(SdkShape.None)]
    [InlineData(SdkShape.Current)]
    public void Unchanged_input_is_entirely_cached(SdkShape sdk)
    {
        var compilation = GeneratorHarness.Compilation(sdk, ClientFiles.Append(Unrelated).ToArray());
        var driver = GeneratorHarness.Driver(trackSteps: true).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        foreach (var name in OurSteps)
        {
            Assert.All(second.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(first.GeneratedSources.Select(s => s.SourceText.ToString()), second.GeneratedSources.Select(s => s.SourceText.ToString()));
        AssertNoCompilerObjects(first);
    }

    [Theory]
    [InlineData("new file")]
    [InlineData("method body")]
    public void An_unrelated_edit_regenerates_nothing(string edit)
    {
        var compilation = GeneratorHarness.Compilation(SdkShape.Current, ClientFiles.Append(Unrelated).ToArray());
        var driver = GeneratorHarness.Driver(trackSteps: true).RunGenerators(compilation);

        var unrelatedTree = compilation.SyntaxTrees.Last();
        var edited = edit == "new file"
            ? compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App; public class Another { }", GeneratorHarness.ParseOptions, "Another.cs"))
            : compilation.ReplaceSyntaxTree(unrelatedTree, unrelatedTree.WithChangedText(unrelatedTree.GetText().Replace(unrelatedTree.ToString().IndexOf("x * 2", StringComparison.Ordinal), 5, "x + x")));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertNoSourceRegenerated(result);
    }

    [Fact]
    public void Editing_one_attribute_argument_regenerates_only_that_client()
    {
        var compilation = GeneratorHarness.Compilation(SdkShape.Current, ClientFiles.Append(Unrelated).ToArray());
        var driver = GeneratorHarness.Driver(trackSteps: true).RunGenerators(compilation);

        var tree = compilation.SyntaxTrees.ElementAt(2);
        var text = tree.GetText();
        var at = tree.ToString().IndexOf("https://app2", StringComparison.Ordinal);
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.Replace(at, "https://app2".Length, "https://www2")));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var models = result.TrackedSteps[TrackingNames.FileClients].SelectMany(s => s.Outputs).ToList();
        var changed = models.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ToList();
        Assert.Equal("App.Client2.CognitoClient.g.cs", Assert.Single(changed).Value is var v ? Hint(v) : null);
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Single(outputs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(outputs.Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Contains("https://www2.example.com/cb", result.GeneratedSources.Single(s => s.HintName == "App.Client2.CognitoClient.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Adding_a_client_makes_only_its_output_new()
    {
        var compilation = GeneratorHarness.Compilation(SdkShape.Current, ClientFiles.Append(Unrelated).ToArray());
        var driver = GeneratorHarness.Driver(trackSteps: true).RunGenerators(compilation);

        var added = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Client(9), GeneratorHarness.ParseOptions, "Client9.cs"));
        var result = driver.RunGenerators(added).GetRunResult().Results.Single();

        var models = result.TrackedSteps[TrackingNames.FileClients].SelectMany(s => s.Outputs).ToList();
        Assert.Equal("App.Client9.CognitoClient.g.cs", Hint(Assert.Single(models, o => o.Reason != IncrementalStepRunReason.Cached && o.Reason != IncrementalStepRunReason.Unchanged).Value));
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Single(outputs, o => o.Reason == IncrementalStepRunReason.New);
        Assert.All(outputs.Where(o => o.Reason != IncrementalStepRunReason.New), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    /// <summary>Our steps: each file's reading, what all files say, the vocabulary, each file's clients, the compiler's clients, the environment.</summary>
    private static readonly string[] OurSteps =
    {
        TrackingNames.Clients, TrackingNames.ClientFacts, TrackingNames.Vocabulary, TrackingNames.FileClients, TrackingNames.SemanticClients, TrackingNames.NonNullClients,
        TrackingNames.Environment, TrackingNames.ClientEnvironment,
    };

    /// <summary>The hint name of the one client a file's step output holds.</summary>
    private static string? Hint(object value) => Assert.Single(((generator::CognitoGen.Generator.Parsing.FileClients)value).Clients).HintName;

    private static void AssertNoSourceRegenerated(GeneratorRunResult result)
    {
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.FileClients].SelectMany(s => s.Outputs), o => Assert.True(
            o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged ||
            (o.Reason == IncrementalStepRunReason.New && ((generator::CognitoGen.Generator.Parsing.FileClients)o.Value).Clients.Count == 0), o.Reason.ToString()));
    }

    /// <summary>No model may hold a symbol, syntax, compilation or location: they keep compilations alive and never compare equal.</summary>
    private static void AssertNoCompilerObjects(GeneratorRunResult result)
    {
        var banned = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(Location), typeof(SemanticModel), typeof(SyntaxTree) };
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        // Our own steps only: Roslyn's internal attribute-lookup steps legitimately carry syntax.
        var ours = OurSteps;
        var pending = new Stack<(object Value, string Path)>(ours.SelectMany(n => result.TrackedSteps[n]).SelectMany(s => s.Outputs).Select(o => (o.Value, o.Value.GetType().Name)));
        while (pending.Count > 0)
        {
            var (value, path) = pending.Pop();
            var type = value.GetType();
            if (type.IsPrimitive || value is string || type.IsEnum || !visited.Add(value)) continue;
            Assert.False(banned.Any(b => b.IsInstanceOfType(value)), $"{path} holds a {type.Name}");
            // Arrays are walked element by element; every other object through its fields (an ImmutableArray through its array).
            if (value is Array items)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null) pending.Push((item, $"{path}[{i++}]"));
                }
            }

            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.GetValue(value) is { } child) pending.Push((child, path + "." + field.Name));
                }
            }
        }
    }
}
