// Test-only stand-in written from ../shared/docs/aws-sdk-shapes.md; not SDK source.
#nullable disable

using Amazon.Runtime.Internal;

namespace Amazon.CognitoIdentityProvider.Model
{
    /// <summary>
    /// Stand-in for the refresh token rotation settings of an app client.
    /// </summary>
    public partial class RefreshTokenRotationType
    {
        private FeatureType _feature;
        private int? _retryGracePeriodSeconds;

        /// <summary>
        /// The Feature member.
        /// </summary>
        [AWSProperty(Required = true)]
        public FeatureType Feature
        {
            get { return this._feature; }
            set { this._feature = value; }
        }

        /// <summary>True when Feature would be sent on the wire.</summary>
        internal bool IsSetFeature()
        {
            return this._feature != null;
        }

        /// <summary>
        /// The RetryGracePeriodSeconds member.
        /// </summary>
        [AWSProperty(Min = 0, Max = 60)]
        public int? RetryGracePeriodSeconds
        {
            get { return this._retryGracePeriodSeconds; }
            set { this._retryGracePeriodSeconds = value; }
        }

        /// <summary>True when RetryGracePeriodSeconds would be sent on the wire.</summary>
        internal bool IsSetRetryGracePeriodSeconds()
        {
            return this._retryGracePeriodSeconds.HasValue;
        }
    }
}
