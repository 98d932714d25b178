extern alias analyzers;
using System.Collections.Immutable;
using analyzers::CognitoGen.Analyzers;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using static CognitoGen.Tests.Infrastructure.AnalyzerVerifier;

namespace CognitoGen.Tests.Analyzers;

/// <summary>
/// CGEN8001 pool-file-unreadable: the analyzers report each problem the pool-file loader meets on the pool file itself,
/// at its line and column, and a bad pool file neither crashes the analyzer nor stops the other pool files from counting.
/// </summary>
public class PoolFileAnalyzerTests
{
    /// <summary>A client whose scope is undefined in list-resource-servers.json: CGEN8002 proves that file still counts.</summary>
    private const string ScopeClient = """
        using CognitoGen;
        [UserPoolClient("a"), OAuthScope({|CGEN8002:"orders/read"|})]
        public partial class A { }
        """;

    private const string OrdersRead = "Custom scope 'orders/read' is not defined by any resource server of the pool us-west-2_AbCdEf123: Cognito answers ScopeDoesNotExistException: Invalid scope requested: orders/read. The pool's resource servers are 'solar-system-data' and 'https://orders.example.com'.";

    private static readonly string[] PoolRules = { "CGEN8001", "CGEN8002" };

    [Fact]
    public Task Bad_pool_file_is_reported_at_its_line_and_column_and_the_other_files_still_count()
    {
        var test = Test(RuleCase.StripMarkup(ScopeClient), PoolRules);
        var bad = PoolFile.Inline("bad.json", "{\n  \"UserPool\": {\n    \"Id\": \"us-west-2_x\",\n  ]\n}\n");
        RuleCaseTests.WithPool(test, null, new[] { bad, PoolFile.Sample("list-resource-servers.json") });
        // In the framework's order (by path): the scope on the source, then the pool file's problem.
        test.ExpectedDiagnostics.Add(Diagnostic("CGEN8002").WithLocation("/0/Test0.cs", 2, 34).WithMessage(OrdersRead));
        test.ExpectedDiagnostics.Add(Diagnostic("CGEN8001").WithLocation("/pool/bad.json", 4, 3).WithMessage("invalid JSON: ']' is an invalid start of a property name. Expected a '\"'.; the file was ignored"));
        return test.RunAsync();
    }

    [Fact]
    public Task Wrong_shape_is_reported_where_the_wrong_value_starts()
    {
        var test = Test(RuleCase.StripMarkup(ScopeClient), PoolRules);
        var wrong = PoolFile.Inline("providers.json", "{\n  \"Providers\": {\n    \"ProviderName\": \"Google\"\n  }\n}\n");
        RuleCaseTests.WithPool(test, null, new[] { PoolFile.Sample("list-resource-servers.json"), wrong });
        test.ExpectedDiagnostics.Add(Diagnostic("CGEN8002").WithLocation("/0/Test0.cs", 2, 34).WithMessage(OrdersRead));
        test.ExpectedDiagnostics.Add(Diagnostic("CGEN8001").WithLocation("/pool/providers.json", 2, 16).WithMessage("Providers: expected an array, got an object; the file was ignored"));
        return test.RunAsync();
    }

