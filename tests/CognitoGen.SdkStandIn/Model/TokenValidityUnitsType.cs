// Test-only stand-in written from ../shared/docs/aws-sdk-shapes.md; not SDK source.
#nullable disable

namespace Amazon.CognitoIdentityProvider.Model
{
    /// <summary>
    /// Stand-in for the time units of the token validity members.
    /// </summary>
    public partial class TokenValidityUnitsType
    {
        private TimeUnitsType _accessToken;
        private TimeUnitsType _idToken;
        private TimeUnitsType _refreshToken;

        /// <summary>
        /// The AccessToken member.
        /// </summary>
        public TimeUnitsType AccessToken
        {
            get { return this._accessToken; }
            set { this._accessToken = value; }
        }

        /// <summary>True when AccessToken would be sent on the wire.</summary>
        internal bool IsSetAccessToken()
        {
            return this._accessToken != null;
        }

        /// <summary>
        /// The IdToken member.
        /// </summary>
        public TimeUnitsType IdToken
        {
            get { return this._idToken; }
            set { this._idToken = value; }
        }

        /// <summary>True when IdToken would be sent on the wire.</summary>
        internal bool IsSetIdToken()
        {
            return this._idToken != null;
        }

        /// <summary>
        /// The RefreshToken member.
        /// </summary>
        public TimeUnitsType RefreshToken
        {
            get { return this._refreshToken; }
            set { this._refreshToken = value; }
        }

        /// <summary>True when RefreshToken would be sent on the wire.</summary>
        internal bool IsSetRefreshToken()
        {
            return this._refreshToken != null;
        }
    }
}
