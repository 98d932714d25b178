// Test-only stand-in written from ../shared/docs/aws-sdk-shapes.md; not SDK source.
#nullable disable

using Amazon.Runtime;

namespace Amazon.CognitoIdentityProvider
{
    /// <summary>
    /// Known wire values of OAuthFlowType.
    /// </summary>
    public partial class OAuthFlowType : ConstantClass
    {
        /// <summary>Wire value "client_credentials".</summary>
        public static readonly OAuthFlowType Client_credentials = new OAuthFlowType("client_credentials");

        /// <summary>Wire value "code".</summary>
        public static readonly OAuthFlowType Code = new OAuthFlowType("code");

        /// <summary>Wire value "implicit".</summary>
        public static readonly OAuthFlowType Implicit = new OAuthFlowType("implicit");

        /// <summary>Wraps a wire value, including one this version does not list.</summary>
        public OAuthFlowType(string value)
            : base(value)
        {
        }

        /// <summary>Returns the known instance for a wire value (case-insensitive), or a new one.</summary>
        public static OAuthFlowType FindValue(string value)
        {
            return FindValue<OAuthFlowType>(value);
        }

        /// <summary>Converts a wire string through <see cref="FindValue(string)"/>.</summary>
        public static implicit operator OAuthFlowType(string value)
        {
            return FindValue(value);
        }
    }
}
