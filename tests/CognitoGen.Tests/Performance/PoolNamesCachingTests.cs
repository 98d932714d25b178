extern alias generator;

using CognitoGen.Tests.Generator;
using CognitoGen.Tests.Infrastructure;
using generator::CognitoGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static CognitoGen.Tests.Generator.PoolNamesHarness;

namespace CognitoGen.Tests.Performance;

/// <summary>
/// The pool files are read once per change of a pool file: client edits, unrelated edits and ordinary AdditionalFiles
/// reach none of the pool steps (so the loader is not called again), and a pool edit re-runs the pool branch only.
/// A step whose input is Cached does not run its transform: PoolFileNames Cached means the loader was not called.
/// </summary>
public class PoolNamesCachingTests
{
    private static readonly string[] PoolSteps =
    {
        TrackingNames.PoolFiles, TrackingNames.PoolFileNames, TrackingNames.PoolNames, TrackingNames.PoolOptions,
        TrackingNames.PoolNamesWithOptions, TrackingNames.PoolConstants,
    };

    private static readonly string[] SampleNames =
    {
        "describe-user-pool.json", "list-resource-servers.json", "list-identity-providers.json", "describe-user-pool-domain.json", "describe-user-pool-client.json",
    };

    private static string Client(int i) => $$"""
        using CognitoGen;
        namespace App;
        [UserPoolClient("client-{{i}}"), CallbackUrl("https://app{{i}}.example.com/cb"), OAuthScope(StandardScope.OpenId)]
        public partial class Client{{i}} { }
        """;

    /// <summary>A client that names a pool constant, so its definition depends on the pool.</summary>
    private const string PoolClient = """
        using CognitoGen;
        namespace App;
        [UserPoolClient("pool-client"), CallbackUrl("https://pool.example.com/cb"), OAuthScope(CognitoPool.Scopes.SolarSystemData.AsteroidsAdd)]
        public partial class PoolClient { }
        """;

    private const string Unrelated = """
        namespace App;
        public static class Helpers { public static int Twice(int x) => x * 2; }
        """;

    private sealed record Setup(GeneratorDriver Driver, CSharpCompilation Compilation, List<InMemoryText> Files);

    private static Setup Start()
    {
        var files = SampleNames.Select(PoolSample).Append(Ordinary("notes/readme.json", "{}")).ToList();
        var compilation = GeneratorHarness.Compilation(SdkShape.None, Client(0), Client(1), PoolClient, Unrelated);
        var driver = Driver(files, trackSteps: true).RunGenerators(compilation);
        Assert.NotNull(PoolSource(driver.GetRunResult()));
        return new Setup(driver, compilation, files);
    }

    [Fact]
    public void Unchanged_input_is_entirely_cached()
    {
        var s = Start();
        var result = s.Driver.RunGenerators(s.Compilation.Clone()).GetRunResult().Results.Single();
        AssertPoolStepsCached(result, allowUnchanged: true);
        Assert.All(Outputs(result), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        AssertOnlyPlainValues(result);
    }

    [Fact]
    public void Editing_a_client_reads_no_pool_file_and_regenerates_only_that_client()
    {
        var s = Start();
        var tree = s.Compilation.SyntaxTrees.ElementAt(1);
        var at = tree.ToString().IndexOf("https://app1", StringComparison.Ordinal);
        var edited = s.Compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(at, "https://app1".Length, "https://www1")));
        var run = s.Driver.RunGenerators(edited).GetRunResult();
        var result = run.Results.Single();

        AssertPoolStepsCached(result, allowUnchanged: false);
        Assert.Single(Outputs(result), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(Outputs(result).Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Contains("https://www1.example.com/cb", GeneratorHarness.GeneratedText(run, "App.Client1.CognitoClient.g.cs"));
    }

    [Fact]
    public void Editing_the_client_that_names_a_pool_constant_still_reads_no_pool_file()
    {
        var s = Start();
        var tree = s.Compilation.SyntaxTrees.ElementAt(2);
        var at = tree.ToString().IndexOf("https://pool", StringComparison.Ordinal);
        var edited = s.Compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(at, "https://pool".Length, "https://tool")));
        var run = s.Driver.RunGenerators(edited).GetRunResult();

