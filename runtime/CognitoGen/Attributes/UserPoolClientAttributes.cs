using System;
using System.Diagnostics;

// Every attribute is [Conditional] so it stays out of the user's compiled metadata: the generator reads it from source.
namespace CognitoGen
{
    /// <summary>
    /// Declares a Cognito user pool app client on a <c>partial class</c>; the generator adds a static <c>Definition</c>
    /// and, when AWSSDK.CognitoIdentityProvider is referenced, <c>ToCreateRequest</c>/<c>ToUpdateRequest</c>.
    /// Maps to <c>ClientName</c> (required; 1–128 characters of letters, digits, <c>_</c>, whitespace and <c>+ = , . @ -</c>).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class UserPoolClientAttribute : Attribute
    {
        /// <summary>Declares the client named <paramref name="clientName"/> (API <c>ClientName</c>).</summary>
        public UserPoolClientAttribute(string clientName) => ClientName = clientName;

        /// <summary>API <c>ClientName</c>: 1–128 characters matching <c>[\w\s+=,.@-]+</c>.</summary>
        public string ClientName { get; }

        /// <summary>API <c>GenerateSecret</c> (create only): Cognito generates a client secret. Not sent unless set; Cognito's default is <c>false</c>.</summary>
        public bool GenerateSecret { get; set; }
    }

    /// <summary>
    /// API <c>ClientSecret</c> (create only): the app supplies its own secret at run time, e.g. from a secret store,
    /// with <c>Definition with { ClientSecret = … }</c>. A secret is never written in source. 24–64 characters of <c>[\w+]</c>;
    /// cannot be combined with <c>GenerateSecret = true</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class CustomClientSecretAttribute : Attribute
    {
    }

    /// <summary>
    /// API <c>AccessTokenValidity</c>, <c>IdTokenValidity</c>, <c>RefreshTokenValidity</c> and <c>TokenValidityUnits</c>.
    /// Each named argument is sent only when set. Effective limits: access and ID tokens 5 minutes–1 day;
    /// refresh tokens 60 minutes–10 years (0 means Cognito's 30-day default); access and ID never longer than refresh.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class TokenValidityAttribute : Attribute
    {
        /// <summary>API <c>AccessTokenValidity</c>, in <see cref="AccessUnit"/> (default hours); raw range 1–86400.</summary>
        public int Access { get; set; }

        /// <summary>API <c>IdTokenValidity</c>, in <see cref="IdUnit"/> (default hours); raw range 1–86400.</summary>
        public int Id { get; set; }

        /// <summary>API <c>RefreshTokenValidity</c>, in <see cref="RefreshUnit"/> (default days); raw range 0–315360000.</summary>
        public int Refresh { get; set; }

        /// <summary>API <c>TokenValidityUnits.AccessToken</c>; Cognito's default is hours.</summary>
        public TimeUnit AccessUnit { get; set; }

        /// <summary>API <c>TokenValidityUnits.IdToken</c>; Cognito's default is hours.</summary>
        public TimeUnit IdUnit { get; set; }

        /// <summary>API <c>TokenValidityUnits.RefreshToken</c>; Cognito's default is days.</summary>
        public TimeUnit RefreshUnit { get; set; }
    }

    /// <summary>API <c>ReadAttributes</c>: the user attributes the client may read, in order. Each 1–2048 characters; standard names (<see cref="StandardAttribute"/>) or <c>custom:name</c>. Omitted: all attributes are readable.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class ReadAttributesAttribute : Attribute
    {
        /// <summary>Lists the readable attributes.</summary>
        public ReadAttributesAttribute(params string[] attributes) => Attributes = attributes;

        /// <summary>The attribute names, as declared.</summary>
        public string[] Attributes { get; }
    }

    /// <summary>API <c>WriteAttributes</c>: the user attributes the client may write, in order. Each 1–2048 characters; never <c>email_verified</c>, <c>phone_number_verified</c> or <c>sub</c>. Omitted: all writable attributes are writable.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class WriteAttributesAttribute : Attribute
    {
        /// <summary>Lists the writable attributes.</summary>
        public WriteAttributesAttribute(params string[] attributes) => Attributes = attributes;

        /// <summary>The attribute names, as declared.</summary>
        public string[] Attributes { get; }
    }

