using System.Collections.Generic;

namespace CognitoGen.Rules
{
    /// <summary>
    /// Every rule, once: the analyzers (linked source) and <see cref="ClientValidator"/> both read it.
    /// IDs: 1xxx attribute usage and client shape, 2xxx OAuth flows and scopes, 3xxx callback/logout URLs,
    /// 4xxx token and session lifetimes, 5xxx auth flows, secrets and sign-in behaviour, 6xxx user attributes and
    /// identity providers, 7xxx analytics, 8xxx the user pool the client lives in (they need a
    /// <see cref="Pool.UserPoolContext"/>, and never fire where the part they need is unknown), 9xxx environment. An ID is never reused.
    /// When adding a rule: docs/diagnostics/&lt;ID&gt;.md, its row in docs/diagnostics/README.md and in
    /// analyzers/CognitoGen.Analyzers/AnalyzerReleases.Unshipped.md, and tests.
    /// </summary>
    public static class RuleCatalogue
    {
        private const string Usage = "Usage";
        private const string Design = "Design";
        private const string Security = "Security";
        private const string Compatibility = "Compatibility";
        private const RuleSeverity E = RuleSeverity.Error;
        private const RuleSeverity W = RuleSeverity.Warning;
        private const RuleSeverity I = RuleSeverity.Info;

        // 1xxx: attribute usage and class shape (C# declarations only).
        /// <summary>CGEN1001.</summary>
        public static readonly Rule ClassNotPartial = new("CGEN1001", "class-not-partial", E, Usage, "App client class must be partial", "The generator adds the Definition and request builders to the class, which it can only do when the class and every containing type are partial.", SourceOnly: true);
        /// <summary>CGEN1002.</summary>
        public static readonly Rule AttributeWithoutMarker = new("CGEN1002", "attribute-without-marker", W, Usage, "App client attribute without [UserPoolClient]", "CognitoGen attributes only take effect on a class marked [UserPoolClient]; without it nothing is generated or checked.", SourceOnly: true);
        /// <summary>CGEN1003.</summary>
        public static readonly Rule UnsupportedTarget = new("CGEN1003", "unsupported-target", E, Usage, "[UserPoolClient] on an unsupported type", "Only classes (not records) that are not file-local can hold an app client, because the generator re-declares them as partial.", SourceOnly: true);
        /// <summary>CGEN1004.</summary>
        public static readonly Rule DuplicateClientName = new("CGEN1004", "duplicate-client-name", W, Design, "Two app clients share a ClientName", "Cognito allows several clients with one name, but two declarations with the same name in one project are almost always a copy-paste mistake and make clients hard to tell apart.", SourceOnly: true);
        /// <summary>CGEN1005.</summary>
        public static readonly Rule IneffectiveAttribute = new("CGEN1005", "ineffective-attribute", W, Usage, "Attribute declares nothing or only half a value", "[TokenValidity] without any value, or a token unit without its token validity, sends nothing useful; the declaration probably lost a value.", SourceOnly: true);
        /// <summary>CGEN1006.</summary>
        public static readonly Rule SecretLiteral = new("CGEN1006", "secret-literal", W, Security, "Client secret written as a literal", "A client secret in source ends up in version control and build output; load it from a secret store at run time.", SourceOnly: true);
        /// <summary>CGEN1007.</summary>
        public static readonly Rule NullArgument = new("CGEN1007", "null-argument", E, Usage, "Attribute argument is null", "A null value cannot be sent to Cognito; the attribute is ignored until it has a value.", SourceOnly: true);
        /// <summary>CGEN1008.</summary>
        public static readonly Rule UnknownMember = new("CGEN1008", "unknown-member", W, Usage, "Unknown member in app client JSON", "JSON checked by cognitogen validate has a member the API does not define; it is ignored, and the AWS CLI would refuse it as a parameter.");
        /// <summary>CGEN1009.</summary>
        public static readonly Rule SdkNotReferenced = new("CGEN1009", "sdk-not-referenced", E, Usage, "SDK request builder called without the AWS SDK", "ToCreateRequest and ToUpdateRequest are generated only when the project references AWSSDK.CognitoIdentityProvider; add the package, or use ToCliInputJson, which needs no SDK.", SourceOnly: true);
        /// <summary>CGEN1101.</summary>
        public static readonly Rule UserPoolIdFormat = new("CGEN1101", "user-pool-id-format", E, Usage, "User pool ID is malformed", "UserPoolId must be 1-55 characters of the form <region>_<id>.");
        /// <summary>CGEN1102.</summary>
        public static readonly Rule ClientNameFormat = new("CGEN1102", "client-name-format", E, Usage, "ClientName is empty, too long or has invalid characters", "ClientName must be 1-128 characters of ASCII letters, digits, underscore, whitespace and + = , . @ -.");
        /// <summary>CGEN1201.</summary>
        public static readonly Rule DuplicateListValues = new("CGEN1201", "duplicate-list-values", W, Design, "List repeats a value", "A list member repeats a value; the repeat has no effect and usually hides a typo.");