        AssertPoolStepsCached(run.Results.Single(), allowUnchanged: false);
        var source = GeneratorHarness.GeneratedText(run, "App.PoolClient.CognitoClient.g.cs");
        Assert.Contains("https://tool.example.com/cb", source);
        Assert.Contains("\"solar-system-data/asteroids.add\"", source);
    }

    [Theory]
    [InlineData("new file")]
    [InlineData("method body")]
    public void An_unrelated_edit_reaches_no_pool_step(string edit)
    {
        var s = Start();
        var unrelated = s.Compilation.SyntaxTrees.Last();
        var edited = edit == "new file"
            ? s.Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App; public class Another { }", GeneratorHarness.ParseOptions, "Another.cs"))
            : s.Compilation.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(unrelated.GetText().Replace(unrelated.ToString().IndexOf("x * 2", StringComparison.Ordinal), 5, "x + x")));
        var result = s.Driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertPoolStepsCached(result, allowUnchanged: false);
        Assert.All(Outputs(result), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_an_ordinary_AdditionalFile_reads_no_pool_file()
    {
        var s = Start();
        var ordinary = s.Files.Last();
        var result = s.Driver.ReplaceAdditionalText(ordinary, ordinary.WithText("{ \"Providers\": [ { \"ProviderName\": \"X\" } ] }"))
            .RunGenerators(s.Compilation).GetRunResult().Results.Single();

        foreach (var name in new[] { TrackingNames.PoolFileNames, TrackingNames.PoolNames, TrackingNames.PoolConstants, TrackingNames.PoolNamesWithOptions })
        {
            Assert.All(Step(result, name), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }

        Assert.All(Step(result, TrackingNames.PoolFileNames), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(Outputs(result), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Changing_one_pool_file_reloads_that_file_only_and_regenerates_only_the_pool_class()
    {
        var s = Start();
        var providers = s.Files.Single(f => f.Path.EndsWith("list-identity-providers.json", StringComparison.Ordinal));
        var changed = providers.WithText("""{ "Providers": [ { "ProviderName": "Google" }, { "ProviderName": "MyOIDC" }, { "ProviderName": "Okta" } ] }""");
        var run = s.Driver.ReplaceAdditionalText(providers, changed).RunGenerators(s.Compilation).GetRunResult();
        var result = run.Results.Single();

        // The loader ran once, for the changed file.
        var perFile = Step(result, TrackingNames.PoolFileNames).ToList();
        Assert.Equal(SampleNames.Length, perFile.Count);
        Assert.Single(perFile, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(perFile.Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Single(Step(result, TrackingNames.PoolFiles), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Step(result, TrackingNames.PoolNames)).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Step(result, TrackingNames.PoolOptions)).Reason);

        // The client branch: parsing is untouched; resolving the pool constants re-ran and found the same values.
        foreach (var name in new[] { TrackingNames.Clients, TrackingNames.ClientFacts, TrackingNames.Vocabulary, TrackingNames.FileClients, TrackingNames.Environment, TrackingNames.ClientEnvironment })
        {
            Assert.All(Step(result, name), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        Assert.All(Step(result, TrackingNames.ResolvedClients), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));

        // Exactly one source regenerated: the pool class, now with Okta.
        Assert.Single(Outputs(result), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(Outputs(result).Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Contains("public const string Okta = \"Okta\";", PoolSource(run));
    }

    [Fact]
    public void Changing_the_class_name_property_reloads_no_pool_file()
    {
        var s = Start();
        var run = s.Driver.WithUpdatedAnalyzerConfigOptions(Provider(Properties(className: "Pool"), s.Files)).RunGenerators(s.Compilation).GetRunResult();
        var result = run.Results.Single();

        // New options reach every file's (path, text) step, which gives equal values: the loader does not run.
        Assert.All(Step(result, TrackingNames.PoolFiles), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(Step(result, TrackingNames.PoolFileNames), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Step(result, TrackingNames.PoolOptions)).Reason);
        Assert.Contains("internal static partial class Pool\n", PoolSource(run));
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Step(GeneratorRunResult result, string name) =>
        result.TrackedSteps[name].SelectMany(s => s.Outputs).ToList();

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();

    private static void AssertPoolStepsCached(GeneratorRunResult result, bool allowUnchanged)
    {
        foreach (var name in PoolSteps)
        {
            var outputs = result.TrackedSteps[name].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(
                o.Reason == IncrementalStepRunReason.Cached || (allowUnchanged && o.Reason == IncrementalStepRunReason.Unchanged), $"{name}: {o.Reason}"));
        }
    }

    /// <summary>The pool steps carry strings, records and arrays only: no symbol, syntax, compilation or additional text.</summary>
    private static void AssertOnlyPlainValues(GeneratorRunResult result)
    {
        var banned = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(Location), typeof(SyntaxTree), typeof(AdditionalText), typeof(Microsoft.CodeAnalysis.Text.SourceText) };
        var pending = new Stack<object>(PoolSteps.SelectMany(n => result.TrackedSteps[n]).SelectMany(s => s.Outputs).Select(o => o.Value).Where(v => v is not null)!);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        while (pending.Count > 0)
        {
            var value = pending.Pop();
            var type = value.GetType();
            if (type.IsPrimitive || value is string || type.IsEnum || !seen.Add(value)) continue;
            Assert.False(banned.Any(b => b.IsInstanceOfType(value)), $"a pool step holds a {type.Name}");
            if (value is System.Collections.IEnumerable items)
            {
                foreach (var item in items)
                {
                    if (item is not null) pending.Push(item);
                }
            }

            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.DeclaredOnly))
                {
                    if (field.GetValue(value) is { } child) pending.Push(child);
                }
            }
        }
    }
}
