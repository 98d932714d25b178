using System.Reflection;
using CognitoGen.Tests.Generator;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Cdk;

/// <summary>The generated CDK L1 props builders, compiled and run against the hand-written CDK stand-in.</summary>
public class CdkPropsBuilderTests
{
    private const string Props = "Amazon.CDK.AWS.Cognito.CfnUserPoolClientProps";
    private const string Builders = "CognitoGen.UserPoolClientCdkExtensions_CdkTestAssembly";

    private const string RotationClient = """
        using CognitoGen;
        namespace CdkTests
        {
            [UserPoolClient("rotating")]
            [ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth)]
            [RefreshTokenRotation(RefreshTokenRotationFeature.Enabled, RetryGracePeriodSeconds = 30)]
            public partial class RotatingClient { }
        }
        """;

    private const string Bare = """
        using CognitoGen;
        namespace CdkTests { [UserPoolClient("bare")] public partial class BareClient { } }
        """;

    [Theory]
    [InlineData(CdkStandIn.Shape.Old)]
    [InlineData(CdkStandIn.Shape.New)]
    public void Output_compiles_without_warnings_with_and_without_the_newer_members(CdkStandIn.Shape shape)
    {
        var (_, run, diagnostics) = CdkStandIn.Run(shape, GeneratedCodeCompilesTests.AllMembers, GeneratedCodeCompilesTests.Targets, GeneratorOutputTests.SeedSource, RotationClient);

        GeneratorHarness.AssertClean(diagnostics, run);
        var hints = run.Results.Single().GeneratedSources.Select(s => s.HintName).ToArray();
        Assert.Contains("CognitoGen.CdkProps.g.cs", hints);
        Assert.DoesNotContain("CognitoGen.SdkRequests.g.cs", hints);
        var builders = GeneratorHarness.GeneratedText(run, "CognitoGen.CdkProps.g.cs");
        Assert.Contains("internal static class UserPoolClientCdkExtensions_CdkTestAssembly", builders);
        Assert.Equal(shape == CdkStandIn.Shape.New, builders.Contains("props.RefreshTokenRotation = rotationProperty;"));
        Assert.Equal(shape == CdkStandIn.Shape.Old, builders.Contains("has no CfnUserPoolClientProps.RefreshTokenRotation"));
    }

    [Fact]
    public void Without_the_CDK_nothing_new_is_emitted()
    {
        var (_, run, diagnostics) = GeneratorHarness.Run(SdkShape.None, GeneratorOutputTests.SeedSource);

        GeneratorHarness.AssertClean(diagnostics, run);
        var sources = run.Results.Single().GeneratedSources;
        Assert.Equal(new[] { "CognitoGen.Sample.MyTestClient.CognitoClient.g.cs" }, sources.Select(s => s.HintName).ToArray());
        Assert.DoesNotContain("ToCfnProps", sources.Single().SourceText.ToString());
        Assert.DoesNotContain("Amazon.CDK", sources.Single().SourceText.ToString());
    }