        // 2xxx: OAuth flows and scopes.
        /// <summary>CGEN2001.</summary>
        public static readonly Rule OAuthFlowsEnum = new("CGEN2001", "oauth-flows-enum", E, Usage, "Unknown OAuth flow", "AllowedOAuthFlows accepts only code, implicit and client_credentials.");
        /// <summary>CGEN2002.</summary>
        public static readonly Rule OAuthFlowsMaxItems = new("CGEN2002", "oauth-flows-max-items", E, Usage, "More than 3 OAuth flows", "AllowedOAuthFlows holds at most 3 entries.");
        /// <summary>CGEN2003.</summary>
        public static readonly Rule OAuthScopeFormat = new("CGEN2003", "oauth-scope-format", E, Usage, "OAuth scope is empty, too long or has invalid characters", "A scope must be 1-256 printable ASCII characters other than space, double quote and backslash.");
        /// <summary>CGEN2004.</summary>
        public static readonly Rule OAuthScopesMaxItems = new("CGEN2004", "oauth-scopes-max-items", E, Usage, "More than 50 OAuth scopes", "AllowedOAuthScopes holds at most 50 entries.");
        /// <summary>CGEN2005.</summary>
        public static readonly Rule OAuthFlowsScopesRequired = new("CGEN2005", "oauth-flows-scopes-required", E, Design, "OAuth is enabled without flows or scopes", "With AllowedOAuthFlowsUserPoolClient true, Cognito requires both AllowedOAuthFlows and AllowedOAuthScopes.");
        /// <summary>CGEN2006.</summary>
        public static readonly Rule OAuthCallbackRequired = new("CGEN2006", "oauth-callback-required", E, Design, "Code or implicit flow without callback URLs", "The code and implicit flows redirect to a callback URL, so Cognito requires at least one.");
        /// <summary>CGEN2007.</summary>
        public static readonly Rule OAuthSettingsWithoutOAuthFlag = new("CGEN2007", "oauth-settings-without-oauth-flag", W, Design, "OAuth settings without AllowedOAuthFlowsUserPoolClient", "OAuth flows, scopes and redirect URLs only take effect when AllowedOAuthFlowsUserPoolClient is true; without it they are stored but inactive.");
        /// <summary>CGEN2008.</summary>
        public static readonly Rule ClientCredentialsExclusive = new("CGEN2008", "client-credentials-exclusive", E, Design, "client_credentials combined with code or implicit", "A machine-to-machine client must use client_credentials as its only OAuth flow.");
        /// <summary>CGEN2009.</summary>
        public static readonly Rule ClientCredentialsRequiresSecret = new("CGEN2009", "client-credentials-requires-secret", E, Security, "client_credentials without a client secret", "The client credentials grant authenticates with the client secret, so the client must have one.");
        /// <summary>CGEN2010.</summary>
        public static readonly Rule ClientCredentialsCustomScopesOnly = new("CGEN2010", "client-credentials-custom-scopes-only", E, Design, "client_credentials with a standard scope", "Machine-to-machine clients may only hold resource-server scopes; openid, email, phone, profile and aws.cognito.signin.user.admin are for users.");
        /// <summary>CGEN2011.</summary>
        public static readonly Rule OAuthScopeUnknown = new("CGEN2011", "oauth-scope-unknown", E, Design, "Unknown OAuth scope", "A scope is either one of the five standard scopes or a resource-server scope written identifier/name.");
        /// <summary>CGEN2012.</summary>
        public static readonly Rule OidcScopesRequireOpenId = new("CGEN2012", "oidc-scopes-require-openid", W, Design, "email, phone or profile without openid", "These scopes only release claims in an OpenID Connect request, which needs the openid scope.");
        /// <summary>CGEN2013.</summary>
        public static readonly Rule OAuthWithoutIdentityProviders = new("CGEN2013", "oauth-without-identity-providers", W, Design, "OAuth user flow without identity providers", "Managed login offers the providers in SupportedIdentityProviders; with none, users have no way to sign in.");
        /// <summary>CGEN2014.</summary>
        public static readonly Rule ImplicitFlowDiscouraged = new("CGEN2014", "implicit-flow-discouraged", W, Security, "Implicit grant is discouraged", "The implicit grant returns tokens in the browser URL; the OAuth 2.0 Security BCP (RFC 9700) says not to use it. Use the code grant with PKCE.");
        /// <summary>CGEN2015.</summary>
        public static readonly Rule CustomScopeUnverified = new("CGEN2015", "custom-scope-unverified", I, Design, "Custom scope must exist on a resource server", "A resource-server scope must be defined on a resource server of the pool, or Cognito answers ScopeDoesNotExistException.");