    /// <summary>API <c>ExplicitAuthFlows</c>, in order. Omitted: Cognito allows SRP, refresh-token and custom auth.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class ExplicitAuthFlowsAttribute : Attribute
    {
        /// <summary>Lists the allowed authentication flows.</summary>
        public ExplicitAuthFlowsAttribute(params AuthFlow[] flows) => Flows = flows;

        /// <summary>The flows, as declared.</summary>
        public AuthFlow[] Flows { get; }
    }

    /// <summary>One entry of API <c>SupportedIdentityProviders</c> (repeatable, kept in order): a built-in name (<see cref="BuiltInIdentityProvider"/>) or the name of a SAML/OIDC provider of the pool; 1–32 characters, case-sensitive.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class IdentityProviderAttribute : Attribute
    {
        /// <summary>Adds a supported identity provider.</summary>
        public IdentityProviderAttribute(string name) => Name = name;

        /// <summary>The provider name.</summary>
        public string Name { get; }
    }

    /// <summary>One entry of API <c>CallbackURLs</c> (repeatable, kept in order, at most 100): an absolute URL of 1–1024 characters, https (http only for localhost), no fragment; custom schemes such as <c>myapp://</c> are allowed.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class CallbackUrlAttribute : Attribute
    {
        /// <summary>Adds an allowed redirect (sign-in callback) URL.</summary>
        public CallbackUrlAttribute(string url) => Url = url;

        /// <summary>The URL.</summary>
        public string Url { get; }
    }

    /// <summary>One entry of API <c>LogoutURLs</c> (repeatable, kept in order, at most 100): same format rules as callback URLs.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class LogoutUrlAttribute : Attribute
    {
        /// <summary>Adds an allowed sign-out URL.</summary>
        public LogoutUrlAttribute(string url) => Url = url;

        /// <summary>The URL.</summary>
        public string Url { get; }
    }

    /// <summary>API <c>DefaultRedirectURI</c>: 1–1024 characters; must equal one of the callback URLs exactly.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class DefaultRedirectUriAttribute : Attribute
    {
        /// <summary>Sets the default redirect URI.</summary>
        public DefaultRedirectUriAttribute(string url) => Url = url;

        /// <summary>The URL.</summary>
        public string Url { get; }
    }

    /// <summary>API <c>AllowedOAuthFlows</c>, in order (at most 3). <c>client_credentials</c> cannot be combined with the others.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class AllowedOAuthFlowsAttribute : Attribute
    {
        /// <summary>Lists the allowed OAuth grants.</summary>
        public AllowedOAuthFlowsAttribute(params OAuthFlow[] flows) => Flows = flows;

        /// <summary>The flows, as declared.</summary>
        public OAuthFlow[] Flows { get; }
    }

    /// <summary>One entry of API <c>AllowedOAuthScopes</c> (repeatable, kept in order, at most 50): a standard scope (<see cref="StandardScope"/>) or a resource-server scope <c>identifier/name</c>; 1–256 printable ASCII characters without space, <c>"</c> or <c>\</c>.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class OAuthScopeAttribute : Attribute
    {
        /// <summary>Adds an allowed OAuth scope.</summary>
        public OAuthScopeAttribute(string scope) => Scope = scope;

        /// <summary>The scope.</summary>
        public string Scope { get; }
    }

    /// <summary>API <c>AllowedOAuthFlowsUserPoolClient</c>: turns the OAuth 2.0 features (flows, scopes, callback URLs) on. Cognito's default is <c>false</c>.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class EnableOAuthAttribute : Attribute
    {
        /// <summary>Sends <c>AllowedOAuthFlowsUserPoolClient</c> = <paramref name="enabled"/>.</summary>
        public EnableOAuthAttribute(bool enabled = true) => Enabled = enabled;

        /// <summary>The value sent.</summary>
        public bool Enabled { get; }
    }

