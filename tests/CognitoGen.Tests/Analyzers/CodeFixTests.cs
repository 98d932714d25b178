extern alias analyzers;
using analyzers::CognitoGen.Analyzers;
using CognitoGen.CodeFixes;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CognitoGen.Tests.Analyzers;

/// <summary>Each code fix on one diagnostic, and Fix All over several; only the fixed rule is enabled.</summary>
public class CodeFixTests
{
    /// <param name="findingsStayFixed">The fixed code marks findings of <paramref name="id"/> that stay (with no fix to offer).</param>
    /// <param name="fixAllIterations">1: Fix All converges in one pass (dotnet format runs it once); 0: nothing to fix.</param>
    private static async Task Verify<TFix>(string id, string source, string fixedSource, string? batchFixedSource = null, bool findingsStayFixed = false, int fixAllIterations = 1, params PoolFile[] poolFiles)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<UserPoolClientAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestReferences.Net80,
            CodeActionEquivalenceKey = typeof(TFix).Name,
        };
        if (batchFixedSource is not null) test.BatchFixedCode = batchFixedSource;
        if (findingsStayFixed)
        {
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
        }

        // Fix All must converge in one pass (dotnet format runs it once), even for two removals from one argument list.
        test.NumberOfFixAllIterations = fixAllIterations;
        test.TestState.AdditionalReferences.Add(TestReferences.Runtime);
        test.DisabledDiagnostics.AddRange(AnalyzerVerifier.AllIds.Where(i => i != id));

        // Pool files as the package's props give them: AdditionalFiles marked CognitoGenPool=true.
        if (RuleCaseTests.GlobalConfig(null, poolFiles) is { } config) test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
        foreach (var file in poolFiles) test.TestState.AdditionalFiles.Add((file.Path, file.Text));
        await test.RunAsync();
    }

    [Fact]
    public Task Make_partial_fixes_all_classes() => Verify<MakePartialFix>("CGEN1001", """
        using CognitoGen;
        [UserPoolClient("a")] public class {|CGEN1001:A|} { }
        [UserPoolClient("b")]
        class {|CGEN1001:B|} { }
        """, """
        using CognitoGen;
        [UserPoolClient("a")] public partial class A { }
        [UserPoolClient("b")]
        partial class B { }
        """);

    [Fact]
    public Task Use_https_fixes_all_urls() => Verify<UseHttpsFix>("CGEN3004", """
        using CognitoGen;
        [UserPoolClient("a"), CallbackUrl({|CGEN3004:"http://app.example.com/cb"|}), LogoutUrl({|CGEN3004:"HTTP://app.example.com/bye"|}), CallbackUrl("http://localhost:5000/cb")]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), CallbackUrl("https://app.example.com/cb"), LogoutUrl("https://app.example.com/bye"), CallbackUrl("http://localhost:5000/cb")]
        public partial class A { }
        """);

    [Fact]
    public Task Add_openid_next_to_email() => Verify<AddOpenIdScopeFix>("CGEN2012", """
        using CognitoGen;
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("https://a.example.com/cb")]
        [OAuthScope({|CGEN2012:StandardScope.Email|}), OAuthScope(StandardScope.Profile)]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("https://a.example.com/cb")]
        [OAuthScope(StandardScope.OpenId), OAuthScope(StandardScope.Email), OAuthScope(StandardScope.Profile)]
        public partial class A { }
        """);

    [Fact]
    public Task Add_openid_as_a_literal_where_the_file_writes_scopes_as_literals() => Verify<AddOpenIdScopeFix>("CGEN2012", """
        using CognitoGen;
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("https://a.example.com/cb")]
        [OAuthScope({|CGEN2012:"email"|})]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("https://a.example.com/cb")]
        [OAuthScope("openid"), OAuthScope("email")]
        public partial class A { }
        """);

    [Fact]
    public Task Add_openid_qualified_like_the_file_qualifies_its_constants() => Verify<AddOpenIdScopeFix>("CGEN2012", """
        [CognitoGen.UserPoolClient("a"), CognitoGen.EnableOAuth, CognitoGen.AllowedOAuthFlows(CognitoGen.OAuthFlow.Code), CognitoGen.CallbackUrl("https://a.example.com/cb")]
        [CognitoGen.OAuthScope({|CGEN2012:CognitoGen.StandardScope.Phone|})]
        public partial class A { }
        """, """
        [CognitoGen.UserPoolClient("a"), CognitoGen.EnableOAuth, CognitoGen.AllowedOAuthFlows(CognitoGen.OAuthFlow.Code), CognitoGen.CallbackUrl("https://a.example.com/cb")]
        [CognitoGen.OAuthScope(CognitoGen.StandardScope.OpenId), CognitoGen.OAuthScope(CognitoGen.StandardScope.Phone)]
        public partial class A { }
        """);

    [Fact]
    public Task Add_refresh_token_auth() => Verify<AddRefreshTokenAuthFix>("CGEN5004", """
        using CognitoGen;
        [UserPoolClient("a"), {|CGEN5004:ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth)|}] public partial class A { }
        [UserPoolClient("b"), {|CGEN5004:CognitoGen.ExplicitAuthFlows(CognitoGen.AuthFlow.AllowCustomAuth, CognitoGen.AuthFlow.AllowUserSrpAuth)|}] public partial class B { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth)] public partial class A { }
        [UserPoolClient("b"), CognitoGen.ExplicitAuthFlows(CognitoGen.AuthFlow.AllowCustomAuth, CognitoGen.AuthFlow.AllowUserSrpAuth, CognitoGen.AuthFlow.AllowRefreshTokenAuth)] public partial class B { }
        """);

    [Fact]
    public Task Replace_implicit_with_code_or_drop_it_when_code_is_there() => Verify<UseCodeFlowFix>("CGEN2014", """
        using CognitoGen;
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows({|CGEN2014:OAuthFlow.Implicit|}), OAuthScope("openid"), CallbackUrl("https://a.example.com/cb")] public partial class A { }
        [UserPoolClient("b"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code, {|CGEN2014:OAuthFlow.Implicit|}), OAuthScope("openid"), CallbackUrl("https://a.example.com/cb")] public partial class B { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("openid"), CallbackUrl("https://a.example.com/cb")] public partial class A { }
        [UserPoolClient("b"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), OAuthScope("openid"), CallbackUrl("https://a.example.com/cb")] public partial class B { }
        """);

    [Fact]
    public Task Turn_on_OAuth() => Verify<EnableOAuthFix>("CGEN2007", """
        using CognitoGen;
        [UserPoolClient("a")]
        [{|CGEN2007:CallbackUrl("https://a.example.com/cb")|}]
        public partial class A { }
        [UserPoolClient("b"), EnableOAuth({|CGEN2007:false|}), CallbackUrl("https://b.example.com/cb")] public partial class B { }
        """, """
        using CognitoGen;
        [UserPoolClient("a")]
        [CallbackUrl("https://a.example.com/cb")]
        [EnableOAuth]
        public partial class A { }
        [UserPoolClient("b"), EnableOAuth(true), CallbackUrl("https://b.example.com/cb")] public partial class B { }
        """);

    [Fact]
    public Task Add_default_redirect_uri_to_callbacks() => Verify<AddDefaultRedirectToCallbacksFix>("CGEN3008", """
        using CognitoGen;
        [UserPoolClient("a"), CallbackUrl("https://a.example.com/cb")]
        [DefaultRedirectUri({|CGEN3008:"https://a.example.com/home"|})]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), CallbackUrl("https://a.example.com/cb")]
        [DefaultRedirectUri("https://a.example.com/home")]
        [CallbackUrl("https://a.example.com/home")]
        public partial class A { }
        """);

    [Fact]
    public Task Remove_attributes_no_client_may_write() => Verify<RemoveNotWritableAttributeFix>("CGEN6002", """
        using CognitoGen;
        [UserPoolClient("a"), WriteAttributes(StandardAttribute.Email, {|CGEN6002:StandardAttribute.EmailVerified|}, {|CGEN6002:"sub"|})] public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), WriteAttributes(StandardAttribute.Email)] public partial class A { }
        """);

    [Fact]
    public Task Drop_duplicate_values_from_params_lists_and_repeated_attributes() => Verify<DropDuplicateValueFix>("CGEN1201", """
        using CognitoGen;
        [UserPoolClient("a"), ReadAttributes("email", {|CGEN1201:"email"|}), CallbackUrl("https://a.example.com/cb")]
        [CallbackUrl({|CGEN1201:"https://a.example.com/cb"|})]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), ReadAttributes("email"), CallbackUrl("https://a.example.com/cb")]
        public partial class A { }
        """);

    [Fact]
    public Task Misspelt_scopes_take_the_suggestion_in_one_fix_all_pass() => Verify<UseSuggestedNameFix>("CGEN2011", """
        using CognitoGen;
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("https://a.example.com/cb")]
        [OAuthScope( /* typo */ {|CGEN2011:"opneid"|}   ), OAuthScope({|CGEN2011:"emial"|})]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("https://a.example.com/cb")]
        [OAuthScope( /* typo */ "openid"   ), OAuthScope("email")]
        public partial class A { }
        """);

    [Fact]
    public Task Misspelt_attributes_take_the_suggestion() => Verify<UseSuggestedNameFix>("CGEN6003", """
        using CognitoGen;
        [UserPoolClient("a"), ReadAttributes({|CGEN6003:"emial"|}, {|CGEN6003:"Email"|})]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), ReadAttributes("email", "email")]
        public partial class A { }
        """);

    [Fact]
    public Task A_built_in_provider_in_the_wrong_case_takes_the_exact_name_keeping_trivia() => Verify<UseSuggestedNameFix>("CGEN6005", """
        using CognitoGen;
        [UserPoolClient("a"), IdentityProvider( /* social */ {|CGEN6005:"google"|}  )]
        [IdentityProvider({|CGEN6005:"signinwithapple"|})] // apple
        public partial class A { }
        [UserPoolClient("b"), IdentityProvider({|CGEN6005:"cognito"|})] public partial class B { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), IdentityProvider( /* social */ "Google"  )]
        [IdentityProvider("SignInWithApple")] // apple
        public partial class A { }
        [UserPoolClient("b"), IdentityProvider("COGNITO")] public partial class B { }
        """);

    [Fact]
    public Task A_built_in_provider_in_the_wrong_case_becomes_the_constant_where_the_file_uses_the_constants() => Verify<UseSuggestedNameFix>("CGEN6005", """
        using CognitoGen;
        [UserPoolClient("a"), IdentityProvider(BuiltInIdentityProvider.Cognito), IdentityProvider( {|CGEN6005:"FACEBOOK"|} /* social */)]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), IdentityProvider(BuiltInIdentityProvider.Cognito), IdentityProvider( BuiltInIdentityProvider.Facebook /* social */)]
        public partial class A { }
        """);

    [Fact]
    public Task A_built_in_provider_constant_is_qualified_like_the_file_qualifies_it() => Verify<UseSuggestedNameFix>("CGEN6005", """
        [CognitoGen.UserPoolClient("a"), CognitoGen.IdentityProvider(CognitoGen.BuiltInIdentityProvider.Cognito), CognitoGen.IdentityProvider({|CGEN6005:"loginwithamazon"|})]
        public partial class A { }
        """, """
        [CognitoGen.UserPoolClient("a"), CognitoGen.IdentityProvider(CognitoGen.BuiltInIdentityProvider.Cognito), CognitoGen.IdentityProvider(CognitoGen.BuiltInIdentityProvider.LoginWithAmazon)]
        public partial class A { }
        """);

    // The fixed names are built-in providers, still reminders (CGEN6006 without a suggestion); names far from every
    // built-in (a SAML or OIDC provider's own name) get no suggestion and so no fix.
    [Fact]
    public Task A_near_miss_of_a_built_in_provider_takes_the_built_in_name_and_other_names_are_left_alone() => Verify<UseSuggestedNameFix>("CGEN6006", """
        using CognitoGen;
        [UserPoolClient("a"), IdentityProvider({|CGEN6006:"Gogle"|}), IdentityProvider({|CGEN6006:"Facebok"|}) /* fb */, IdentityProvider({|CGEN6006:"SignInWithAple"|})]
        [IdentityProvider({|CGEN6006:"MyOIDC"|}), IdentityProvider({|CGEN6006:"Okta"|}), IdentityProvider({|CGEN6006:"Gmail"|}), IdentityProvider({|CGEN6006:"Azure"|})]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), IdentityProvider({|CGEN6006:"Google"|}), IdentityProvider({|CGEN6006:"Facebook"|}) /* fb */, IdentityProvider({|CGEN6006:"SignInWithApple"|})]
        [IdentityProvider({|CGEN6006:"MyOIDC"|}), IdentityProvider({|CGEN6006:"Okta"|}), IdentityProvider({|CGEN6006:"Gmail"|}), IdentityProvider({|CGEN6006:"Azure"|})]
        public partial class A { }
        """, findingsStayFixed: true);

    [Fact]
    public Task A_near_miss_of_a_built_in_provider_becomes_the_constant_where_the_file_uses_the_constants() => Verify<UseSuggestedNameFix>("CGEN6006", """
        using CognitoGen;
        [UserPoolClient("a"), IdentityProvider(BuiltInIdentityProvider.Cognito), IdentityProvider({|CGEN6006:"LoginWithAmazn"|})]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), IdentityProvider(BuiltInIdentityProvider.Cognito), IdentityProvider({|CGEN6006:BuiltInIdentityProvider.LoginWithAmazon|})]
        public partial class A { }
        """, findingsStayFixed: true);

    [Fact]
    public Task A_misspelt_scope_becomes_the_constant_where_the_file_uses_the_constants() => Verify<UseSuggestedNameFix>("CGEN2011", """
        using CognitoGen;
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("https://a.example.com/cb")]
        [OAuthScope(StandardScope.OpenId), OAuthScope({|CGEN2011:"emial"|})]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("https://a.example.com/cb")]
        [OAuthScope(StandardScope.OpenId), OAuthScope(StandardScope.Email)]
        public partial class A { }
        """);

    private static readonly PoolFile Servers = PoolFile.Sample("list-resource-servers.json");
    private static readonly PoolFile Providers = PoolFile.Sample("list-identity-providers.json");
    private static readonly PoolFile Schema = PoolFile.Sample("describe-user-pool.json");

    [Fact]
    public Task Undefined_pool_scope_takes_the_pool_scope() => Verify<UseSuggestedNameFix>("CGEN8002", """
        using CognitoGen;
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("https://a.example.com/cb")]
        [OAuthScope( /* typo */ {|CGEN8002:"solar-system-data/asteroids.ad"|} ), OAuthScope({|CGEN8002:"solar-system-data/asteroid.read"|})]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("https://a.example.com/cb")]
        [OAuthScope( /* typo */ "solar-system-data/asteroids.add" ), OAuthScope("solar-system-data/asteroids.read")]
        public partial class A { }
        """, poolFiles: Servers);

    [Fact]
    public Task Undefined_pool_identity_provider_takes_the_pool_spelling() => Verify<UseSuggestedNameFix>("CGEN8003", """
        using CognitoGen;
        [UserPoolClient("a"), IdentityProvider({|CGEN8003:"google"|}), IdentityProvider({|CGEN8003:"MyOidc"|}), IdentityProvider({|CGEN8003:"cognito"|})]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), IdentityProvider("Google"), IdentityProvider("MyOIDC"), IdentityProvider("COGNITO")]
        public partial class A { }
        """, poolFiles: Providers);

    [Fact]
    public Task Undefined_custom_attribute_takes_the_schema_name_in_its_own_form() => Verify<UseSuggestedNameFix>("CGEN8004", """
        using CognitoGen;
        [UserPoolClient("a"), ReadAttributes("email", {|CGEN8004:"custom:teir"|}), WriteAttributes("email", {|CGEN8004:"dev:custom:Tier"|})]
        public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), ReadAttributes("email", "custom:tier"), WriteAttributes("email", "dev:custom:tier")]
        public partial class A { }
        """, poolFiles: Schema);

    [Fact]
    public Task No_replacement_is_offered_for_a_constant_or_without_a_suggestion() => Verify<UseSuggestedNameFix>("CGEN8002", """
        using CognitoGen;
        static class Scopes { public const string Add = "solar-system-data/asteroids.ad"; }
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("https://a.example.com/cb")]
        [OAuthScope({|CGEN8002:Scopes.Add|}), OAuthScope({|CGEN8002:"orders/read"|})]
        public partial class A { }
        """, """
        using CognitoGen;
        static class Scopes { public const string Add = "solar-system-data/asteroids.ad"; }
        [UserPoolClient("a"), EnableOAuth, AllowedOAuthFlows(OAuthFlow.Code), CallbackUrl("https://a.example.com/cb")]
        [OAuthScope({|CGEN8002:Scopes.Add|}), OAuthScope({|CGEN8002:"orders/read"|})]
        public partial class A { }
        """, fixAllIterations: 0, poolFiles: Servers);

    [Fact]
    public Task Add_the_required_attribute_as_a_literal() => Verify<AddRequiredWriteAttributesFix>("CGEN8005", """
        using CognitoGen;
        [UserPoolClient("a"), ReadAttributes("email", "name"), {|CGEN8005:WriteAttributes("name")|}] public partial class A { }
        [UserPoolClient("b"), {|CGEN8005:WriteAttributes|}] public partial class B { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), ReadAttributes("email", "name"), WriteAttributes("name", "email")] public partial class A { }
        [UserPoolClient("b"), WriteAttributes("email")] public partial class B { }
        """, poolFiles: Schema);

    [Fact]
    public Task Add_the_required_attributes_as_constants_where_the_file_uses_them() => Verify<AddRequiredWriteAttributesFix>("CGEN8005", """
        [CognitoGen.UserPoolClient("a"), {|CGEN8005:CognitoGen.WriteAttributes(CognitoGen.StandardAttribute.Name, "custom:tier")|}]
        public partial class A { }
        """, """
        [CognitoGen.UserPoolClient("a"), CognitoGen.WriteAttributes(CognitoGen.StandardAttribute.Name, "custom:tier", CognitoGen.StandardAttribute.Email, CognitoGen.StandardAttribute.GivenName)]
        public partial class A { }
        """, poolFiles: PoolFile.Inline("requires-given-name.json", """
            { "UserPool": { "Id": "us-west-2_Given1", "SchemaAttributes": [
                { "Name": "sub", "Required": true }, { "Name": "email", "Required": true },
                { "Name": "given_name", "Required": true }, { "Name": "custom:tier", "Required": false } ] } }
            """));

    [Fact]
    public Task No_attribute_is_added_to_an_explicit_array() => Verify<AddRequiredWriteAttributesFix>("CGEN8005", """
        using CognitoGen;
        [UserPoolClient("a"), {|CGEN8005:WriteAttributes(new[] { "name" })|}] public partial class A { }
        """, """
        using CognitoGen;
        [UserPoolClient("a"), {|CGEN8005:WriteAttributes(new[] { "name" })|}] public partial class A { }
        """, fixAllIterations: 0, poolFiles: Schema);
}