        // 3xxx: callback and logout URLs.
        /// <summary>CGEN3001.</summary>
        public static readonly Rule RedirectUrlFormat = new("CGEN3001", "redirect-url-format", E, Usage, "Redirect URL is empty, too long or has invalid characters", "Callback, logout and default redirect URLs must be 1-1024 characters without whitespace or control characters.");
        /// <summary>CGEN3002.</summary>
        public static readonly Rule CallbackUrlsMaxItems = new("CGEN3002", "callback-urls-max-items", E, Usage, "More than 100 callback URLs", "CallbackURLs holds at most 100 entries.");
        /// <summary>CGEN3003.</summary>
        public static readonly Rule LogoutUrlsMaxItems = new("CGEN3003", "logout-urls-max-items", E, Usage, "More than 100 logout URLs", "LogoutURLs holds at most 100 entries.");
        /// <summary>CGEN3004.</summary>
        public static readonly Rule RedirectUrlHttps = new("CGEN3004", "redirect-url-https", E, Security, "Redirect URL uses http:// for a host other than localhost", "Cognito accepts plain http only for localhost, 127.0.0.1 and [::1]; tokens and codes must not travel unencrypted.");
        /// <summary>CGEN3005.</summary>
        public static readonly Rule RedirectUrlFragment = new("CGEN3005", "redirect-url-fragment", E, Usage, "Redirect URL has a fragment", "A redirection endpoint must not contain a fragment (RFC 6749); Cognito rejects URLs with #.");
        /// <summary>CGEN3006.</summary>
        public static readonly Rule RedirectUrlAbsolute = new("CGEN3006", "redirect-url-absolute", E, Usage, "Redirect URL is not absolute", "A redirect URL needs a scheme, such as https:// or myapp://.");
        /// <summary>CGEN3007.</summary>
        public static readonly Rule RedirectUrlWildcard = new("CGEN3007", "redirect-url-wildcard", W, Design, "Redirect URL has a wildcard host", "Cognito compares redirect_uri by exact string, so a * is stored literally and matches nothing else.");
        /// <summary>CGEN3008.</summary>
        public static readonly Rule DefaultRedirectUriInCallbacks = new("CGEN3008", "default-redirect-uri-in-callbacks", E, Design, "Default redirect URI is not a callback URL", "DefaultRedirectURI must equal one of CallbackURLs exactly, including case and trailing slash.");

