extern alias generator;

using CognitoGen.Tests.Infrastructure;
using generator::CognitoGen.Generator;
using generator::CognitoGen.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CognitoGen.Tests.Generator;

/// <summary>
/// The generator reads clients from syntax when it can be sure, else with the compiler. Each case here states which
/// way a file goes (so the syntax reading is proven to carry the usual clients, not to give way everywhere) and that
/// both readings give the same models and sources (<see cref="ParserEquivalence"/>).
/// </summary>
public class SyntaxReadingTests
{
    private const string Usual = """
        using CognitoGen;
        namespace App;
        [UserPoolClient("web", GenerateSecret = false)]
        [TokenValidity(Refresh = 30, Access = 60, Id = 60, AccessUnit = TimeUnit.Minutes, IdUnit = TimeUnit.Minutes, RefreshUnit = TimeUnit.Days)]
        [ReadAttributes(StandardAttribute.Email, StandardAttribute.CustomPrefix + "tier"), WriteAttributes(StandardAttribute.Email)]
        [ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth), AllowedOAuthFlows(OAuthFlow.Code)]
        [IdentityProvider(BuiltInIdentityProvider.Cognito), IdentityProvider("MyOIDC")]
        [CallbackUrl("https://app.example.com/signin"), LogoutUrl(@"https://app.example.com/out"), DefaultRedirectUri("https://app.example.com/signin")]
        [OAuthScope(StandardScope.OpenId), OAuthScope("orders/" + "read"), EnableOAuth]
        [Analytics(ApplicationId = "abc", RoleArn = "arn:aws:iam::123456789012:role/x", UserDataShared = true)]
        [PreventUserExistenceErrors, EnableTokenRevocation(false), PropagateAdditionalUserContextData, AuthSessionValidity(0x0A)]
        [RefreshTokenRotation(RefreshTokenRotationFeature.Enabled, RetryGracePeriodSeconds = 10)]
        public partial class WebClient { }
        """;

    public static TheoryData<string, string[]> BySyntax => new()
    {
        { "every attribute, constants, enums, concatenation", new[] { Usual } },
        { "the sample", new[] { File.ReadAllText(RepoFiles.Path("sample", "CognitoGen.Sample", "MyTestClient.cs")) } },
        { "qualified names", new[] { "[CognitoGen.UserPoolClient(\"a\"), global::CognitoGen.OAuthScopeAttribute(CognitoGen.StandardScope.Email), CognitoGen.ExplicitAuthFlows(global::CognitoGen.AuthFlow.AllowUserAuth)] public partial class A { }" } },
        { "a global using in another file", new[] { "global using CognitoGen;", "namespace N { [UserPoolClient(\"a\"), CallbackUrl(\"https://a.example.com\")] partial class A { } }" } },
        { "inside the CognitoGen namespace", new[] { "namespace CognitoGen.Clients { [UserPoolClient(\"a\")] public partial class A { } }" } },
        { "nested, generic, in partial structs, records and interfaces", new[] { "using CognitoGen; namespace N.M { public readonly partial struct S { partial record R { partial interface I<in T, out U> { [UserPoolClient(\"a\")] sealed partial class C<V> where V : class { } } } } }" } },
        { "static and abstract classes, the type target", new[] { "using CognitoGen; [type: UserPoolClient(\"a\")] static partial class A { } [UserPoolClient(\"b\")] abstract partial class B { }" } },
        { "nulls, empty params, defaults, negatives", new[] { "using CognitoGen; [UserPoolClient(null), CallbackUrl(null), ReadAttributes(null), WriteAttributes(), ExplicitAuthFlows(), EnableOAuth(true), AuthSessionValidity(-3), TokenValidity(Access = -1), Analytics(ApplicationArn = null)] partial class A { }" } },
        { "duplicates, first wins", new[] { "using CognitoGen; [UserPoolClient(\"a\"), UserPoolClient(\"b\"), EnableOAuth, EnableOAuth(false), CallbackUrl(\"https://a.example.com\"), CallbackUrl(\"https://a.example.com\")] partial class A { }" } },
        { "raw and verbatim strings", new[] { "using CognitoGen; [UserPoolClient(\"\"\"raw \"name\" \"\"\"), CallbackUrl(@\"https://a.example.com/\"\"q\"\"\")] partial class A { }" } },
        { "other attributes and directives around", new[] { "using System; using CognitoGen;\n#pragma warning disable CGEN2015\n[Obsolete, UserPoolClient(\"a\")]\n#if NEVER\n[CallbackUrl(\"https://never.example.com\")]\n#endif\n[Serializable] partial class A { }" } },
        { "an unrelated type shadowing nothing, classes without clients", new[] { Usual, "namespace App { public class Helper { [Obsolete] public void M() { } } [System.Serializable] public class Data { } }" } },
    };

