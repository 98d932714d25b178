// Test-only stand-in written from ../shared/docs/aws-sdk-shapes.md; not SDK source.
#nullable disable

using Amazon.Runtime;

namespace Amazon.CognitoIdentityProvider
{
    /// <summary>
    /// Known wire values of ExplicitAuthFlowsType.
    /// </summary>
    public partial class ExplicitAuthFlowsType : ConstantClass
    {
        /// <summary>Wire value "ADMIN_NO_SRP_AUTH".</summary>
        public static readonly ExplicitAuthFlowsType ADMIN_NO_SRP_AUTH = new ExplicitAuthFlowsType("ADMIN_NO_SRP_AUTH");

        /// <summary>Wire value "ALLOW_ADMIN_USER_PASSWORD_AUTH".</summary>
        public static readonly ExplicitAuthFlowsType ALLOW_ADMIN_USER_PASSWORD_AUTH = new ExplicitAuthFlowsType("ALLOW_ADMIN_USER_PASSWORD_AUTH");

        /// <summary>Wire value "ALLOW_CUSTOM_AUTH".</summary>
        public static readonly ExplicitAuthFlowsType ALLOW_CUSTOM_AUTH = new ExplicitAuthFlowsType("ALLOW_CUSTOM_AUTH");

        /// <summary>Wire value "ALLOW_REFRESH_TOKEN_AUTH".</summary>
        public static readonly ExplicitAuthFlowsType ALLOW_REFRESH_TOKEN_AUTH = new ExplicitAuthFlowsType("ALLOW_REFRESH_TOKEN_AUTH");

        /// <summary>Wire value "ALLOW_USER_AUTH".</summary>
        public static readonly ExplicitAuthFlowsType ALLOW_USER_AUTH = new ExplicitAuthFlowsType("ALLOW_USER_AUTH");

        /// <summary>Wire value "ALLOW_USER_PASSWORD_AUTH".</summary>
        public static readonly ExplicitAuthFlowsType ALLOW_USER_PASSWORD_AUTH = new ExplicitAuthFlowsType("ALLOW_USER_PASSWORD_AUTH");

        /// <summary>Wire value "ALLOW_USER_SRP_AUTH".</summary>
        public static readonly ExplicitAuthFlowsType ALLOW_USER_SRP_AUTH = new ExplicitAuthFlowsType("ALLOW_USER_SRP_AUTH");

        /// <summary>Wire value "CUSTOM_AUTH_FLOW_ONLY".</summary>
        public static readonly ExplicitAuthFlowsType CUSTOM_AUTH_FLOW_ONLY = new ExplicitAuthFlowsType("CUSTOM_AUTH_FLOW_ONLY");

        /// <summary>Wire value "USER_PASSWORD_AUTH".</summary>
        public static readonly ExplicitAuthFlowsType USER_PASSWORD_AUTH = new ExplicitAuthFlowsType("USER_PASSWORD_AUTH");

        /// <summary>Wraps a wire value, including one this version does not list.</summary>
        public ExplicitAuthFlowsType(string value)
            : base(value)
        {
        }

        /// <summary>Returns the known instance for a wire value (case-insensitive), or a new one.</summary>
        public static ExplicitAuthFlowsType FindValue(string value)
        {
            return FindValue<ExplicitAuthFlowsType>(value);
        }

        /// <summary>Converts a wire string through <see cref="FindValue(string)"/>.</summary>
        public static implicit operator ExplicitAuthFlowsType(string value)
        {
            return FindValue(value);
        }
    }
}
