using CognitoGen;

namespace CognitoGen.Sample;

// The AWS CLI example deliberately allows plaintext password sign-in and the implicit grant; CognitoGen flags both as
// security warnings. The sample must reproduce the example exactly, so the two are suppressed here, with this reason.
#pragma warning disable CGEN5007 // user-password-auth-plaintext: kept to match the AWS CLI example
#pragma warning disable CGEN2014 // implicit-flow-discouraged: kept to match the AWS CLI example

/// <summary>
/// The client of the AWS CLI example `create-user-pool-client` (../shared/seed/create-user-pool-client.rst), member for member.
/// </summary>
[UserPoolClient("MyTestClient", GenerateSecret = true)]
[TokenValidity(Refresh = 10, Access = 60, Id = 60, AccessUnit = TimeUnit.Minutes, IdUnit = TimeUnit.Minutes, RefreshUnit = TimeUnit.Days)]
[ReadAttributes(StandardAttribute.Email, StandardAttribute.PhoneNumber, StandardAttribute.EmailVerified, StandardAttribute.PhoneNumberVerified)]
[WriteAttributes(StandardAttribute.Email, StandardAttribute.PhoneNumber)]
[ExplicitAuthFlows(AuthFlow.AllowUserPasswordAuth, AuthFlow.AllowUserSrpAuth, AuthFlow.AllowRefreshTokenAuth)]
[IdentityProvider(BuiltInIdentityProvider.Google), IdentityProvider(BuiltInIdentityProvider.Facebook), IdentityProvider("MyOIDC")]
[CallbackUrl("https://www.amazon.com"), CallbackUrl("https://example.com"), CallbackUrl("http://localhost:8001"), CallbackUrl("myapp://example")]
[AllowedOAuthFlows(OAuthFlow.Code, OAuthFlow.Implicit)]
[OAuthScope(StandardScope.OpenId), OAuthScope(StandardScope.Profile), OAuthScope(StandardScope.CognitoAdmin), OAuthScope("solar-system-data/asteroids.add")]
[EnableOAuth]
[Analytics(ApplicationArn = "arn:aws:mobiletargeting:us-west-2:767671399759:apps/thisisanexamplepinpointapplicationid", UserDataShared = true)]
[PreventUserExistenceErrors]
[EnableTokenRevocation]
[PropagateAdditionalUserContextData]
[AuthSessionValidity(4)]
public partial class MyTestClient
{
}

#pragma warning restore CGEN2014
#pragma warning restore CGEN5007
