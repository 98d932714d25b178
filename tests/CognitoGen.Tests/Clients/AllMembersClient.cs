using CognitoGen;

namespace CognitoGen.Tests.Clients
{
    /// <summary>
    /// Declares every member the attributes can express that the seed client does not (the other analytics form,
    /// the custom secret, logout URLs, rotation, and the "false" forms). Compiled here, and read as text by in-memory tests.
    /// </summary>
    [UserPoolClient("All members", GenerateSecret = false)]
    [CustomClientSecret]
    [TokenValidity(Access = 5, Id = 1, Refresh = 0, AccessUnit = TimeUnit.Minutes, IdUnit = TimeUnit.Hours, RefreshUnit = TimeUnit.Seconds)]
    [ReadAttributes(StandardAttribute.Address, StandardAttribute.CustomPrefix + "tier", "dev:custom:internal")]
    [WriteAttributes()]
    [ExplicitAuthFlows(AuthFlow.AllowUserAuth, AuthFlow.AllowCustomAuth, AuthFlow.AllowAdminUserPasswordAuth)]
    [IdentityProvider(BuiltInIdentityProvider.Cognito), IdentityProvider(BuiltInIdentityProvider.SignInWithApple)]
    [CallbackUrl("https://app.example.com/cb"), LogoutUrl("https://app.example.com/bye"), DefaultRedirectUri("https://app.example.com/cb")]
    [AllowedOAuthFlows(OAuthFlow.ClientCredentials)]
    [OAuthScope("api/read")]
    [EnableOAuth(false)]
    [Analytics(ApplicationId = "0123abcd", RoleArn = "arn:aws:iam::123456789012:role/pinpoint", ExternalId = "ext", UserDataShared = false)]
    [PreventUserExistenceErrors(false), EnableTokenRevocation(false), PropagateAdditionalUserContextData(false), AuthSessionValidity(15)]
    [RefreshTokenRotation(RefreshTokenRotationFeature.Disabled, RetryGracePeriodSeconds = 60)]
    public partial class AllMembersClient
    {
    }

    /// <summary>Declares nothing but its name: every other member is left to Cognito's defaults.</summary>
    [UserPoolClient("bare")]
    public partial class BareClient
    {
    }
}