        // 4xxx: token and session lifetimes.
        /// <summary>CGEN4001.</summary>
        public static readonly Rule TokenValidityUnitsEnum = new("CGEN4001", "token-validity-units-enum", E, Usage, "Unknown token validity unit", "TokenValidityUnits members accept seconds, minutes, hours and days.");
        /// <summary>CGEN4002.</summary>
        public static readonly Rule TokenValidityRange = new("CGEN4002", "token-validity-range", E, Design, "Token validity out of range", "Access and ID tokens last 5 minutes to 1 day; refresh tokens 60 minutes to 10 years.");
        /// <summary>CGEN4003.</summary>
        public static readonly Rule TokenValidityOrder = new("CGEN4003", "token-validity-order", E, Design, "Access or ID token outlives the refresh token", "Access and ID token lifetimes must be less than or equal to the refresh token lifetime.");
        /// <summary>CGEN4004.</summary>
        public static readonly Rule RefreshTokenValidityZero = new("CGEN4004", "refresh-token-validity-zero", W, Design, "Refresh token validity of 0", "Cognito silently replaces 0 with its 30-day default.");
        /// <summary>CGEN4005.</summary>
        public static readonly Rule AuthSessionValidityRange = new("CGEN4005", "auth-session-validity-range", E, Usage, "AuthSessionValidity outside 3-15 minutes", "AuthSessionValidity is 3 to 15 minutes.");
        /// <summary>CGEN4006.</summary>
        public static readonly Rule RefreshTokenRotationFeature = new("CGEN4006", "refresh-token-rotation-feature", E, Usage, "Refresh token rotation without a valid Feature", "RefreshTokenRotation needs Feature, ENABLED or DISABLED.");
        /// <summary>CGEN4007.</summary>
        public static readonly Rule RefreshTokenRotationGraceRange = new("CGEN4007", "refresh-token-rotation-grace-range", E, Usage, "Rotation grace period outside 0-60 seconds", "RetryGracePeriodSeconds is 0 to 60.");
        /// <summary>CGEN4008.</summary>
        public static readonly Rule RefreshTokenRotationGraceWithoutRotation = new("CGEN4008", "refresh-token-rotation-grace-without-rotation", W, Design, "Grace period with rotation disabled", "A retry grace period has no effect while rotation is DISABLED; Cognito reports 0 back.");
        /// <summary>CGEN4009.</summary>
        public static readonly Rule TokenRevocationDisabled = new("CGEN4009", "token-revocation-disabled", W, Security, "Token revocation is disabled", "Without token revocation, refresh tokens cannot be revoked on sign-out or compromise.");