    [Theory]
    [InlineData(CdkStandIn.Shape.Old)]
    [InlineData(CdkStandIn.Shape.New)]
    public void The_sample_maps_member_for_member(CdkStandIn.Shape shape)
    {
        var assembly = CdkStandIn.Load(shape, GeneratorOutputTests.SeedSource);
        var props = Invoke(assembly, "CognitoGen.Sample.MyTestClient", "us-west-2_EXAMPLE");

        // Expected values written from the AWS CLI example (Sample/seed-request.json), by hand.
        Assert.Equal("us-west-2_EXAMPLE", Get(props, "UserPoolId"));
        Assert.Equal("MyTestClient", Get(props, "ClientName"));
        Assert.Equal(true, Get(props, "GenerateSecret"));
        Assert.Equal(10d, Get(props, "RefreshTokenValidity"));
        Assert.Equal(60d, Get(props, "AccessTokenValidity"));
        Assert.Equal(60d, Get(props, "IdTokenValidity"));
        var units = Get(props, "TokenValidityUnits")!;
        Assert.Equal("Amazon.CDK.AWS.Cognito.CfnUserPoolClient+TokenValidityUnitsProperty", units.GetType().FullName);
        Assert.Equal("minutes", Get(units, "AccessToken"));
        Assert.Equal("minutes", Get(units, "IdToken"));
        Assert.Equal("days", Get(units, "RefreshToken"));
        Assert.Equal(new[] { "email", "phone_number", "email_verified", "phone_number_verified" }, Get(props, "ReadAttributes"));
        Assert.Equal(new[] { "email", "phone_number" }, Get(props, "WriteAttributes"));
        Assert.Equal(new[] { "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" }, Get(props, "ExplicitAuthFlows"));
        Assert.Equal(new[] { "Google", "Facebook", "MyOIDC" }, Get(props, "SupportedIdentityProviders"));
        Assert.Equal(new[] { "https://www.amazon.com", "https://example.com", "http://localhost:8001", "myapp://example" }, Get(props, "CallbackUrLs"));
        Assert.Equal(new[] { "code", "implicit" }, Get(props, "AllowedOAuthFlows"));
        Assert.Equal(new[] { "openid", "profile", "aws.cognito.signin.user.admin", "solar-system-data/asteroids.add" }, Get(props, "AllowedOAuthScopes"));
        Assert.Equal(true, Get(props, "AllowedOAuthFlowsUserPoolClient"));
        var analytics = Get(props, "AnalyticsConfiguration")!;
        Assert.Equal("arn:aws:mobiletargeting:us-west-2:767671399759:apps/thisisanexamplepinpointapplicationid", Get(analytics, "ApplicationArn"));
        Assert.Equal(true, Get(analytics, "UserDataShared"));
        Assert.Null(Get(analytics, "ApplicationId"));
        Assert.Null(Get(analytics, "RoleArn"));
        Assert.Null(Get(analytics, "ExternalId"));
        Assert.Equal("ENABLED", Get(props, "PreventUserExistenceErrors"));
        Assert.Equal(true, Get(props, "EnableTokenRevocation"));
        Assert.Equal(true, Get(props, "EnablePropagateAdditionalUserContextData"));
        Assert.Equal(4d, Get(props, "AuthSessionValidity"));

        // The sample declares neither logout URLs, a default redirect URI nor rotation: left unset.
        Assert.Null(Get(props, "LogoutUrLs"));
        Assert.Null(Get(props, "DefaultRedirectUri"));
        if (shape == CdkStandIn.Shape.New) Assert.Null(Get(props, "RefreshTokenRotation"));
    }

    [Fact]
    public void Each_call_returns_new_props_with_fresh_arrays()
    {
        var assembly = CdkStandIn.Load(CdkStandIn.Shape.New, GeneratorOutputTests.SeedSource);
        var first = Invoke(assembly, "CognitoGen.Sample.MyTestClient", "p");
        ((string[])Get(first, "CallbackUrLs")!)[0] = "https://evil.example.com";
        var second = Invoke(assembly, "CognitoGen.Sample.MyTestClient", "p");

        Assert.NotSame(first, second);
        Assert.Equal("https://www.amazon.com", ((string[])Get(second, "CallbackUrLs")!)[0]);
    }