    [Fact]
    public Task Metadata_value_is_case_insensitive_and_files_without_it_are_not_pool_files()
    {
        var test = Test(ScopeClient, PoolRules);
        test.TestState.AdditionalFiles.Add(("/pool/list-resource-servers.json", PoolFile.Sample("list-resource-servers.json").Text));
        test.TestState.AdditionalFiles.Add(("/pool/off.json", "not json"));
        test.TestState.AdditionalFiles.Add(("/notes/readme.txt", "not json either"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true
            [/pool/list-resource-servers.json]
            build_metadata.AdditionalFiles.CognitoGenPool = True
            [/pool/off.json]
            build_metadata.AdditionalFiles.CognitoGenPool = false
            """));
        return test.RunAsync();
    }

    /// <summary>Hostile pool-file texts: each gives CGEN8001 on that file (a valid position in it), never an analyzer exception.</summary>
    public static TheoryData<string, string> HostileTexts() => new()
    {
        { "garbage", "this is not JSON at all" },
        { "truncated", "{\"ResourceServers\": [{\"Identifier\": \"rs\", \"Scopes\": [" },
        { "top-level array", "[{\"UserPool\": {}}]" },
        { "top-level string", "\"UserPool\"" },
        { "UserPool a number", "{\"UserPool\": 5}" },
        { "scopes a string", "{\"ResourceServers\": [{\"Identifier\": \"rs\", \"Scopes\": \"read\"}]}" },
        { "binary", "\u0000\u0001\u0002\u00ff\ufffd PK\u0003\u0004" },
        { "empty", string.Empty },
        { "whitespace", " \n\t\n" },
        { "deep nesting", new string('[', 100_000) + new string(']', 100_000) },
        { "deep objects", string.Concat(Enumerable.Repeat("{\"a\":", 20_000)) + "1" + new string('}', 20_000) },
        { "lone surrogate", "{\"UserPool\": {\"Id\": \"\ud800\"" },
        { "unrecognised object", "{\"Hello\": \"world\"}" },
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task Hostile_pool_file_gives_one_CGEN8001_and_the_other_files_still_count(string what, string text)
    {
        var path = "/pool/hostile-" + what.Replace(' ', '-') + ".json";
        var hostile = new TestAdditionalText(path, text);
        var servers = new TestAdditionalText("/pool/list-resource-servers.json", PoolFile.Sample("list-resource-servers.json").Text);
        var diagnostics = await Run(RuleCase.StripMarkup(ScopeClient), hostile, servers);

        var unreadable = Assert.Single(diagnostics, d => d.Id == "CGEN8001");
        var span = unreadable.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.True(unreadable.Location.SourceSpan.End <= text.Length, what + ": the location lies in the file");
        Assert.Contains("ignored", unreadable.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Id == "CGEN8002");
        Assert.Equal(DiagnosticSeverity.Warning, unreadable.Severity);
    }

    [Fact]
    public async Task Pool_file_that_cannot_be_read_is_reported_and_the_others_still_count()
    {
        var missing = new TestAdditionalText("/pool/missing.json", null);
        var throwing = new TestAdditionalText("/pool/locked.json", "{}", throws: true);
        var servers = new TestAdditionalText("/pool/list-resource-servers.json", PoolFile.Sample("list-resource-servers.json").Text);
        var diagnostics = await Run(RuleCase.StripMarkup(ScopeClient), missing, throwing, servers);

        Assert.Equal(
            new[]
            {
                "/pool/locked.json(1,1): warning CGEN8001: could not be read (IOException: reading /pool/locked.json is not allowed in this test); the file was ignored",
                "/pool/missing.json(1,1): warning CGEN8001: could not be read (the file is missing or not readable); the file was ignored",
            },
            diagnostics.Where(d => d.Id == "CGEN8001").Select(d => d.ToString()).Order(StringComparer.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == "CGEN8002");
    }

    [Fact]
    public async Task Build_output_names_the_pool_file_line_and_column()
    {
        var bad = new TestAdditionalText("/repo/infra/pool/pool.json", "{\n  \"UserPool\": {\n    \"SchemaAttributes\": {}\n  }\n}\n");
        var diagnostics = await Run(RuleCase.StripMarkup(ScopeClient), bad);

        var line = Assert.Single(diagnostics, d => d.Id == "CGEN8001").ToString();
        Assert.Equal("/repo/infra/pool/pool.json(3,25): warning CGEN8001: UserPool.SchemaAttributes: expected an array, got an object; the file was ignored", line);
    }

    [Fact]
    public async Task Columns_count_code_points_as_the_loader_does()
    {
        // "😀" is one code point, two UTF-16 units: column 12 of the loader is UTF-16 character 13 (0-based 12 + 1).
        var text = "{\"Hello\": \"\U0001F600\", \"x\": ]}";
        var diagnostics = await Run(RuleCase.StripMarkup(ScopeClient), new TestAdditionalText("/pool/emoji.json", text));
        var unreadable = Assert.Single(diagnostics, d => d.Id == "CGEN8001");
        Assert.Equal(text.IndexOf(']', StringComparison.Ordinal), unreadable.Location.SourceSpan.Start);
    }

    [Fact]
    public async Task Without_pool_files_no_additional_file_action_is_registered()
    {
        var compilation = GeneratorHarness.Compilation(SdkShape.None, RuleCase.StripMarkup(ScopeClient));
        var analyzer = new UserPoolClientAnalyzer();
        var notes = new TestAdditionalText("/notes.txt", "hello", throws: true);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new CompilationWithAnalyzersOptions(
            Options(null, new AdditionalText[] { notes }, Array.Empty<AdditionalText>()), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);

        Assert.Equal(0, telemetry.AdditionalFileActionsCount);
        Assert.Equal(0, notes.Reads);
        // Without a pool context the scope keeps its reminder, as before pool files existed.
        Assert.Contains(diagnostics, d => d.Id == "CGEN2015");
        Assert.DoesNotContain(diagnostics, d => d.Id is "CGEN8001" or "CGEN8002");
    }

    /// <summary>The analyzer over <paramref name="source"/> with <paramref name="poolFiles"/>; analyzer exceptions fail the test.</summary>
    private static async Task<ImmutableArray<Diagnostic>> Run(string source, params TestAdditionalText[] poolFiles)
    {
        var compilation = GeneratorHarness.Compilation(SdkShape.None, source);
        var exceptions = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new UserPoolClientAnalyzer()), new CompilationWithAnalyzersOptions(
            Options(null, poolFiles, poolFiles), (e, _, _) => { lock (exceptions) exceptions.Add(e); }, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("AD", StringComparison.Ordinal));
        return diagnostics;
    }
}
