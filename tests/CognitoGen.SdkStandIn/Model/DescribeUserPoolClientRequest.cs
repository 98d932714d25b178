// Test-only stand-in written from ../shared/docs/aws-sdk-shapes.md; not SDK source.
#nullable disable

using Amazon.Runtime.Internal;

namespace Amazon.CognitoIdentityProvider.Model
{
    /// <summary>
    /// Stand-in for the DescribeUserPoolClient request.
    /// </summary>
    public partial class DescribeUserPoolClientRequest : AmazonCognitoIdentityProviderRequest
    {
        private string _clientId;
        private string _userPoolId;

        /// <summary>
        /// The ClientId member.
        /// </summary>
        [AWSProperty(Required = true, Sensitive = true, Min = 1, Max = 128)]
        public string ClientId
        {
            get { return this._clientId; }
            set { this._clientId = value; }
        }

        /// <summary>True when ClientId would be sent on the wire.</summary>
        internal bool IsSetClientId()
        {
            return this._clientId != null;
        }

        /// <summary>
        /// The UserPoolId member.
        /// </summary>
        [AWSProperty(Required = true, Min = 1, Max = 55)]
        public string UserPoolId
        {
            get { return this._userPoolId; }
            set { this._userPoolId = value; }
        }

        /// <summary>True when UserPoolId would be sent on the wire.</summary>
        internal bool IsSetUserPoolId()
        {
            return this._userPoolId != null;
        }
    }
}