        // 5xxx: auth flows, secrets and sign-in behaviour.
        /// <summary>CGEN5001.</summary>
        public static readonly Rule ExplicitAuthFlowsEnum = new("CGEN5001", "explicit-auth-flows-enum", E, Usage, "Unknown auth flow", "ExplicitAuthFlows accepts the ALLOW_ values and the three legacy names only.");
        /// <summary>CGEN5002.</summary>
        public static readonly Rule ExplicitAuthFlowsLegacyMix = new("CGEN5002", "explicit-auth-flows-legacy-mix", E, Compatibility, "Legacy auth flow mixed with ALLOW_ flows", "Cognito rejects legacy auth flow names together with ALLOW_ names.");
        /// <summary>CGEN5003.</summary>
        public static readonly Rule ExplicitAuthFlowsLegacyDeprecated = new("CGEN5003", "explicit-auth-flows-legacy-deprecated", W, Compatibility, "Legacy auth flow names are deprecated", "ADMIN_NO_SRP_AUTH, CUSTOM_AUTH_FLOW_ONLY and USER_PASSWORD_AUTH are deprecated; use the ALLOW_ values.");
        /// <summary>CGEN5004.</summary>
        public static readonly Rule RefreshTokenAuthRequired = new("CGEN5004", "refresh-token-auth-required", E, Design, "ALLOW_REFRESH_TOKEN_AUTH is missing", "Unless refresh-token rotation is enabled, Cognito requires ALLOW_REFRESH_TOKEN_AUTH among the auth flows.");
        /// <summary>CGEN5005.</summary>
        public static readonly Rule RefreshTokenRotationConflictsRefreshTokenAuth = new("CGEN5005", "refresh-token-rotation-conflicts-refresh-token-auth", E, Design, "Refresh token rotation with ALLOW_REFRESH_TOKEN_AUTH", "With rotation enabled, refresh happens through GetTokensFromRefreshToken; the REFRESH_TOKEN_AUTH flow must be off.");
        /// <summary>CGEN5006.</summary>
        public static readonly Rule RefreshTokenRotationDefaultAuthFlows = new("CGEN5006", "refresh-token-rotation-default-auth-flows", W, Design, "Refresh token rotation with default auth flows", "The default auth flows include ALLOW_REFRESH_TOKEN_AUTH, which rotation needs off; list the flows explicitly.");
        /// <summary>CGEN5007.</summary>
        public static readonly Rule UserPasswordAuthPlaintext = new("CGEN5007", "user-password-auth-plaintext", W, Security, "Plaintext password auth flow", "USER_PASSWORD_AUTH sends the user's password to Cognito instead of proving it with SRP.");
        /// <summary>CGEN5008.</summary>
        public static readonly Rule ClientSecretFormat = new("CGEN5008", "client-secret-format", E, Usage, "Client secret is malformed", "A custom ClientSecret is 24-64 characters of letters, digits, underscore and +.");
        /// <summary>CGEN5009.</summary>
        public static readonly Rule ClientSecretConflictsGenerateSecret = new("CGEN5009", "client-secret-conflicts-generate-secret", E, Design, "GenerateSecret together with a custom secret", "A client either lets Cognito generate its secret or brings its own, not both.");
        /// <summary>CGEN5010.</summary>
        public static readonly Rule PropagateUserContextRequiresSecret = new("CGEN5010", "propagate-user-context-requires-secret", E, Design, "Propagating user context data needs a client secret", "EnablePropagateAdditionalUserContextData can only be true for a client with a secret.");
        /// <summary>CGEN5011.</summary>
        public static readonly Rule PreventUserExistenceErrorsEnum = new("CGEN5011", "prevent-user-existence-errors-enum", E, Usage, "Unknown PreventUserExistenceErrors value", "PreventUserExistenceErrors is LEGACY or ENABLED.");
        /// <summary>CGEN5012.</summary>
        public static readonly Rule PreventUserExistenceLegacy = new("CGEN5012", "prevent-user-existence-legacy", W, Security, "User existence errors are revealed", "With LEGACY, sign-in and recovery APIs answer UserNotFoundException, which lets anyone enumerate users.");
        /// <summary>CGEN5013.</summary>
        public static readonly Rule PreventUserExistenceErrorsDefault = new("CGEN5013", "prevent-user-existence-errors-default", I, Security, "PreventUserExistenceErrors left at the API default", "When omitted, the API default is LEGACY, which reveals whether a user exists.");
        /// <summary>CGEN5014.</summary>
        public static readonly Rule UserAuthRequiresEssentials = new("CGEN5014", "user-auth-requires-essentials", I, Compatibility, "ALLOW_USER_AUTH needs the Essentials tier", "Choice-based sign-in needs the user pool on the Essentials tier or higher.");

        // 6xxx: user attributes and identity providers.
        /// <summary>CGEN6001.</summary>
        public static readonly Rule AttributeNameFormat = new("CGEN6001", "attribute-name-format", E, Usage, "Attribute name is empty or too long", "Read and write attribute names are 1-2048 characters.");
        /// <summary>CGEN6002.</summary>
        public static readonly Rule WriteAttributesNotWritable = new("CGEN6002", "write-attributes-not-writable", E, Design, "Attribute cannot be written by a client", "No app client may write email_verified, phone_number_verified or sub.");
        /// <summary>CGEN6003.</summary>
        public static readonly Rule AttributeNameUnknown = new("CGEN6003", "attribute-name-unknown", E, Design, "Unknown user attribute", "An attribute is a standard attribute or starts with custom: (or dev:custom:); any other name can never exist in a pool.");
        /// <summary>CGEN6004.</summary>
        public static readonly Rule SupportedIdpNameFormat = new("CGEN6004", "supported-idp-name-format", E, Usage, "Identity provider name is empty, too long or has control characters", "Identity provider names are 1-32 characters without control characters.");
        /// <summary>CGEN6005.</summary>
        public static readonly Rule SupportedIdpBuiltinCasing = new("CGEN6005", "supported-idp-builtin-casing", W, Design, "Built-in identity provider with the wrong letter case", "Provider names are case-sensitive: COGNITO, Facebook, Google, SignInWithApple, LoginWithAmazon.");
        /// <summary>CGEN6006.</summary>
        public static readonly Rule SupportedIdpUnverified = new("CGEN6006", "supported-idp-unverified", I, Design, "Identity provider must exist in the pool", "Every provider other than COGNITO must be configured in the user pool under exactly this name.");
        /// <summary>CGEN6007.</summary>
        public static readonly Rule CustomAttributeUnverified = new("CGEN6007", "custom-attribute-unverified", I, Design, "Custom attribute must exist in the pool schema", "A custom: attribute must be defined in the pool schema.");
        /// <summary>CGEN6008.</summary>
        public static readonly Rule WriteAttributesIdpMapping = new("CGEN6008", "write-attributes-idp-mapping", I, Design, "Federated clients must write every mapped attribute", "With external identity providers, WriteAttributes must include every attribute the providers map, or federated sign-in fails.");
        /// <summary>CGEN6009.</summary>
        public static readonly Rule WriteAttributeNotReadable = new("CGEN6009", "write-attribute-not-readable", I, Design, "Writable attribute is not readable", "The client can write an attribute it cannot read back; usually an oversight.");

