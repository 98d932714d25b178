// Test-only stand-in written from ../shared/docs/aws-sdk-shapes.md; not SDK source.
#nullable disable

using Amazon.Runtime;

namespace Amazon.CognitoIdentityProvider
{
    /// <summary>
    /// Known wire values of PreventUserExistenceErrorTypes.
    /// </summary>
    public partial class PreventUserExistenceErrorTypes : ConstantClass
    {
        /// <summary>Wire value "ENABLED".</summary>
        public static readonly PreventUserExistenceErrorTypes ENABLED = new PreventUserExistenceErrorTypes("ENABLED");

        /// <summary>Wire value "LEGACY".</summary>
        public static readonly PreventUserExistenceErrorTypes LEGACY = new PreventUserExistenceErrorTypes("LEGACY");

        /// <summary>Wraps a wire value, including one this version does not list.</summary>
        public PreventUserExistenceErrorTypes(string value)
            : base(value)
        {
        }

        /// <summary>Returns the known instance for a wire value (case-insensitive), or a new one.</summary>
        public static PreventUserExistenceErrorTypes FindValue(string value)
        {
            return FindValue<PreventUserExistenceErrorTypes>(value);
        }

        /// <summary>Converts a wire string through <see cref="FindValue(string)"/>.</summary>
        public static implicit operator PreventUserExistenceErrorTypes(string value)
        {
            return FindValue(value);
        }
    }
}
