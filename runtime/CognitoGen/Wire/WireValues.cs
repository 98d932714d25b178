// Shared by the runtime and (as linked source) the generator, so enum-to-wire mapping has one home.
namespace CognitoGen.Wire
{
    /// <summary>Wire strings of the closed value sets, indexed by the numeric value of the matching runtime enum.</summary>
    internal static class WireValues
    {
        /// <summary>Indexed by <c>CognitoGen.TimeUnit</c>.</summary>
        public static readonly string[] TimeUnits = { "seconds", "minutes", "hours", "days" };

        /// <summary>Indexed by <c>CognitoGen.AuthFlow</c>.</summary>
        public static readonly string[] AuthFlows =
        {
            "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH",
            "ALLOW_CUSTOM_AUTH", "ALLOW_USER_AUTH", "ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH",
        };

        /// <summary>Indexed by <c>CognitoGen.OAuthFlow</c>.</summary>
        public static readonly string[] OAuthFlows = { "code", "implicit", "client_credentials" };

        /// <summary>Indexed by <c>CognitoGen.RefreshTokenRotationFeature</c>.</summary>
        public static readonly string[] RotationFeatures = { "ENABLED", "DISABLED" };

        /// <summary>PreventUserExistenceErrors for <c>true</c> and <c>false</c>.</summary>
        public const string PreventUserExistenceEnabled = "ENABLED";

        /// <summary>PreventUserExistenceErrors for <c>false</c>.</summary>
        public const string PreventUserExistenceLegacy = "LEGACY";

        /// <summary>The wire value for <paramref name="value"/>, or null when it is outside the table (an out-of-range enum cast).</summary>
        public static string? Lookup(string[] table, long value) => value >= 0 && value < table.Length ? table[value] : null;
    }

    /// <summary>Metadata names of the attributes, for the generator and analyzers, which must not reference the runtime.</summary>
    internal static class AttributeNames
    {
        public const string Namespace = "CognitoGen";
        public const string UserPoolClient = "CognitoGen.UserPoolClientAttribute";
        public const string CustomClientSecret = "CognitoGen.CustomClientSecretAttribute";
        public const string TokenValidity = "CognitoGen.TokenValidityAttribute";
        public const string ReadAttributes = "CognitoGen.ReadAttributesAttribute";
        public const string WriteAttributes = "CognitoGen.WriteAttributesAttribute";
        public const string ExplicitAuthFlows = "CognitoGen.ExplicitAuthFlowsAttribute";
        public const string IdentityProvider = "CognitoGen.IdentityProviderAttribute";
        public const string CallbackUrl = "CognitoGen.CallbackUrlAttribute";
        public const string LogoutUrl = "CognitoGen.LogoutUrlAttribute";
        public const string DefaultRedirectUri = "CognitoGen.DefaultRedirectUriAttribute";
        public const string AllowedOAuthFlows = "CognitoGen.AllowedOAuthFlowsAttribute";
        public const string OAuthScope = "CognitoGen.OAuthScopeAttribute";
        public const string EnableOAuth = "CognitoGen.EnableOAuthAttribute";
        public const string Analytics = "CognitoGen.AnalyticsAttribute";
        public const string PreventUserExistenceErrors = "CognitoGen.PreventUserExistenceErrorsAttribute";
        public const string EnableTokenRevocation = "CognitoGen.EnableTokenRevocationAttribute";
        public const string PropagateAdditionalUserContextData = "CognitoGen.PropagateAdditionalUserContextDataAttribute";
        public const string AuthSessionValidity = "CognitoGen.AuthSessionValidityAttribute";
        public const string RefreshTokenRotation = "CognitoGen.RefreshTokenRotationAttribute";
        public const string Definition = "CognitoGen.UserPoolClientDefinition";
    }
}
