// Test-only stand-in written from ../shared/docs/aws-sdk-shapes.md; not SDK source.
#nullable disable

using Amazon.Runtime.Internal;

namespace Amazon.CognitoIdentityProvider.Model
{
    /// <summary>
    /// Stand-in for the Amazon Pinpoint analytics settings of an app client.
    /// </summary>
    public partial class AnalyticsConfigurationType
    {
        private string _applicationArn;
        private string _applicationId;
        private string _externalId;
        private string _roleArn;
        private bool? _userDataShared;

        /// <summary>
        /// The ApplicationArn member.
        /// </summary>
        [AWSProperty(Min = 20, Max = 2048)]
        public string ApplicationArn
        {
            get { return this._applicationArn; }
            set { this._applicationArn = value; }
        }

        /// <summary>True when ApplicationArn would be sent on the wire.</summary>
        internal bool IsSetApplicationArn()
        {
            return this._applicationArn != null;
        }

        /// <summary>
        /// The ApplicationId member.
        /// </summary>
        public string ApplicationId
        {
            get { return this._applicationId; }
            set { this._applicationId = value; }
        }

        /// <summary>True when ApplicationId would be sent on the wire.</summary>
        internal bool IsSetApplicationId()
        {
            return this._applicationId != null;
        }

        /// <summary>
        /// The ExternalId member.
        /// </summary>
        [AWSProperty(Min = 0, Max = 131072)]
        public string ExternalId
        {
            get { return this._externalId; }
            set { this._externalId = value; }
        }

        /// <summary>True when ExternalId would be sent on the wire.</summary>
        internal bool IsSetExternalId()
        {
            return this._externalId != null;
        }

        /// <summary>
        /// The RoleArn member.
        /// </summary>
        [AWSProperty(Min = 20, Max = 2048)]
        public string RoleArn
        {
            get { return this._roleArn; }
            set { this._roleArn = value; }
        }

        /// <summary>True when RoleArn would be sent on the wire.</summary>
        internal bool IsSetRoleArn()
        {
            return this._roleArn != null;
        }

        /// <summary>
        /// The UserDataShared member.
        /// </summary>
        public bool? UserDataShared
        {
            get { return this._userDataShared; }
            set { this._userDataShared = value; }
        }

        /// <summary>True when UserDataShared would be sent on the wire.</summary>
        internal bool IsSetUserDataShared()
        {
            return this._userDataShared.HasValue;
        }
    }
}
