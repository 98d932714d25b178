using CognitoGen.Sample;
using CognitoGen.Tests.Clients;

namespace CognitoGen.Tests.Drift;

/// <summary>Diff reports real drift only: not Cognito's reordering, unit changes or the role it adds.</summary>
public class DiffTests
{
    /// <summary>The seed's deployed client as describe-user-pool-client shows it (../shared/seed), written out by hand.</summary>
    private static readonly UserPoolClientDefinition Deployed = new("MyTestClient")
    {
        RefreshTokenValidity = 10,
        AccessTokenValidity = 60,
        IdTokenValidity = 60,
        TokenValidityUnits = new TokenValidityUnits("minutes", "minutes", "days"),
        ReadAttributes = new[] { "email_verified", "phone_number_verified", "phone_number", "email" },
        WriteAttributes = new[] { "phone_number", "email" },
        ExplicitAuthFlows = new[] { "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" },
        SupportedIdentityProviders = new[] { "Google", "MyOIDC", "Facebook" },
        CallbackURLs = new[] { "https://example.com", "https://www.amazon.com", "myapp://example", "http://localhost:8001" },
        AllowedOAuthFlows = new[] { "implicit", "code" },
        AllowedOAuthScopes = new[] { "aws.cognito.signin.user.admin", "openid", "profile", "solar-system-data/asteroids.add" },
        AllowedOAuthFlowsUserPoolClient = true,
        AnalyticsConfiguration = new AnalyticsConfiguration(
            ApplicationArn: "arn:aws:mobiletargeting:us-west-2:767671399759:apps/thisisanexamplepinpointapplicationid",
            RoleArn: "arn:aws:iam::123456789012:role/aws-service-role/cognito-idp.amazonaws.com/AWSServiceRoleForAmazonCognitoIdp",
            UserDataShared: true),
        PreventUserExistenceErrors = "ENABLED",
        EnableTokenRevocation = true,
        EnablePropagateAdditionalUserContextData = true,
        AuthSessionValidity = 4,
        ClientSecret = "this1234is5678my91011example1213client1415secret",
    };

    [Fact]
    public void The_seed_client_as_deployed_has_no_drift()
    {
        Assert.Empty(MyTestClient.Definition.Diff(Deployed));
    }

    [Fact]
    public void A_console_edit_is_drift_and_names_the_member()
    {
        var edited = Deployed with
        {
            CallbackURLs = new[] { "https://example.com", "https://evil.example.com" },
            AccessTokenValidity = 2,
            TokenValidityUnits = new TokenValidityUnits("hours", "minutes", "days"),
        };

        var differences = MyTestClient.Definition.Diff(edited);

        Assert.Equal(new[] { "AccessTokenValidity", "CallbackURLs" }, differences.Select(d => d.Member).Order());
        Assert.Contains("7200 s", differences.Single(d => d.Member == "AccessTokenValidity").Deployed);
    }

    [Fact]
    public void Lifetimes_compare_by_duration_and_undeclared_members_by_Cognitos_default()
    {
        var deployed = BareClient.Definition with
        {
            AccessTokenValidity = 60,
            IdTokenValidity = 1,
            RefreshTokenValidity = 30,
            TokenValidityUnits = new TokenValidityUnits("minutes", "hours", "days"),
            EnableTokenRevocation = true,
            AuthSessionValidity = 3,
            PreventUserExistenceErrors = "LEGACY",
            ExplicitAuthFlows = new[] { "ALLOW_CUSTOM_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" },
            RefreshTokenRotation = new RefreshTokenRotation("DISABLED", 0),
        };

        Assert.Empty(BareClient.Definition.Diff(deployed));
        Assert.Equal("AuthSessionValidity", Assert.Single(BareClient.Definition.Diff(deployed with { AuthSessionValidity = 10 })).Member);
    }

    [Fact]
    public void Members_an_emulator_does_not_keep_can_be_ignored()
    {
        var sparse = new UserPoolClientDefinition("MyTestClient") { CallbackURLs = Deployed.CallbackURLs };

        Assert.NotEmpty(MyTestClient.Definition.Diff(sparse));
        Assert.Empty(MyTestClient.Definition.Diff(sparse, ignoreMissing: true));
        Assert.Single(MyTestClient.Definition.Diff(sparse with { CallbackURLs = new[] { "https://other.example.com" } }, ignoreMissing: true));
    }
}
