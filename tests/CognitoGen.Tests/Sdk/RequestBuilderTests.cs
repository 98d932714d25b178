using Amazon.CognitoIdentityProvider;
using CognitoGen.Sample;
using CognitoGen.Tests.Clients;

namespace CognitoGen.Tests.Sdk;

/// <summary>The generated SDK builders, run against the stand-in that this test project references.</summary>
public class RequestBuilderTests
{
    private const string Secret = "abcdefghijklmnopqrstuvwxyz012345";

    [Fact]
    public void Each_call_returns_a_new_request_with_fresh_lists()
    {
        var first = MyTestClient.ToCreateRequest("us-west-2_EXAMPLE");
        first.CallbackURLs.Add("https://evil.example.com");
        first.AllowedOAuthScopes.Clear();
        var second = MyTestClient.ToCreateRequest("us-west-2_EXAMPLE");

        Assert.NotSame(first, second);
        Assert.Equal(4, second.CallbackURLs.Count);
        Assert.Equal(4, second.AllowedOAuthScopes.Count);
        Assert.Equal(4, MyTestClient.Definition.CallbackURLs!.Count);
    }

    [Fact]
    public void Update_request_is_complete()
    {
        var r = MyTestClient.ToUpdateRequest("us-west-2_EXAMPLE", "123abc456defEXAMPLE");

        Assert.Equal("123abc456defEXAMPLE", r.ClientId);
        Assert.Equal("us-west-2_EXAMPLE", r.UserPoolId);
        Assert.Equal("MyTestClient", r.ClientName);
        Assert.Equal(10, r.RefreshTokenValidity);
        Assert.Same(TimeUnitsType.Days, r.TokenValidityUnits.RefreshToken);
        Assert.Equal(new[] { "code", "implicit" }, r.AllowedOAuthFlows);
        Assert.True(r.AllowedOAuthFlowsUserPoolClient);
        Assert.Equal("arn:aws:mobiletargeting:us-west-2:767671399759:apps/thisisanexamplepinpointapplicationid", r.AnalyticsConfiguration.ApplicationArn);
        Assert.Same(PreventUserExistenceErrorTypes.ENABLED, r.PreventUserExistenceErrors);
        Assert.Equal(4, r.AuthSessionValidity);
    }

    [Fact]
    public void Every_member_reaches_the_request()
    {
        var r = (AllMembersClient.Definition with { ClientSecret = Secret }).ToCreateRequest("eu-west-1_abc");

        Assert.False(r.GenerateSecret);
        Assert.Equal(Secret, r.ClientSecret);
        Assert.Equal(0, r.RefreshTokenValidity);
        Assert.Equal(5, r.AccessTokenValidity);
        Assert.Equal(1, r.IdTokenValidity);
        Assert.Same(TimeUnitsType.Hours, r.TokenValidityUnits.IdToken);
        Assert.Same(TimeUnitsType.Seconds, r.TokenValidityUnits.RefreshToken);
        Assert.Equal(new[] { "address", "custom:tier", "dev:custom:internal" }, r.ReadAttributes);
        Assert.NotNull(r.WriteAttributes);
        Assert.Empty(r.WriteAttributes);
        Assert.Equal(new[] { "ALLOW_USER_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH" }, r.ExplicitAuthFlows);
        Assert.Equal(new[] { "COGNITO", "SignInWithApple" }, r.SupportedIdentityProviders);
        Assert.Equal(new[] { "https://app.example.com/bye" }, r.LogoutURLs);
        Assert.Equal("https://app.example.com/cb", r.DefaultRedirectURI);
        Assert.Equal(new[] { "client_credentials" }, r.AllowedOAuthFlows);
        Assert.False(r.AllowedOAuthFlowsUserPoolClient);
        Assert.Equal("0123abcd", r.AnalyticsConfiguration.ApplicationId);
        Assert.Equal("arn:aws:iam::123456789012:role/pinpoint", r.AnalyticsConfiguration.RoleArn);
        Assert.Equal("ext", r.AnalyticsConfiguration.ExternalId);
        Assert.False(r.AnalyticsConfiguration.UserDataShared);
        Assert.Same(PreventUserExistenceErrorTypes.LEGACY, r.PreventUserExistenceErrors);
        Assert.False(r.EnableTokenRevocation);
        Assert.False(r.EnablePropagateAdditionalUserContextData);
        Assert.Equal(15, r.AuthSessionValidity);
        Assert.Same(FeatureType.DISABLED, r.RefreshTokenRotation.Feature);
        Assert.Equal(60, r.RefreshTokenRotation.RetryGracePeriodSeconds);
    }

