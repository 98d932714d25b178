using CognitoGen.Tests.Generator;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CognitoGen.Tests.Robustness;

/// <summary>Half-typed and hostile input: the generator and analyzers never throw, and generated code always compiles.</summary>
public class HostileInputTests
{
    [Fact]
    public void Every_prefix_of_every_test_source_is_handled()
    {
        // Typing one character at a time: one compilation whose tree is replaced, and one driver reused incrementally, as in the IDE.
        foreach (var source in new[] { GeneratorOutputTests.SeedSource, GeneratedCodeCompilesTests.AllMembers, GeneratedCodeCompilesTests.Targets })
        {
            var compilation = GeneratorHarness.Compilation(SdkShape.Current, string.Empty);
            var tree = compilation.SyntaxTrees.Single();
            GeneratorDriver driver = GeneratorHarness.Driver(trackSteps: true);
            for (var length = 0; length <= source.Length; length++)
            {
                var prefixTree = CSharpSyntaxTree.ParseText(source.Substring(0, length), GeneratorHarness.ParseOptions, "Prefix.cs");
                var current = compilation.ReplaceSyntaxTree(tree, prefixTree);
                compilation = current;
                tree = prefixTree;
                driver = driver.RunGenerators(current);
                var result = driver.GetRunResult().Results.Single();
                Assert.True(result.Exception is null, $"prefix {length}: {result.Exception}");

                // The incremental syntax reading gives what a fresh compiler reading gives, at every keystroke.
                ParserEquivalence.AssertSame(result, current);

                // The analyzers run at every 25th prefix and at the end (they are the costlier half).
                if (length % 25 == 0 || length == source.Length) FullPipeline.Execute(current).AssertSound($"prefix {length}");
            }
        }
    }

    public static TheoryData<string, string, bool> OddArguments => new()
    {
        { "missing constructor argument", "[UserPoolClient] public partial class C { }", true },
        { "null everywhere", "[UserPoolClient(null), CallbackUrl(null), ReadAttributes(null), ExplicitAuthFlows(null), OAuthScope(null), Analytics(ApplicationArn = null)] public partial class C { }", true },
        { "empty strings", "[UserPoolClient(\"\"), CallbackUrl(\"\"), LogoutUrl(\"\"), DefaultRedirectUri(\"\"), OAuthScope(\"\"), IdentityProvider(\"\"), ReadAttributes(\"\")] public partial class C { }", true },
        { "wrong types", "[UserPoolClient(42), CallbackUrl(true), AuthSessionValidity(\"x\"), TokenValidity(Access = \"60\")] public partial class C { }", true },
        { "error types", "[UserPoolClient(Missing.Name), CallbackUrl(Nope), AllowedOAuthFlows(OAuthFlow.Nope), TokenValidity(AccessUnit = Unknown.Unit)] public partial class C { }", true },
        { "const and nameof", "[UserPoolClient(nameof(C)), CallbackUrl(C.Url), OAuthScope(C.Prefix + \"/read\")] public partial class C { public const string Url = \"https://a.example.com\"; public const string Prefix = \"api\"; }", false },
        { "out-of-range enums", "[UserPoolClient(\"c\"), AllowedOAuthFlows((OAuthFlow)42, (OAuthFlow)(-1)), ExplicitAuthFlows((AuthFlow)99), TokenValidity(Access = 5, AccessUnit = (TimeUnit)7), RefreshTokenRotation((RefreshTokenRotationFeature)5)] public partial class C { }", true },
        { "duplicates", "[UserPoolClient(\"c\"), UserPoolClient(\"d\"), EnableOAuth, EnableOAuth(false), CallbackUrl(\"https://a.example.com\"), CallbackUrl(\"https://a.example.com\")] public partial class C { }", true },
        { "contradictions", "[UserPoolClient(\"c\", GenerateSecret = true), CustomClientSecret, EnableOAuth(false), AllowedOAuthFlows(OAuthFlow.ClientCredentials, OAuthFlow.Implicit, OAuthFlow.Code, OAuthFlow.Code), TokenValidity(IdUnit = TimeUnit.Days)] public partial class C { }", true },
        { "marker on a record", "[UserPoolClient(\"c\")] public partial record C;", true },
        { "marker on a struct", "[UserPoolClient(\"c\")] public partial struct C { }", true },
        { "marker on an interface", "[UserPoolClient(\"c\")] public partial interface C { }", true },
        { "static, generic, nested", "public static partial class O<T> { [UserPoolClient(\"c\")] internal static partial class C<U> where U : struct { } }", false },
        { "keyword names", "namespace @namespace.@class { [UserPoolClient(\"c\")] public partial class @class { } [UserPoolClient(\"d\")] public partial class @record { } }", false },
        { "file-scoped namespace", "namespace A.B; [UserPoolClient(\"c\")] public partial class C { }", false },
        { "unfinished attribute", "[UserPoolClient(\"c\"), CallbackUrl(\"https://a\" public partial class C { }", true },
        { "params given as explicit arrays", "[UserPoolClient(\"c\"), ReadAttributes(new[] { \"email\", \"email\" }), ExplicitAuthFlows(new AuthFlow[] { AuthFlow.AllowUserSrpAuth }), WriteAttributes([\"sub\"])] public partial class C { }", true },
    };

