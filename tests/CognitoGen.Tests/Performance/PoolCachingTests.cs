extern alias analyzers;
using System.Collections.Immutable;
using analyzers::CognitoGen.Analyzers;
using CognitoGen.Tests.Analyzers;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using static CognitoGen.Tests.Infrastructure.AnalyzerVerifier;

namespace CognitoGen.Tests.Performance;

/// <summary>The load counter is process-wide, so these tests run alone, after the parallel ones.</summary>
[CollectionDefinition(nameof(PoolCacheCollection), DisableParallelization = true)]
public sealed class PoolCacheCollection
{
}

/// <summary>
/// The analyzers parse the pool files once per change of them: a new compilation after an edit in a client file, with
/// the same AdditionalText objects, re-reads none; a changed pool file is parsed again; ordinary AdditionalFiles are never read.
/// </summary>
[Collection(nameof(PoolCacheCollection))]
public class PoolCachingTests
{
    private const string ClientA = """
        using CognitoGen;
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("https://a.example.com/cb"), IdentityProvider("COGNITO")]
        [OAuthScope("solar-system-data/asteroids.ad")]
        public partial class A { }
        """;

    private const string OtherFile = "public static class Other { public const int Value = 1; }";

    private static async Task<ImmutableArray<Diagnostic>> Analyze(Compilation compilation, AnalyzerOptions options, List<Exception> exceptions)
    {
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new UserPoolClientAnalyzer()), new CompilationWithAnalyzersOptions(
            options, (e, _, _) => { lock (exceptions) exceptions.Add(e); }, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }

    private static Compilation Compile(params string[] sources) =>
        CSharpCompilation.Create("PoolCache", sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, GeneratorHarness.ParseOptions, $"/src/File{i}.cs")), TestReferences.For(SdkShape.None), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Fact]
    public async Task Pool_files_are_parsed_once_per_change_and_a_client_edit_rereads_none()
    {
        // Unique paths: no other test's cache entry can answer for these files.
        var folder = "/cache-" + Guid.NewGuid().ToString("N");
        var servers = PoolFile.Sample("list-resource-servers.json");
        var pool = new TestAdditionalText(folder + "/list-resource-servers.json", servers.Text);
        var domain = new TestAdditionalText(folder + "/describe-user-pool-domain.json", PoolFile.Sample("describe-user-pool-domain.json").Text);
        var ordinary = new TestAdditionalText(folder + "/notes.txt", "not a pool file", throws: true);
        var exceptions = new List<Exception>();
        var options = Options(null, new AdditionalText[] { ordinary, pool, domain }, new AdditionalText[] { pool, domain });

        var before = PoolFiles.LoadCount;
        var a = Compile(ClientA, OtherFile);
        var first = await Analyze(a, options, exceptions);
        Assert.Equal(1, PoolFiles.LoadCount - before);
        Assert.Contains(first, d => d.Id == "CGEN8002");

        // A': the client file edited (a new compilation, as the IDE makes per keystroke), the same AdditionalText objects.
        var edited = a.ReplaceSyntaxTree(a.SyntaxTrees.First(), CSharpSyntaxTree.ParseText(ClientA.Replace("asteroids.ad", "asteroids.add", StringComparison.Ordinal), GeneratorHarness.ParseOptions, "/src/File0.cs"));
        var second = await Analyze(edited, options, exceptions);
        Assert.Equal(1, PoolFiles.LoadCount - before);
        Assert.DoesNotContain(second, d => d.Id == "CGEN8002");

        // The same texts in new AdditionalText objects (a project reload): still the cached result.
        var reloaded = new[] { new TestAdditionalText(pool.Path, servers.Text), new TestAdditionalText(domain.Path, PoolFile.Sample("describe-user-pool-domain.json").Text) };
        await Analyze(edited, Options(null, reloaded, reloaded), exceptions);
        Assert.Equal(1, PoolFiles.LoadCount - before);

        // A pool file's text changed: parsed again, and the new scope counts.
        var changed = new TestAdditionalText(pool.Path, servers.Text.Replace("asteroids.add", "asteroids.delete", StringComparison.Ordinal));
        var third = await Analyze(edited, Options(null, new AdditionalText[] { ordinary, changed, domain }, new AdditionalText[] { changed, domain }), exceptions);
        Assert.Equal(2, PoolFiles.LoadCount - before);
        Assert.Contains(third, d => d.Id == "CGEN8002" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'solar-system-data/asteroids.add'", StringComparison.Ordinal));

        // The ordinary AdditionalFile (no CognitoGenPool metadata) was never read, and nothing threw.
        Assert.Equal(0, ordinary.Reads);
        Assert.Empty(exceptions);
    }

    [Fact]
    public async Task Without_pool_files_nothing_is_loaded_and_no_AdditionalFile_is_read()
    {
        var ordinary = new TestAdditionalText("/cache-none/client.json", "{}", throws: true);
        var exceptions = new List<Exception>();
        var before = PoolFiles.LoadCount;
        await Analyze(Compile(ClientA), Options(null, new AdditionalText[] { ordinary }, Array.Empty<AdditionalText>()), exceptions);
        Assert.Equal(0, PoolFiles.LoadCount - before);
        Assert.Equal(0, ordinary.Reads);
        Assert.Empty(exceptions);
    }
}