        // 7xxx: analytics.
        /// <summary>CGEN7001.</summary>
        public static readonly Rule AnalyticsApplicationIdFormat = new("CGEN7001", "analytics-application-id-format", E, Usage, "Analytics ApplicationId is not hexadecimal", "An Amazon Pinpoint ApplicationId is a hexadecimal string.");
        /// <summary>CGEN7002.</summary>
        public static readonly Rule AnalyticsArnFormat = new("CGEN7002", "analytics-arn-format", E, Usage, "Analytics ARN is malformed", "ApplicationArn and RoleArn are 20-2048 character ARNs.");
        /// <summary>CGEN7003.</summary>
        public static readonly Rule AnalyticsConfigShape = new("CGEN7003", "analytics-config-shape", E, Design, "Analytics configuration is not one of its two forms", "Give either ApplicationArn alone, or ApplicationId with RoleArn and ExternalId; anything else (both, neither, or an incomplete second form) is rejected.");
        /// <summary>CGEN7004.</summary>
        public static readonly Rule AnalyticsRegionMismatch = new("CGEN7004", "analytics-region-mismatch", E, Design, "Analytics project in another region", "The Pinpoint project must be in the user pool's region (or us-east-1 for regions without Pinpoint).");
        /// <summary>CGEN7005.</summary>
        public static readonly Rule AnalyticsUsEast1Fallback = new("CGEN7005", "analytics-us-east-1-fallback", W, Design, "Analytics project in us-east-1 for a pool elsewhere", "A us-east-1 project works only for pools in regions without Amazon Pinpoint; elsewhere Cognito rejects it.");

        // 8xxx: the user pool, known from pool files (CLI outputs, CloudFormation templates); see ClientValidator.Pool.cs.
        /// <summary>CGEN8001.</summary>
        public static readonly Rule PoolFileUnreadable = new("CGEN8001", "pool-file-unreadable", W, Usage, "Pool file cannot be read", "A file given as pool context is not JSON, or not one of the shapes CognitoGen reads (AWS CLI describe/list outputs, a CloudFormation template); it is ignored, so the rules it would enable stay unchecked.");
        /// <summary>CGEN8002.</summary>
        public static readonly Rule PoolScopeUndefined = new("CGEN8002", "pool-scope-undefined", E, Design, "Custom scope is not defined in the pool", "With the pool's resource servers known, a resource-server scope that none of them defines is rejected: Cognito answers ScopeDoesNotExistException.");
        /// <summary>CGEN8003.</summary>
        public static readonly Rule PoolIdentityProviderUndefined = new("CGEN8003", "pool-identity-provider-undefined", E, Design, "Identity provider is not in the pool", "With the pool's identity providers known, a provider other than COGNITO that the pool does not have under exactly this (case-sensitive) name is rejected.");
        /// <summary>CGEN8004.</summary>
        public static readonly Rule PoolAttributeUndefined = new("CGEN8004", "pool-attribute-undefined", E, Design, "Custom attribute is not in the pool schema", "With the pool's schema known, a custom: or dev:custom: attribute the schema does not define is rejected as an invalid read or write attribute.");
        /// <summary>CGEN8005.</summary>
        public static readonly Rule PoolRequiredAttributeNotWritable = new("CGEN8005", "pool-required-attribute-not-writable", E, Design, "Required attribute is not writable", "With the pool's schema known, a client that declares WriteAttributes must include every attribute the pool requires; Cognito rejects a client without write access to a required attribute.");
        /// <summary>CGEN8007.</summary>
        public static readonly Rule PoolOAuthWithoutDomain = new("CGEN8007", "pool-oauth-without-domain", W, Design, "OAuth flows on a pool without a domain", "The pool has no domain, so the managed login pages and the /oauth2 endpoints the OAuth flows use do not exist yet; Cognito accepts the client, but no OAuth sign-in works until a domain is added.");
        /// <summary>CGEN8008.</summary>
        public static readonly Rule UpdateResetsMember = new("CGEN8008", "update-resets-member", W, Design, "Update resets a member of the deployed client", "UpdateUserPoolClient sets every member the request leaves out to its default, so a member the deployed client has and the update does not mention is lost.");