    public static TheoryData<string, string[]> ByCompiler => new()
    {
        { "a constant of the user's", new[] { "using CognitoGen; [UserPoolClient(\"a\"), CallbackUrl(A.Url)] partial class A { public const string Url = \"https://a.example.com\"; }" } },
        { "a local alias", new[] { "using CognitoGen; using Client = CognitoGen.UserPoolClientAttribute; [Client(\"a\"), UserPoolClient(\"b\")] partial class A { }" } },
        { "only a local alias", new[] { "using Client = CognitoGen.UserPoolClientAttribute; [Client(\"a\")] partial class A { }" } },
        { "an alias of the namespace", new[] { "using CG = CognitoGen; [CG.UserPoolClient(\"a\"), CG::CallbackUrl(\"https://a.example.com\")] partial class A { }" } },
        { "a global alias used elsewhere", new[] { "global using Scope = CognitoGen.OAuthScopeAttribute;", "using CognitoGen; [UserPoolClient(\"a\"), Scope(\"openid\")] partial class A { }" } },
        { "a type elsewhere shadowing an attribute", new[] { "namespace App { public sealed class CallbackUrlAttribute : System.Attribute { public CallbackUrlAttribute(string u) { } } }", "using CognitoGen; namespace App; [UserPoolClient(\"a\"), CallbackUrl(\"https://a.example.com\")] partial class A { }" } },
        { "a second part in another file", new[] { "using CognitoGen; [UserPoolClient(\"a\")] partial class A { }", "using CognitoGen; [CallbackUrl(\"https://b.example.com\")] partial class A { }" } },
        { "a base class", new[] { "using CognitoGen; public class Base { } [UserPoolClient(\"a\")] partial class A : Base { }" } },
        { "using static", new[] { "using CognitoGen; using static CognitoGen.StandardScope; [UserPoolClient(\"a\"), OAuthScope(OpenId)] partial class A { }" } },
        { "a member spelled like a constant class", new[] { "using CognitoGen; [UserPoolClient(\"a\"), OAuthScope(StandardScope.OpenId)] partial class A { private static class StandardScope { public const string OpenId = \"mine\"; } }" } },
        { "a pool constant", new[] { "using CognitoGen; [UserPoolClient(\"a\"), OAuthScope(CognitoPool.Scopes.Orders.Read)] partial class A { }" } },
        { "an explicit array", new[] { "using CognitoGen; [UserPoolClient(\"a\"), ReadAttributes(new[] { \"email\" })] partial class A { }" } },
        { "a cast enum", new[] { "using CognitoGen; [UserPoolClient(\"a\"), AllowedOAuthFlows((OAuthFlow)1)] partial class A { }" } },
        { "a wrong argument type", new[] { "using CognitoGen; [UserPoolClient(\"a\"), AuthSessionValidity(\"x\")] partial class A { }" } },
        { "an unfinished attribute", new[] { "using CognitoGen; [UserPoolClient(\"a\"), CallbackUrl(\"https://a\" partial class A { }" } },
        { "keyword names", new[] { "using CognitoGen; namespace @class { [UserPoolClient(\"a\")] partial class @record { } }" } },
    };

    /// <summary>Classes the generator does not extend (the analyzers say why): both readings give nothing.</summary>
    public static TheoryData<string, string[]> NoClient => new()
    {
        { "a record", new[] { "using CognitoGen; [UserPoolClient(\"a\")] partial record A;" } },
        { "a wrong target", new[] { "using CognitoGen; [return: UserPoolClient(\"a\")] partial class A { }" } },
        { "not partial", new[] { "using CognitoGen; [UserPoolClient(\"a\")] class A { }" } },
        { "no using CognitoGen", new[] { "[UserPoolClient(\"a\")] partial class A { }" } },
    };

