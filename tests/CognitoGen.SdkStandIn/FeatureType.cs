// Test-only stand-in written from ../shared/docs/aws-sdk-shapes.md; not SDK source.
#nullable disable

using Amazon.Runtime;

namespace Amazon.CognitoIdentityProvider
{
    /// <summary>
    /// Known wire values of FeatureType.
    /// </summary>
    public partial class FeatureType : ConstantClass
    {
        /// <summary>Wire value "DISABLED".</summary>
        public static readonly FeatureType DISABLED = new FeatureType("DISABLED");

        /// <summary>Wire value "ENABLED".</summary>
        public static readonly FeatureType ENABLED = new FeatureType("ENABLED");

        /// <summary>Wraps a wire value, including one this version does not list.</summary>
        public FeatureType(string value)
            : base(value)
        {
        }

        /// <summary>Returns the known instance for a wire value (case-insensitive), or a new one.</summary>
        public static FeatureType FindValue(string value)
        {
            return FindValue<FeatureType>(value);
        }

        /// <summary>Converts a wire string through <see cref="FindValue(string)"/>.</summary>
        public static implicit operator FeatureType(string value)
        {
            return FindValue(value);
        }
    }
}
