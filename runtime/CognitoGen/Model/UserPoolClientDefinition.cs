using System.Collections.Generic;

namespace CognitoGen
{
    /// <summary>
    /// A complete Cognito app client, member for member as in <c>CreateUserPoolClient</c>. A null member is not declared:
    /// it is not sent, so Cognito's own default applies. Enum-valued members hold the API's wire strings
    /// (see <see cref="WireValueExtensions"/>). The generator emits one per annotated class; apply values known only at
    /// run time to a copy with <c>with { … }</c>, check it with <c>Validate()</c>, then build a request.
    /// </summary>
    public sealed partial record UserPoolClientDefinition
    {
        private ValueList? _readAttributes;
        private ValueList? _writeAttributes;
        private ValueList? _explicitAuthFlows;
        private ValueList? _supportedIdentityProviders;
        private ValueList? _callbackUrls;
        private ValueList? _logoutUrls;
        private ValueList? _allowedOAuthFlows;
        private ValueList? _allowedOAuthScopes;

        /// <summary>Starts a definition of the client named <paramref name="clientName"/>.</summary>
        public UserPoolClientDefinition(string clientName) => ClientName = clientName;

        /// <summary>API <c>ClientName</c> (required): 1–128 characters matching <c>[\w\s+=,.@-]+</c>.</summary>
        public string ClientName { get; init; }

        /// <summary>API <c>GenerateSecret</c> (create only).</summary>
        public bool? GenerateSecret { get; init; }

        /// <summary>API <c>ClientSecret</c> (create only, sensitive): 24–64 characters of <c>[\w+]</c>. Only ever set at run time.
        /// An empty or whitespace-only value is not a secret: it reads back as null (not supplied), so the SDK request,
        /// the JSON and <see cref="Validate(string?, Rules.ClientOperation)"/> all treat it as missing.</summary>
        public string? ClientSecret { get => _clientSecret; init => _clientSecret = string.IsNullOrWhiteSpace(value) ? null : value; }

        private readonly string? _clientSecret;

        /// <summary>True when the declaration says the app supplies <see cref="ClientSecret"/> at run time (<see cref="CustomClientSecretAttribute"/>); requests cannot be built until it is set.</summary>
        public bool ClientSecretSuppliedAtRuntime { get; init; }

        /// <summary>API <c>RefreshTokenValidity</c>, in the refresh-token unit (default days); 0–315360000.</summary>
        public int? RefreshTokenValidity { get; init; }

        /// <summary>API <c>AccessTokenValidity</c>, in the access-token unit (default hours); 1–86400.</summary>
        public int? AccessTokenValidity { get; init; }

        /// <summary>API <c>IdTokenValidity</c>, in the ID-token unit (default hours); 1–86400.</summary>
        public int? IdTokenValidity { get; init; }

        /// <summary>API <c>TokenValidityUnits</c>.</summary>
        public TokenValidityUnits? TokenValidityUnits { get; init; }

        /// <summary>API <c>ReadAttributes</c>, in order.</summary>
        public IReadOnlyList<string>? ReadAttributes { get => _readAttributes; init => _readAttributes = ValueList.From(value); }

        /// <summary>API <c>WriteAttributes</c>, in order.</summary>
        public IReadOnlyList<string>? WriteAttributes { get => _writeAttributes; init => _writeAttributes = ValueList.From(value); }

        /// <summary>API <c>ExplicitAuthFlows</c> (wire values such as <c>ALLOW_USER_SRP_AUTH</c>), in order.</summary>
        public IReadOnlyList<string>? ExplicitAuthFlows { get => _explicitAuthFlows; init => _explicitAuthFlows = ValueList.From(value); }

        /// <summary>API <c>SupportedIdentityProviders</c>, in order.</summary>
        public IReadOnlyList<string>? SupportedIdentityProviders { get => _supportedIdentityProviders; init => _supportedIdentityProviders = ValueList.From(value); }

        /// <summary>API <c>CallbackURLs</c>, in order; at most 100.</summary>
        public IReadOnlyList<string>? CallbackURLs { get => _callbackUrls; init => _callbackUrls = ValueList.From(value); }

        /// <summary>API <c>LogoutURLs</c>, in order; at most 100.</summary>
        public IReadOnlyList<string>? LogoutURLs { get => _logoutUrls; init => _logoutUrls = ValueList.From(value); }

        /// <summary>API <c>DefaultRedirectURI</c>: one of <see cref="CallbackURLs"/>.</summary>
        public string? DefaultRedirectURI { get; init; }

        /// <summary>API <c>AllowedOAuthFlows</c> (wire values <c>code</c>, <c>implicit</c>, <c>client_credentials</c>), in order; at most 3.</summary>
        public IReadOnlyList<string>? AllowedOAuthFlows { get => _allowedOAuthFlows; init => _allowedOAuthFlows = ValueList.From(value); }

        /// <summary>API <c>AllowedOAuthScopes</c>, in order; at most 50.</summary>
        public IReadOnlyList<string>? AllowedOAuthScopes { get => _allowedOAuthScopes; init => _allowedOAuthScopes = ValueList.From(value); }

