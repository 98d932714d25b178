extern alias generator;

using System.Text.RegularExpressions;
using CognitoGen.Tests.Generator;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CognitoGen.Tests.Readme;

/// <summary>
/// Every ```csharp block of README.md compiles as written, so the README cannot rot. The shape of a block: it is one
/// complete file (usings, declarations, and top-level statements if it is a program). A block that uses
/// <c>WebAppClient</c> without declaring it is compiled together with the client file of "Get started in your app"
/// (the first csharp block that declares it), as a reader following the README would have it. A block that mentions
/// <c>Amazon.CognitoIdentityProvider</c> references the SDK (here: the stand-in), one that mentions <c>Amazon.CDK</c> the CDK stand-in
/// (the older shape, without RefreshTokenRotation); one that uses <c>CognitoPool.</c> gets the sample pool files as
/// <c>&lt;CognitoGenPool&gt;</c> items, so the typed names exist. All blocks compile at C# 9, the
/// oldest version the README claims.
/// </summary>
public sealed class ReadmeSnippetTests
{
    private static readonly CSharpParseOptions CSharp9 = new(LanguageVersion.CSharp9);

    public static IReadOnlyList<string> Blocks { get; } = CsharpBlocks(File.ReadAllText(RepoFiles.Path("README.md")));

    public static TheoryData<int> BlockNumbers()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Blocks.Count; i++) data.Add(i + 1);
        return data;
    }

    [Fact]
    public void The_readme_has_csharp_blocks_and_a_client_declaration()
    {
        Assert.True(Blocks.Count >= 5, $"found {Blocks.Count} csharp blocks");
        Assert.NotNull(ClientFile());
    }

    [Theory]
    [MemberData(nameof(BlockNumbers))]
    public void Csharp_block_compiles_as_written_at_CSharp_9(int number)
    {
        var block = Blocks[number - 1];
        var errors = CompileErrors(block, CSharp9);
        Assert.True(errors.Count == 0, $"README csharp block {number} does not compile:\n{string.Join("\n", errors)}\n--- block ---\n{block}");
    }

    [Fact]
    public void The_check_fails_on_a_snippet_that_uses_an_undeclared_variable()
    {
        var errors = CompileErrors("""
            string json = WebAppClient.Definition.ToCliInputJson(poolId);
            """, CSharp9);
        Assert.Contains(errors, e => e.Contains("CS0103", StringComparison.Ordinal));
    }

    [Fact]
    public void The_check_fails_on_a_client_written_for_a_newer_language_version_than_claimed()
    {
        var errors = CompileErrors("""
            [CognitoGen.UserPoolClient("web-app")]
            public partial class WebAppClient;
            """, CSharp9);
        Assert.NotEmpty(errors);
    }

    [Fact]
    public void The_check_fails_on_a_typed_pool_name_the_pool_does_not_have()
    {
        var ok = CompileErrors("""
            [CognitoGen.UserPoolClient("m2m")]
            [CognitoGen.OAuthScope(CognitoPool.Scopes.SolarSystemData.AsteroidsAdd)]
            public partial class M2mClient { }
            """, CSharp9);
        var errors = CompileErrors("""
            [CognitoGen.UserPoolClient("m2m")]
            [CognitoGen.OAuthScope(CognitoPool.Scopes.SolarSystemData.AsteroidsRemove)]
            public partial class M2mClient { }
            """, CSharp9);
        Assert.Empty(ok);
        Assert.Contains(errors, e => e.Contains("CS0117", StringComparison.Ordinal) && e.Contains("AsteroidsRemove", StringComparison.Ordinal));
    }

    [Fact]
    public void The_claimed_minimum_language_version_is_CSharp_9()
    {
        var readme = File.ReadAllText(RepoFiles.Path("README.md"));
        Assert.Contains("C# 9 or later", readme, StringComparison.Ordinal);
    }

    private static List<string> CompileErrors(string block, CSharpParseOptions parse)
    {
        // No implicit usings: C# 9 has no global usings, so a block says every using it needs.
        var sources = new List<string> { block };
        var declaresClient = Regex.IsMatch(block, @"partial\s+class\s+WebAppClient\b");
        if (!declaresClient && block.Contains("WebAppClient", StringComparison.Ordinal)) sources.Add(ClientFile()!);
        var sdk = block.Contains("Amazon.CognitoIdentityProvider", StringComparison.Ordinal) ? SdkShape.Current : SdkShape.None;
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, $"Block{i}.cs")).ToList();
        var program = trees.Any(t => t.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any());
        var compilation = CSharpCompilation.Create(
            "ReadmeBlock",
            trees,
            block.Contains("Amazon.CDK", StringComparison.Ordinal)
                ? TestReferences.For(sdk).Concat(new[] { MetadataReference.CreateFromImage(CognitoGen.Tests.Cdk.CdkStandIn.Image(CognitoGen.Tests.Cdk.CdkStandIn.Shape.Old)) })
                : TestReferences.For(sdk),
            new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        // A block that uses the typed pool names is built as a project with <CognitoGenPool> items would be: the sample
        // pool's files (tests/CognitoGen.Tests/Pool/Samples) as pool files, and no root namespace.
        var poolFiles = block.Contains("CognitoPool.", StringComparison.Ordinal)
            ? new[] { "describe-user-pool.json", "list-resource-servers.json", "list-identity-providers.json" }.Select(PoolNamesHarness.PoolSample).ToList()
            : null;
        ParserEquivalence.AssertSame(compilation, poolFiles, poolFiles is null ? null : PoolNamesHarness.Provider(PoolNamesHarness.Properties(rootNamespace: null), poolFiles), parse);
        var driver = block.Contains("CognitoPool.", StringComparison.Ordinal)
            ? PoolNamesHarness.Driver(
                new[] { "describe-user-pool.json", "list-resource-servers.json", "list-identity-providers.json" }.Select(PoolNamesHarness.PoolSample).ToList(),
                PoolNamesHarness.Properties(rootNamespace: null),
                parse: parse)
            : CSharpGeneratorDriver.Create(new[] { new generator::CognitoGen.Generator.ClientGenerator().AsSourceGenerator() }, parseOptions: parse);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return generatorDiagnostics.AddRange(output.GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
    }

    private static string? ClientFile() => Blocks.FirstOrDefault(b => Regex.IsMatch(b, @"partial\s+class\s+WebAppClient\b"));

    private static IReadOnlyList<string> CsharpBlocks(string markdown)
    {
        var blocks = new List<string>();
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (current is null && line.Trim() == "```csharp") current = new List<string>();
            else if (current is not null && line.Trim() == "```") { blocks.Add(string.Join("\n", current)); current = null; }
            else current?.Add(line);
        }

        return blocks;
    }
}