    /// <summary>
    /// API <c>AnalyticsConfiguration</c> (Amazon Pinpoint). Accepted forms: <c>ApplicationArn</c> alone, or
    /// <c>ApplicationId</c> with <c>RoleArn</c> and <c>ExternalId</c>; <c>UserDataShared</c> may go with either. Each named argument is sent only when set.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class AnalyticsAttribute : Attribute
    {
        /// <summary>API <c>ApplicationArn</c>: 20–2048 characters, a Pinpoint project ARN in the pool's region.</summary>
        public string? ApplicationArn { get; set; }

        /// <summary>API <c>ApplicationId</c>: hexadecimal Pinpoint project ID.</summary>
        public string? ApplicationId { get; set; }

        /// <summary>API <c>RoleArn</c>: 20–2048 characters, an IAM role ARN Cognito assumes to publish events.</summary>
        public string? RoleArn { get; set; }

        /// <summary>API <c>ExternalId</c>: 0–131072 characters, the external ID of the role.</summary>
        public string? ExternalId { get; set; }

        /// <summary>API <c>UserDataShared</c>: include user attributes in the events.</summary>
        public bool UserDataShared { get; set; }
    }

    /// <summary>API <c>PreventUserExistenceErrors</c>: <c>true</c> sends <c>ENABLED</c> (generic errors), <c>false</c> sends <c>LEGACY</c> (reveals whether a user exists). Omitted: Cognito's default, <c>LEGACY</c>.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class PreventUserExistenceErrorsAttribute : Attribute
    {
        /// <summary>Sends <c>ENABLED</c> when <paramref name="enabled"/>, else <c>LEGACY</c>.</summary>
        public PreventUserExistenceErrorsAttribute(bool enabled = true) => Enabled = enabled;

        /// <summary>Whether <c>ENABLED</c> is sent.</summary>
        public bool Enabled { get; }
    }

    /// <summary>API <c>EnableTokenRevocation</c>: refresh tokens can be revoked. Cognito's default for new clients is <c>true</c>.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class EnableTokenRevocationAttribute : Attribute
    {
        /// <summary>Sends <c>EnableTokenRevocation</c> = <paramref name="enabled"/>.</summary>
        public EnableTokenRevocationAttribute(bool enabled = true) => Enabled = enabled;

        /// <summary>The value sent.</summary>
        public bool Enabled { get; }
    }

    /// <summary>API <c>EnablePropagateAdditionalUserContextData</c>: pass the user's IP and device data to threat protection. Needs a client secret.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class PropagateAdditionalUserContextDataAttribute : Attribute
    {
        /// <summary>Sends <c>EnablePropagateAdditionalUserContextData</c> = <paramref name="enabled"/>.</summary>
        public PropagateAdditionalUserContextDataAttribute(bool enabled = true) => Enabled = enabled;

        /// <summary>The value sent.</summary>
        public bool Enabled { get; }
    }

    /// <summary>API <c>AuthSessionValidity</c>: minutes a sign-in session token stays valid, 3–15. Cognito's default is 3.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class AuthSessionValidityAttribute : Attribute
    {
        /// <summary>Sets the session validity in minutes (3–15).</summary>
        public AuthSessionValidityAttribute(int minutes) => Minutes = minutes;

        /// <summary>The validity in minutes.</summary>
        public int Minutes { get; }
    }

    /// <summary>API <c>RefreshTokenRotation</c>: <c>Feature</c> and, when set, <c>RetryGracePeriodSeconds</c> (0–60). With rotation enabled, leave <c>ALLOW_REFRESH_TOKEN_AUTH</c> out of the auth flows.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("COGNITOGEN_KEEP_ATTRIBUTES")]
    public sealed class RefreshTokenRotationAttribute : Attribute
    {
        /// <summary>Sets <c>RefreshTokenRotation.Feature</c>.</summary>
        public RefreshTokenRotationAttribute(RefreshTokenRotationFeature feature) => Feature = feature;

        /// <summary>API <c>Feature</c>.</summary>
        public RefreshTokenRotationFeature Feature { get; }

        /// <summary>API <c>RetryGracePeriodSeconds</c>, 0–60 seconds; sent only when set.</summary>
        public int RetryGracePeriodSeconds { get; set; }
    }
}