        // 9xxx: environment.
        /// <summary>CGEN9001.</summary>
        public static readonly Rule LanguageVersion = new("CGEN9001", "language-version", E, Compatibility, "C# 9 or later is required", "The generated definitions use init-only setters, so CognitoGen generates nothing below C# 9.", SourceOnly: true);

        /// <summary>All rules, in ID order.</summary>
        public static IReadOnlyList<Rule> All { get; } = new[]
        {
            ClassNotPartial, AttributeWithoutMarker, UnsupportedTarget, DuplicateClientName, IneffectiveAttribute, SecretLiteral, NullArgument, UnknownMember, SdkNotReferenced,
            UserPoolIdFormat, ClientNameFormat, DuplicateListValues,
            OAuthFlowsEnum, OAuthFlowsMaxItems, OAuthScopeFormat, OAuthScopesMaxItems, OAuthFlowsScopesRequired, OAuthCallbackRequired,
            OAuthSettingsWithoutOAuthFlag, ClientCredentialsExclusive, ClientCredentialsRequiresSecret, ClientCredentialsCustomScopesOnly,
            OAuthScopeUnknown, OidcScopesRequireOpenId, OAuthWithoutIdentityProviders, ImplicitFlowDiscouraged, CustomScopeUnverified,
            RedirectUrlFormat, CallbackUrlsMaxItems, LogoutUrlsMaxItems, RedirectUrlHttps, RedirectUrlFragment, RedirectUrlAbsolute,
            RedirectUrlWildcard, DefaultRedirectUriInCallbacks,
            TokenValidityUnitsEnum, TokenValidityRange, TokenValidityOrder, RefreshTokenValidityZero, AuthSessionValidityRange,
            RefreshTokenRotationFeature, RefreshTokenRotationGraceRange, RefreshTokenRotationGraceWithoutRotation, TokenRevocationDisabled,
            ExplicitAuthFlowsEnum, ExplicitAuthFlowsLegacyMix, ExplicitAuthFlowsLegacyDeprecated, RefreshTokenAuthRequired,
            RefreshTokenRotationConflictsRefreshTokenAuth, RefreshTokenRotationDefaultAuthFlows, UserPasswordAuthPlaintext, ClientSecretFormat,
            ClientSecretConflictsGenerateSecret, PropagateUserContextRequiresSecret, PreventUserExistenceErrorsEnum, PreventUserExistenceLegacy,
            PreventUserExistenceErrorsDefault, UserAuthRequiresEssentials,
            AttributeNameFormat, WriteAttributesNotWritable, AttributeNameUnknown, SupportedIdpNameFormat, SupportedIdpBuiltinCasing,
            SupportedIdpUnverified, CustomAttributeUnverified, WriteAttributesIdpMapping, WriteAttributeNotReadable,
            AnalyticsApplicationIdFormat, AnalyticsArnFormat, AnalyticsConfigShape, AnalyticsRegionMismatch, AnalyticsUsEast1Fallback,
            PoolFileUnreadable, PoolScopeUndefined, PoolIdentityProviderUndefined, PoolAttributeUndefined, PoolRequiredAttributeNotWritable, PoolOAuthWithoutDomain, UpdateResetsMember,
            LanguageVersion,
        };
    }
}