    [Theory]
    [MemberData(nameof(OddArguments))]
    public void Odd_arguments_get_diagnostics_not_crashes(string name, string declaration, bool wrong)
    {
        var pipeline = FullPipeline.Execute(GeneratorHarness.Compilation(SdkShape.Current, "using CognitoGen;\n" + declaration)).AssertSound(name);

        // A wrong declaration says so, through our analyzer or the compiler for what C# itself rejects; a valid odd shape stays clean.
        var problems = pipeline.AnalyzerDiagnostics.Concat(pipeline.Output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (wrong) Assert.NotEmpty(problems);
        else Assert.DoesNotContain(problems, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_client_split_over_several_files_is_one_client()
    {
        var pipeline = FullPipeline.Execute(GeneratorHarness.Compilation(SdkShape.Current,
            "using CognitoGen; namespace A; [UserPoolClient(\"split\"), CallbackUrl(\"https://one.example.com\")] public partial class C { }",
            "using CognitoGen; namespace A; [CallbackUrl(\"http://two.example.com\")] public partial class C { }",
            "namespace A; public partial class C { public static int Other => 1; }")).AssertSound("split");

        Assert.Single(pipeline.Run.GeneratedTrees, t => t.FilePath.EndsWith("A.C.CognitoClient.g.cs", StringComparison.Ordinal));
        Assert.Single(pipeline.AnalyzerDiagnostics, d => d.Id == "CGEN3004" && d.Location.SourceTree!.FilePath == "Source1.cs");
    }

    public static TheoryData<string, string> HostileStrings => new()
    {
        { "1 MB", new string('a', 1024 * 1024) },
        { "control characters", "\u0000\u0001\u0007\b\f\v\u001b" },
        { "quotes and backslashes", "\"\\\"\\\\'" },
        { "braces", "{ } {{ }} {0}" },
        { "newlines", "a\r\nb\nc\rd" },
        { "line and paragraph separators", "a\u2028b\u2029c\u0085d" },
        { "bidi marks", "\u202Eevil\u202C \u2066x\u2069 \u200F" },
        { "lone surrogates", "\ud800 x \udfff" },
        { "close the literal", "\"; } } class Evil { static string S = \"" },
        { "comments", "*/ /* // -->" },
        { "directives", "\n#line 1 \"evil.cs\"\n#pragma warning disable\n#error boom\n" },
        { "a member", "\") { } public static int Injected => 1; //" },
        { "verbatim and raw", "@\" \"\"\" $\"{1}\"" },
    };

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Hostile_strings_cannot_change_what_the_generated_code_means(string name, string payload)
    {
        // The payload goes into every string argument; the source escapes it, so what the generator sees is exactly the payload.
        var literal = SymbolDisplay.FormatLiteral(payload, quote: true);
        var source = $$"""
            using CognitoGen;
            [UserPoolClient({{literal}}), CallbackUrl({{literal}}), LogoutUrl({{literal}}), DefaultRedirectUri({{literal}}), OAuthScope({{literal}}), IdentityProvider({{literal}})]
            [ReadAttributes({{literal}}), WriteAttributes({{literal}}), Analytics(ApplicationArn = {{literal}}, ApplicationId = {{literal}}, RoleArn = {{literal}}, ExternalId = {{literal}})]
            public partial class C { }
            """;
        var pipeline = FullPipeline.Execute(GeneratorHarness.Compilation(SdkShape.Current, source)).AssertSound(name);

        var generated = pipeline.Run.GeneratedTrees.Single(t => t.FilePath.EndsWith("C.CognitoClient.g.cs", StringComparison.Ordinal));
        var root = generated.GetRoot();
        Assert.False(root.ContainsDiagnostics, name);
        // Only our own directive, our own members, and every string literal is exactly the payload or a fixed name.
        Assert.Equal(new[] { "#nullable enable" }, root.DescendantTrivia().Where(t => t.IsDirective).Select(t => t.ToString().Trim()));
        Assert.Equal(new[] { "Definition", "ToCreateRequest", "ToUpdateRequest" }, root.DescendantNodes().OfType<MemberDeclarationSyntax>()
            .Where(m => m is PropertyDeclarationSyntax or MethodDeclarationSyntax or FieldDeclarationSyntax).Select(m => m switch
            {
                PropertyDeclarationSyntax p => p.Identifier.ValueText,
                MethodDeclarationSyntax mt => mt.Identifier.ValueText,
                _ => "field",
            }));
        var strings = root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).Select(t => t.ValueText).Distinct().ToList();
        Assert.All(strings, s => Assert.True(s == payload || s is "CognitoGen" || s == Generator.NamesTests.Version, $"{name}: unexpected literal '{s}'"));
        Assert.Contains(payload, strings);
    }
}
