namespace CognitoGen
{
    /// <summary>The standard OAuth scopes of <c>AllowedOAuthScopes</c>. Resource-server scopes are written <c>"identifier/scope"</c>.</summary>
    public static class StandardScope
    {
        /// <summary><c>openid</c>: required for an ID token; <c>email</c>, <c>phone</c> and <c>profile</c> only work with it.</summary>
        public const string OpenId = "openid";
        /// <summary><c>email</c>.</summary>
        public const string Email = "email";
        /// <summary><c>phone</c>.</summary>
        public const string Phone = "phone";
        /// <summary><c>profile</c>.</summary>
        public const string Profile = "profile";
        /// <summary><c>aws.cognito.signin.user.admin</c>: lets the access token call the user-pool self-service APIs.</summary>
        public const string CognitoAdmin = "aws.cognito.signin.user.admin";

        /// <summary>All five standard scopes.</summary>
        public static System.Collections.Generic.IReadOnlyList<string> All { get; } = new[] { OpenId, Email, Phone, Profile, CognitoAdmin };
    }

    /// <summary>The standard user attributes of <c>ReadAttributes</c> and <c>WriteAttributes</c>. Custom attributes are written <c>"custom:name"</c>.</summary>
    public static class StandardAttribute
    {
        /// <summary><c>address</c>.</summary>
        public const string Address = "address";
        /// <summary><c>birthdate</c>.</summary>
        public const string Birthdate = "birthdate";
        /// <summary><c>email</c>.</summary>
        public const string Email = "email";
        /// <summary><c>email_verified</c> (readable; no client may write it).</summary>
        public const string EmailVerified = "email_verified";
        /// <summary><c>family_name</c>.</summary>
        public const string FamilyName = "family_name";
        /// <summary><c>gender</c>.</summary>
        public const string Gender = "gender";
        /// <summary><c>given_name</c>.</summary>
        public const string GivenName = "given_name";
        /// <summary><c>locale</c>.</summary>
        public const string Locale = "locale";
        /// <summary><c>middle_name</c>.</summary>
        public const string MiddleName = "middle_name";
        /// <summary><c>name</c>.</summary>
        public const string Name = "name";
        /// <summary><c>nickname</c>.</summary>
        public const string Nickname = "nickname";
        /// <summary><c>phone_number</c>.</summary>
        public const string PhoneNumber = "phone_number";
        /// <summary><c>phone_number_verified</c> (readable; no client may write it).</summary>
        public const string PhoneNumberVerified = "phone_number_verified";
        /// <summary><c>picture</c>.</summary>
        public const string Picture = "picture";
        /// <summary><c>preferred_username</c>.</summary>
        public const string PreferredUsername = "preferred_username";
        /// <summary><c>profile</c>.</summary>
        public const string Profile = "profile";
        /// <summary><c>sub</c> (readable; no client may write it).</summary>
        public const string Sub = "sub";
        /// <summary><c>updated_at</c>.</summary>
        public const string UpdatedAt = "updated_at";
        /// <summary><c>website</c>.</summary>
        public const string Website = "website";
        /// <summary><c>zoneinfo</c>.</summary>
        public const string ZoneInfo = "zoneinfo";

        /// <summary>Prefix of a custom attribute: <c>StandardAttribute.CustomPrefix + "tier"</c> is <c>"custom:tier"</c>, a constant usable in attributes.</summary>
        public const string CustomPrefix = "custom:";
        /// <summary>Prefix of a developer-only custom attribute, <c>"dev:custom:name"</c>.</summary>
        public const string DeveloperOnlyPrefix = "dev:custom:";

        /// <summary>All twenty standard attributes.</summary>
        public static System.Collections.Generic.IReadOnlyList<string> All { get; } = new[]
        {
            Address, Birthdate, Email, EmailVerified, FamilyName, Gender, GivenName, Locale, MiddleName, Name, Nickname,
            PhoneNumber, PhoneNumberVerified, Picture, PreferredUsername, Profile, Sub, UpdatedAt, Website, ZoneInfo,
        };
    }

    /// <summary>The built-in identity providers of <c>SupportedIdentityProviders</c>. SAML and OIDC providers use the name they have in the pool. Names are case-sensitive.</summary>
    public static class BuiltInIdentityProvider
    {
        /// <summary><c>COGNITO</c>: the user pool's own directory.</summary>
        public const string Cognito = "COGNITO";
        /// <summary><c>Facebook</c>.</summary>
        public const string Facebook = "Facebook";
        /// <summary><c>Google</c>.</summary>
        public const string Google = "Google";
        /// <summary><c>SignInWithApple</c>.</summary>
        public const string SignInWithApple = "SignInWithApple";
        /// <summary><c>LoginWithAmazon</c>.</summary>
        public const string LoginWithAmazon = "LoginWithAmazon";

        /// <summary>All five built-in providers.</summary>
        public static System.Collections.Generic.IReadOnlyList<string> All { get; } = new[] { Cognito, Facebook, Google, SignInWithApple, LoginWithAmazon };
    }
}