    [Theory]
    [MemberData(nameof(BySyntax))]
    public void The_usual_clients_are_read_from_syntax(string name, string[] sources)
    {
        var files = Route(sources);
        Assert.Contains(files, f => f.Clients.Count > 0);
        Assert.All(files, f => Assert.False(f.Semantic, $"{name}: file {f.Index} was read by the compiler"));
    }

    [Theory]
    [MemberData(nameof(ByCompiler))]
    public void What_syntax_cannot_decide_is_read_by_the_compiler(string name, string[] sources)
    {
        Assert.Contains(Route(sources), f => f.Semantic);
        _ = name;
    }

    [Theory]
    [MemberData(nameof(NoClient))]
    public void Classes_that_cannot_be_extended_get_nothing_from_either_reading(string name, string[] sources)
    {
        var compilation = GeneratorHarness.Compilation(SdkShape.Current, sources);
        ParserEquivalence.AssertSame(compilation);
        var run = ParserEquivalence.Run(new ClientGenerator(), compilation, null, null, null);
        Assert.DoesNotContain(run.GeneratedSources, s => s.HintName.EndsWith(".CognitoClient.g.cs", StringComparison.Ordinal));
        Assert.All(Files(run), f => Assert.Empty(f.Clients));
        _ = name;
    }

    [Fact]
    public void A_referenced_type_spelled_like_ours_matters_only_where_its_namespace_is_in_scope()
    {
        var other = CSharpCompilation.Create("Other", new[] { CSharpSyntaxTree.ParseText("namespace Other { public enum TimeUnit { Minutes } }") }, TestReferences.FrameworkReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).ToMetadataReference();
        const string client = "[UserPoolClient(\"a\"), TokenValidity(Access = 5, AccessUnit = TimeUnit.Minutes)] partial class A { }";

        var apart = Route(new[] { "using CognitoGen; " + client }, other);
        Assert.All(apart, f => Assert.False(f.Semantic));
        var inScope = Route(new[] { "using CognitoGen; using Other; " + client }, other);
        Assert.Contains(inScope, f => f.Semantic);
        var globally = Route(new[] { "global using Other;", "using CognitoGen; " + client }, other);
        Assert.Contains(globally, f => f.Semantic);
    }

    [Fact]
    public void An_edit_re_reads_only_the_edited_file()
    {
        var sources = Enumerable.Range(0, 4).Select(i => Usual.Replace("WebClient", "Client" + i)).Append("namespace App; static class H { static int M(int x) => x * 2; }").ToArray();
        var compilation = GeneratorHarness.Compilation(SdkShape.None, sources);
        var driver = GeneratorHarness.Driver(trackSteps: true).RunGenerators(compilation);
        var tree = compilation.SyntaxTrees.ElementAt(1);
        var at = tree.ToString().IndexOf("https://app.example.com/signin", StringComparison.Ordinal);
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(at, 5, "http:")));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var reads = result.TrackedSteps[TrackingNames.Clients].SelectMany(s => s.Outputs).ToList();
        Assert.Single(reads, o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        Assert.Equal(4, reads.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        ParserEquivalence.AssertSame(result, edited);
    }

    private static List<FileClients> Route(string[] sources, MetadataReference? extra = null)
    {
        var compilation = GeneratorHarness.Compilation(SdkShape.Current, sources);
        if (extra is not null) compilation = compilation.AddReferences(extra);
        var fast = ParserEquivalence.Run(new ClientGenerator(), compilation, null, null, null);
        ParserEquivalence.AssertSame(fast, compilation);
        return Files(fast);
    }

    private static List<FileClients> Files(GeneratorRunResult run) =>
        run.TrackedSteps.TryGetValue(TrackingNames.FileClients, out var steps) ? steps.SelectMany(s => s.Outputs).Select(o => (FileClients)o.Value).ToList() : new List<FileClients>();
}
