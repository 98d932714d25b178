using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CognitoGen.Benchmarks;

/// <summary>
/// The sources every benchmark compiles: N app clients in files of <see cref="ClientsPerFile"/>, one unrelated file, and
/// the peer's N options classes with their validators. Deterministic, so every run measures the same text.
/// </summary>
public static class Workload
{
    public const int ClientsPerFile = 50;

    /// <summary>The file the unrelated edit changes (a method body), and the text it replaces.</summary>
    public const string UnrelatedPath = "Helpers.cs";
    public const string UnrelatedBefore = "x * 2";
    public const string UnrelatedAfter = "x + x";

    public const string ClientEditBefore = "https://app{0}.example.com/signin";
    public const string ClientEditAfter = "https://www{0}.example.com/signin";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>Single-threaded on purpose: every figure is CPU work, not how well each part spreads over 2 cores.</summary>
    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        optimizationLevel: OptimizationLevel.Release,
        concurrentBuild: false,
        deterministic: true);

    /// <summary>
    /// One client, shaped like sample/CognitoGen.Sample/MyTestClient.cs: 11 attribute lines, 15 attribute types,
    /// 19 attribute applications, with per-client names, URLs and numbers. Valid for Cognito; the analyzers report two
    /// infos per client (custom scope and a non-Cognito identity provider must exist in the pool), as for a real client.
    /// </summary>
    public static string Client(int i) => $$"""
            /// <summary>App client {{i}}.</summary>
            [UserPoolClient("client-{{i}}", GenerateSecret = true)]
            [TokenValidity(Access = 60, AccessUnit = TimeUnit.Minutes, Id = 60, IdUnit = TimeUnit.Minutes, Refresh = {{10 + i % 20}}, RefreshUnit = TimeUnit.Days)]
            [ReadAttributes(StandardAttribute.Email, StandardAttribute.PhoneNumber, StandardAttribute.EmailVerified)]
            [WriteAttributes(StandardAttribute.Email, StandardAttribute.PhoneNumber)]
            [ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth)]
            [IdentityProvider(BuiltInIdentityProvider.Cognito), IdentityProvider(BuiltInIdentityProvider.Google)]
            [CallbackUrl("{{string.Format(ClientEditBefore, i)}}"), CallbackUrl("http://localhost:8001/signin"), LogoutUrl("https://app{{i}}.example.com/signout")]
            [AllowedOAuthFlows(OAuthFlow.Code)]
            [OAuthScope(StandardScope.OpenId), OAuthScope(StandardScope.Email), OAuthScope("orders{{i % 7}}/read")]
            [EnableOAuth, PreventUserExistenceErrors, EnableTokenRevocation, PropagateAdditionalUserContextData]
            [AuthSessionValidity({{3 + i % 13}})]
            public partial class Client{{i}}
            {
            }

        """;

    public static ImmutableArray<(string Path, string Text)> ClientSources(int n)
    {
        var files = ImmutableArray.CreateBuilder<(string, string)>();
        for (var start = 0; start < n; start += ClientsPerFile)
        {
            var file = start / ClientsPerFile;
            var sb = new StringBuilder();
            sb.Append("using CognitoGen;\n\nnamespace App.Clients").Append(file).Append(";\n\n");
            for (var i = start; i < Math.Min(n, start + ClientsPerFile); i++) sb.Append(Client(i));
            files.Add(($"Clients{file}.cs", sb.ToString()));
        }

        files.Add((UnrelatedPath, Unrelated));
        return files.ToImmutable();
    }

    /// <summary>Ordinary code with method bodies, in its own file: the target of the unrelated edit.</summary>
    public const string Unrelated = """
        namespace App;

        public static class Helpers
        {
            public static int Twice(int x) => x * 2;

            public static string Describe(int count)
            {
                var text = new System.Text.StringBuilder();
                for (var i = 0; i < count; i++) text.Append(i).Append(',');
                return text.ToString();
            }
        }
        """;

    /// <summary>The client whose one attribute argument the one-client edit changes: in the middle of the set.</summary>
    public static int EditedClient(int n) => n / 2;

    public static string EditedClientPath(int n) => $"Clients{EditedClient(n) / ClientsPerFile}.cs";

    /// <summary>
    /// The peer's unit: an options class with 10 validated properties (12 validation attributes) and its
    /// <c>[OptionsValidator]</c> validator.
    /// </summary>
    public static string Options(int i) => $$"""
            public sealed class Options{{i}}
            {
                [Required] public string Name { get; set; } = "name-{{i}}";
                [Required, Url] public string Endpoint { get; set; } = "https://svc{{i}}.example.com";
                [Range(1, {{10 + i % 90}})] public int Retries { get; set; } = 3;
                [Range(1, 3600)] public int TimeoutSeconds { get; set; } = 30;
                [RegularExpression("^[a-z]{2}-[a-z]+-[0-9]$")] public string Region { get; set; } = "us-west-2";
                [MinLength(1)] public string[] Scopes { get; set; } = new[] { "openid" };
                [MaxLength(10)] public string[] Tags { get; set; } = new string[0];
                [Range(0.0, 1.0)] public double SampleRate { get; set; } = 0.5;
                [StringLength(64, MinimumLength = 1)] public string ClientId { get; set; } = "client-{{i}}";
                [Required, EmailAddress] public string Contact { get; set; } = "ops{{i}}@example.com";
            }

            [OptionsValidator]
            public partial class Options{{i}}Validator : IValidateOptions<Options{{i}}>
            {
            }

        """;

    public static ImmutableArray<(string Path, string Text)> OptionsSources(int n)
    {
        var files = ImmutableArray.CreateBuilder<(string, string)>();
        for (var start = 0; start < n; start += ClientsPerFile)
        {
            var file = start / ClientsPerFile;
            var sb = new StringBuilder();
            sb.Append("using System.ComponentModel.DataAnnotations;\nusing Microsoft.Extensions.Options;\n\nnamespace App.Options").Append(file).Append(";\n\n");
            for (var i = start; i < Math.Min(n, start + ClientsPerFile); i++) sb.Append(Options(i));
            files.Add(($"Options{file}.cs", sb.ToString()));
        }

        files.Add((UnrelatedPath, Unrelated));
        return files.ToImmutable();
    }

    public static ImmutableArray<SyntaxTree> Parse(ImmutableArray<(string Path, string Text)> sources) =>
        sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), ParseOptions, s.Path)).ToImmutableArray();

    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees, ImmutableArray<MetadataReference> references) =>
        CSharpCompilation.Create("Bench", trees, references, CompilationOptions);

    /// <summary>Replaces <paramref name="before"/> (which must occur once) in the tree at <paramref name="path"/> with an edit of the text.</summary>
    public static CSharpCompilation Edit(CSharpCompilation compilation, string path, string before, string after)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var text = tree.GetText();
        var at = text.ToString().IndexOf(before, StringComparison.Ordinal);
        if (at < 0 || text.ToString().IndexOf(before, at + 1, StringComparison.Ordinal) >= 0) throw new InvalidOperationException($"'{before}' must occur once in {path}");
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.Replace(at, before.Length, after)));
    }
}