    [Fact]
    public void Undeclared_members_stay_unset_so_Cognito_defaults_apply()
    {
        var r = BareClient.ToCreateRequest("p_1");

        Assert.Equal("bare", r.ClientName);
        Assert.Null(r.GenerateSecret);
        Assert.Null(r.TokenValidityUnits);
        Assert.Null(r.CallbackURLs);
        Assert.Null(r.AllowedOAuthFlowsUserPoolClient);
        Assert.Null(r.PreventUserExistenceErrors);
        Assert.Null(r.RefreshTokenRotation);
    }

    [Fact]
    public void Run_time_values_go_on_a_copy_and_leave_the_declaration_alone()
    {
        var staging = MyTestClient.Definition with { CallbackURLs = new[] { "https://staging.example.com/cb" } };
        var r = staging.ToCreateRequest("us-west-2_STAGING");

        Assert.Equal(new[] { "https://staging.example.com/cb" }, r.CallbackURLs);
        Assert.Equal(4, MyTestClient.Definition.CallbackURLs!.Count);
    }

    [Fact]
    public void A_declared_runtime_secret_must_be_supplied()
    {
        Assert.Throws<InvalidOperationException>(() => AllMembersClient.ToCreateRequest("p_1"));
        // Update requests never carry a secret, so they need none.
        Assert.Equal("All members", AllMembersClient.ToUpdateRequest("p_1", "c").ClientName);
    }

    [Fact]
    public void Unknown_wire_values_pass_through_unchanged()
    {
        var odd = BareClient.Definition with
        {
            TokenValidityUnits = new TokenValidityUnits(AccessToken: "fortnights"),
            PreventUserExistenceErrors = "DISABLED",
        };
        var r = odd.ToCreateRequest("p_1");

        Assert.Equal("fortnights", r.TokenValidityUnits.AccessToken.Value);
        Assert.Equal("DISABLED", r.PreventUserExistenceErrors.Value);
    }

    [Fact]
    public void A_non_canonical_spelling_is_sent_as_written_written_as_written_and_reported_as_an_error()
    {
        // Cognito validates enums case-sensitively (the model's enum constraint): "MINUTES" is not "minutes". The SDK
        // builder must not quietly fix what Validate() reports, and must send what the JSON writes.
        var odd = BareClient.Definition with
        {
            TokenValidityUnits = new TokenValidityUnits(AccessToken: "MINUTES", IdToken: "Hours"),
            PreventUserExistenceErrors = "legacy",
            RefreshTokenRotation = new RefreshTokenRotation("Disabled"),
        };
        var r = odd.ToCreateRequest("p_1");
        Assert.Equal("MINUTES", r.TokenValidityUnits.AccessToken.Value);
        Assert.Equal("Hours", r.TokenValidityUnits.IdToken.Value);
        Assert.Equal("legacy", r.PreventUserExistenceErrors.Value);
        Assert.Equal("Disabled", r.RefreshTokenRotation.Feature.Value);
        var u = odd.ToUpdateRequest("p_1", "c");
        Assert.Equal("MINUTES", u.TokenValidityUnits.AccessToken.Value);
        Assert.Equal("legacy", u.PreventUserExistenceErrors.Value);

        var json = odd.ToCliInputJson("p_1");
        Assert.Contains("\"AccessToken\": \"MINUTES\"", json);
        Assert.Contains("\"PreventUserExistenceErrors\": \"legacy\"", json);
        Assert.Contains("\"Feature\": \"Disabled\"", json);

        var errors = odd.Validate("p_1").Where(f => f.Severity == Rules.RuleSeverity.Error).Select(f => f.Message).ToList();
        Assert.Contains(errors, m => m.Contains("'MINUTES'", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.Contains("'legacy'", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.Contains("'Disabled'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_non_canonical_spelling_read_from_json_reaches_the_request_unchanged()
    {
        var document = UserPoolClientDefinition.FromJson("""{"ClientName": "c", "AccessTokenValidity": 60, "TokenValidityUnits": {"AccessToken": "MINUTES"}, "PreventUserExistenceErrors": "Enabled"}""");
        var r = document.Definition.ToCreateRequest("p_1");

        Assert.Equal("MINUTES", r.TokenValidityUnits.AccessToken.Value);
        Assert.NotSame(TimeUnitsType.Minutes, r.TokenValidityUnits.AccessToken);
        Assert.Equal("Enabled", r.PreventUserExistenceErrors.Value);
        Assert.Contains(document.Validate(), f => f.Severity == Rules.RuleSeverity.Error && f.Message.Contains("'MINUTES'", StringComparison.Ordinal));
        Assert.Contains(document.Validate(), f => f.Severity == Rules.RuleSeverity.Error && f.Message.Contains("'Enabled'", StringComparison.Ordinal));
    }
}