        /// <summary>API <c>AllowedOAuthFlowsUserPoolClient</c>.</summary>
        public bool? AllowedOAuthFlowsUserPoolClient { get; init; }

        /// <summary>API <c>AnalyticsConfiguration</c>.</summary>
        public AnalyticsConfiguration? AnalyticsConfiguration { get; init; }

        /// <summary>API <c>PreventUserExistenceErrors</c>: <c>ENABLED</c> or <c>LEGACY</c>.</summary>
        public string? PreventUserExistenceErrors { get; init; }

        /// <summary>API <c>EnableTokenRevocation</c>.</summary>
        public bool? EnableTokenRevocation { get; init; }

        /// <summary>API <c>EnablePropagateAdditionalUserContextData</c>.</summary>
        public bool? EnablePropagateAdditionalUserContextData { get; init; }

        /// <summary>API <c>AuthSessionValidity</c>, in minutes; 3–15.</summary>
        public int? AuthSessionValidity { get; init; }

        /// <summary>API <c>RefreshTokenRotation</c>.</summary>
        public RefreshTokenRotation? RefreshTokenRotation { get; init; }

        /// <summary>The CLI input JSON of this definition, with the client secret masked; never the secret itself.</summary>
        public override string ToString() => CliJson.Write(this, userPoolId: null, clientId: null, forUpdate: false, maskSecret: true);
    }

    /// <summary>API <c>TokenValidityUnitsType</c>: the unit of each token validity, as wire strings (<c>seconds</c>, <c>minutes</c>, <c>hours</c>, <c>days</c>).</summary>
    /// <param name="AccessToken">API <c>AccessToken</c>; Cognito's default is hours.</param>
    /// <param name="IdToken">API <c>IdToken</c>; Cognito's default is hours.</param>
    /// <param name="RefreshToken">API <c>RefreshToken</c>; Cognito's default is days.</param>
    public sealed record TokenValidityUnits(string? AccessToken = null, string? IdToken = null, string? RefreshToken = null);

    /// <summary>API <c>AnalyticsConfigurationType</c> (Amazon Pinpoint).</summary>
    /// <param name="ApplicationId">API <c>ApplicationId</c>: hexadecimal.</param>
    /// <param name="ApplicationArn">API <c>ApplicationArn</c>: 20–2048 characters.</param>
    /// <param name="RoleArn">API <c>RoleArn</c>: 20–2048 characters.</param>
    /// <param name="ExternalId">API <c>ExternalId</c>: 0–131072 characters.</param>
    /// <param name="UserDataShared">API <c>UserDataShared</c>.</param>
    public sealed record AnalyticsConfiguration(string? ApplicationId = null, string? ApplicationArn = null, string? RoleArn = null, string? ExternalId = null, bool? UserDataShared = null);

    /// <summary>API <c>RefreshTokenRotationType</c>.</summary>
    /// <param name="Feature">API <c>Feature</c> (required by the API): <c>ENABLED</c> or <c>DISABLED</c>.</param>
    /// <param name="RetryGracePeriodSeconds">API <c>RetryGracePeriodSeconds</c>: 0–60.</param>
    public sealed record RefreshTokenRotation(string? Feature = null, int? RetryGracePeriodSeconds = null);
}

namespace CognitoGen
{
    public sealed partial record UserPoolClientDefinition
    {
        /// <summary>
        /// Checks this definition with the same rules the analyzers apply at compile time. Pass the user pool ID to also
        /// check its format and the analytics region; pass <see cref="Rules.ClientOperation.Update"/> for an update request.
        /// </summary>
        public System.Collections.Generic.IReadOnlyList<Rules.RuleFinding> Validate(string? userPoolId = null, Rules.ClientOperation operation = Rules.ClientOperation.Create) =>
            Rules.ClientValidator.Validate(this, userPoolId, operation);

        /// <summary>
        /// Checks this definition against what is known about its user pool, with the same rules the analyzers apply when
        /// the project lists pool files: scopes, identity providers and custom attributes the pool does not have, OAuth
        /// without a domain, the analytics region, and for an update (with <paramref name="clientId"/>) the deployed
        /// client's secret and the members the update would reset. Unknown parts of <paramref name="pool"/> decide nothing.
        /// </summary>
        /// <param name="userPoolId">The target pool ID, or null to use the context's.</param>
        /// <param name="pool">What is known about the pool, for example from <see cref="Pool.UserPoolContextLoader.Load"/>.</param>
        /// <param name="operation">Create or update.</param>
        /// <param name="clientId">For an update: the client's ID, matched against the deployed clients in <paramref name="pool"/>.</param>
        public System.Collections.Generic.IReadOnlyList<Rules.RuleFinding> Validate(string? userPoolId, Pool.UserPoolContext pool, Rules.ClientOperation operation = Rules.ClientOperation.Create, string? clientId = null) =>
            Rules.ClientValidator.Validate(this, pool, userPoolId, operation, clientId);
    }
}
