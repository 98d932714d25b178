namespace CognitoGen
{
    /// <summary>Unit of a token validity (API: <c>TokenValidityUnitsType</c>, wire values <c>seconds</c>, <c>minutes</c>, <c>hours</c>, <c>days</c>).</summary>
    public enum TimeUnit
    {
        /// <summary><c>seconds</c>.</summary>
        Seconds = 0,
        /// <summary><c>minutes</c>.</summary>
        Minutes = 1,
        /// <summary><c>hours</c> (Cognito's default for access and ID tokens).</summary>
        Hours = 2,
        /// <summary><c>days</c> (Cognito's default for refresh tokens).</summary>
        Days = 3,
    }

    /// <summary>An authentication flow of <c>ExplicitAuthFlows</c>. The <c>Allow…</c> values are current; the last three are legacy names that cannot be mixed with them.</summary>
    public enum AuthFlow
    {
        /// <summary><c>ALLOW_USER_SRP_AUTH</c>: secure remote password sign-in.</summary>
        AllowUserSrpAuth = 0,
        /// <summary><c>ALLOW_REFRESH_TOKEN_AUTH</c>: refresh tokens; Cognito requires it unless refresh-token rotation is enabled.</summary>
        AllowRefreshTokenAuth = 1,
        /// <summary><c>ALLOW_USER_PASSWORD_AUTH</c>: the app sends the plaintext password to Cognito.</summary>
        AllowUserPasswordAuth = 2,
        /// <summary><c>ALLOW_ADMIN_USER_PASSWORD_AUTH</c>: server-side password sign-in with IAM credentials.</summary>
        AllowAdminUserPasswordAuth = 3,
        /// <summary><c>ALLOW_CUSTOM_AUTH</c>: Lambda-driven custom challenges.</summary>
        AllowCustomAuth = 4,
        /// <summary><c>ALLOW_USER_AUTH</c>: choice-based sign-in (passkeys, one-time codes); needs the Essentials tier or higher.</summary>
        AllowUserAuth = 5,
        /// <summary>Legacy <c>ADMIN_NO_SRP_AUTH</c>; deprecated.</summary>
        AdminNoSrpAuth = 6,
        /// <summary>Legacy <c>CUSTOM_AUTH_FLOW_ONLY</c>; deprecated.</summary>
        CustomAuthFlowOnly = 7,
        /// <summary>Legacy <c>USER_PASSWORD_AUTH</c>; deprecated.</summary>
        UserPasswordAuth = 8,
    }

    /// <summary>An OAuth 2.0 grant of <c>AllowedOAuthFlows</c>.</summary>
    public enum OAuthFlow
    {
        /// <summary><c>code</c>: authorization code grant (use with PKCE).</summary>
        Code = 0,
        /// <summary><c>implicit</c>: tokens returned in the browser URL; discouraged.</summary>
        Implicit = 1,
        /// <summary><c>client_credentials</c>: machine-to-machine; needs a client secret and custom scopes only.</summary>
        ClientCredentials = 2,
    }

    /// <summary>State of refresh-token rotation (API: <c>RefreshTokenRotationType.Feature</c>).</summary>
    public enum RefreshTokenRotationFeature
    {
        /// <summary><c>ENABLED</c>.</summary>
        Enabled = 0,
        /// <summary><c>DISABLED</c>.</summary>
        Disabled = 1,
    }

    /// <summary>Wire values of the enums, as the API and the AWS CLI spell them.</summary>
    public static class WireValueExtensions
    {
        /// <summary>The API value of a time unit, e.g. <c>minutes</c>.</summary>
        public static string ToWireValue(this TimeUnit value) => Wire.WireValues.Lookup(Wire.WireValues.TimeUnits, (int)value) ?? ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The API value of an auth flow, e.g. <c>ALLOW_USER_SRP_AUTH</c>.</summary>
        public static string ToWireValue(this AuthFlow value) => Wire.WireValues.Lookup(Wire.WireValues.AuthFlows, (int)value) ?? ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The API value of an OAuth flow, e.g. <c>client_credentials</c>.</summary>
        public static string ToWireValue(this OAuthFlow value) => Wire.WireValues.Lookup(Wire.WireValues.OAuthFlows, (int)value) ?? ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The API value of a rotation feature state, <c>ENABLED</c> or <c>DISABLED</c>.</summary>
        public static string ToWireValue(this RefreshTokenRotationFeature value) => Wire.WireValues.Lookup(Wire.WireValues.RotationFeatures, (int)value) ?? ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
