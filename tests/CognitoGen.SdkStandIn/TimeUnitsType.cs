// Test-only stand-in written from ../shared/docs/aws-sdk-shapes.md; not SDK source.
#nullable disable

using Amazon.Runtime;

namespace Amazon.CognitoIdentityProvider
{
    /// <summary>
    /// Known wire values of TimeUnitsType.
    /// </summary>
    public partial class TimeUnitsType : ConstantClass
    {
        /// <summary>Wire value "days".</summary>
        public static readonly TimeUnitsType Days = new TimeUnitsType("days");

        /// <summary>Wire value "hours".</summary>
        public static readonly TimeUnitsType Hours = new TimeUnitsType("hours");

        /// <summary>Wire value "minutes".</summary>
        public static readonly TimeUnitsType Minutes = new TimeUnitsType("minutes");

        /// <summary>Wire value "seconds".</summary>
        public static readonly TimeUnitsType Seconds = new TimeUnitsType("seconds");

        /// <summary>Wraps a wire value, including one this version does not list.</summary>
        public TimeUnitsType(string value)
            : base(value)
        {
        }

        /// <summary>Returns the known instance for a wire value (case-insensitive), or a new one.</summary>
        public static TimeUnitsType FindValue(string value)
        {
            return FindValue<TimeUnitsType>(value);
        }

        /// <summary>Converts a wire string through <see cref="FindValue(string)"/>.</summary>
        public static implicit operator TimeUnitsType(string value)
        {
            return FindValue(value);
        }
    }
}