    [Theory]
    [InlineData(CdkStandIn.Shape.Old)]
    [InlineData(CdkStandIn.Shape.New)]
    public void Nothing_undeclared_is_set(CdkStandIn.Shape shape)
    {
        var assembly = CdkStandIn.Load(shape, Bare);
        var props = Invoke(assembly, "CdkTests.BareClient", "pool-token");

        var set = props.GetType().GetProperties().Where(p => p.GetValue(props) is not null).Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "ClientName", "UserPoolId" }, set);
        Assert.Equal("pool-token", Get(props, "UserPoolId"));
        Assert.Equal("bare", Get(props, "ClientName"));
    }

    [Fact]
    public void Declared_false_and_empty_values_are_set_not_dropped()
    {
        var assembly = CdkStandIn.Load(CdkStandIn.Shape.New, """
            using CognitoGen;
            namespace CdkTests
            {
                [UserPoolClient("falses", GenerateSecret = false)]
                [WriteAttributes()]
                [EnableOAuth(false), EnableTokenRevocation(false), PreventUserExistenceErrors(false)]
                [TokenValidity(Refresh = 0, RefreshUnit = TimeUnit.Seconds)]
                public partial class Falses { }
            }
            """);
        var props = Invoke(assembly, "CdkTests.Falses", "p");

        Assert.Equal(false, Get(props, "GenerateSecret"));
        Assert.Equal(Array.Empty<string>(), Get(props, "WriteAttributes"));
        Assert.Equal(false, Get(props, "AllowedOAuthFlowsUserPoolClient"));
        Assert.Equal(false, Get(props, "EnableTokenRevocation"));
        Assert.Equal("LEGACY", Get(props, "PreventUserExistenceErrors"));
        Assert.Equal(0d, Get(props, "RefreshTokenValidity"));
        var units = Get(props, "TokenValidityUnits")!;
        Assert.Equal("seconds", Get(units, "RefreshToken"));
        Assert.Null(Get(units, "AccessToken"));
        Assert.Null(Get(units, "IdToken"));
    }

    [Fact]
    public void The_other_analytics_form_maps()
    {
        var assembly = CdkStandIn.Load(CdkStandIn.Shape.New, """
            using CognitoGen;
            namespace CdkTests
            {
                [UserPoolClient("analytics")]
                [Analytics(ApplicationId = "0123abcd", RoleArn = "arn:aws:iam::123456789012:role/pinpoint", ExternalId = "ext", UserDataShared = false)]
                public partial class WithAnalytics { }
            }
            """);
        var analytics = Get(Invoke(assembly, "CdkTests.WithAnalytics", "p"), "AnalyticsConfiguration")!;

        Assert.Equal("0123abcd", Get(analytics, "ApplicationId"));
        Assert.Equal("arn:aws:iam::123456789012:role/pinpoint", Get(analytics, "RoleArn"));
        Assert.Equal("ext", Get(analytics, "ExternalId"));
        Assert.Equal(false, Get(analytics, "UserDataShared"));
        Assert.Null(Get(analytics, "ApplicationArn"));
    }

    [Fact]
    public void Rotation_maps_when_the_CDK_has_it()
    {
        var assembly = CdkStandIn.Load(CdkStandIn.Shape.New, RotationClient);
        var rotation = Get(Invoke(assembly, "CdkTests.RotatingClient", "p"), "RefreshTokenRotation")!;

        Assert.Equal("Amazon.CDK.AWS.Cognito.CfnUserPoolClient+RefreshTokenRotationProperty", rotation.GetType().FullName);
        Assert.Equal("ENABLED", Get(rotation, "Feature"));
        Assert.Equal(30d, Get(rotation, "RetryGracePeriodSeconds"));
    }

    [Fact]
    public void Rotation_declared_on_a_CDK_without_it_fails_loudly_instead_of_being_dropped()
    {
        var assembly = CdkStandIn.Load(CdkStandIn.Shape.Old, RotationClient, Bare);

        var e = Assert.Throws<NotSupportedException>(() => Invoke(assembly, "CdkTests.RotatingClient", "p"));
        Assert.Equal("The Amazon.CDK.Lib package in use has no CfnUserPoolClientProps.RefreshTokenRotation; update it to set this member.", e.Message);
        Invoke(assembly, "CdkTests.BareClient", "p"); // undeclared: no throw
    }

    [Fact]
    public void A_custom_secret_is_refused_without_quoting_it()
    {
        const string secret = "abcdefghijklmnopqrstuvwxyz012345";
        var assembly = CdkStandIn.Load(CdkStandIn.Shape.New, GeneratedCodeCompilesTests.AllMembers);
        var type = assembly.GetType("CognitoGen.Tests.Clients.AllMembersClient", throwOnError: true)!;
        var declared = (UserPoolClientDefinition)type.GetProperty("Definition")!.GetValue(null)!;
        var extension = assembly.GetType(Builders, throwOnError: true)!.GetMethod("ToCfnProps")!;

        foreach (var call in new Action[]
                 {
                     () => Invoke(assembly, "CognitoGen.Tests.Clients.AllMembersClient", "p"),                 // [CustomClientSecret], not yet supplied
                     () => Call(extension, declared with { ClientSecret = secret }, "p"),                      // supplied at run time
                     () => Call(extension, new UserPoolClientDefinition("plain") { ClientSecret = secret }, "p"), // a copy with a secret
                 })
        {
            var e = Assert.Throws<NotSupportedException>(call);
            Assert.StartsWith("App client '", e.Message);
            Assert.Contains("custom client secret, which would be written into the CloudFormation template in clear text", e.Message);
            Assert.Contains("GenerateSecret = true", e.Message);
            Assert.DoesNotContain(secret, e.Message);
        }
    }

    [Fact]
    public void The_extension_builds_per_environment_copies()
    {
        var assembly = CdkStandIn.Load(CdkStandIn.Shape.New, GeneratorOutputTests.SeedSource);
        var declared = (UserPoolClientDefinition)assembly.GetType("CognitoGen.Sample.MyTestClient", throwOnError: true)!.GetProperty("Definition")!.GetValue(null)!;
        var extension = assembly.GetType(Builders, throwOnError: true)!.GetMethod("ToCfnProps")!;

        var props = Call(extension, declared with { CallbackURLs = ["https://staging.example.com/cb"], GenerateSecret = null }, "staging-pool");

        Assert.Equal(new[] { "https://staging.example.com/cb" }, Get(props, "CallbackUrLs"));
        Assert.Null(Get(props, "GenerateSecret"));
        Assert.Equal("staging-pool", Get(props, "UserPoolId"));
        Assert.Equal("MyTestClient", Get(props, "ClientName"));
    }

    [Theory]
    [InlineData(CdkStandIn.Shape.Old)]
    [InlineData(CdkStandIn.Shape.New)]
    public void The_README_CDK_block_compiles(CdkStandIn.Shape shape)
    {
        var readme = File.ReadAllText(RepoFiles.Path("README.md"));
        var start = readme.IndexOf("## With the AWS CDK", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## With the AWS CDK' section");
        var open = readme.IndexOf("```csharp\n", start, StringComparison.Ordinal) + "```csharp\n".Length;
        var block = readme[open..readme.IndexOf("```", open, StringComparison.Ordinal)];
        Assert.Contains("WebAppClient.ToCfnProps(", block);

        // The Quick start's client, declared here so the block compiles on its own.
        const string client = """
            using CognitoGen;
            [UserPoolClient("web-app")]
            [ExplicitAuthFlows(AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth)]
            public partial class WebAppClient;
            """;
        var (_, run, diagnostics) = CdkStandIn.Run(shape, block, client);
        GeneratorHarness.AssertClean(diagnostics, run);
    }

    private static object Invoke(Assembly assembly, string typeName, string userPoolId) =>
        Call(assembly.GetType(typeName, throwOnError: true)!.GetMethod("ToCfnProps", new[] { typeof(string) })!, null, userPoolId);

    private static object Call(MethodInfo method, object? definition, string userPoolId)
    {
        try
        {
            var result = method.IsStatic && method.GetParameters().Length == 2
                ? method.Invoke(null, new[] { definition, userPoolId })
                : method.Invoke(null, new object[] { userPoolId });
            Assert.Equal(Props, result!.GetType().FullName);
            return result;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static object? Get(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);
}
