// Test-only stand-in written from ../shared/docs/aws-sdk-shapes.md; not SDK source.
#nullable disable

using Amazon.Runtime;

namespace Amazon.CognitoIdentityProvider.Model
{
    /// <summary>
    /// Stand-in for the CreateUserPoolClient response.
    /// </summary>
    public partial class CreateUserPoolClientResponse : AmazonWebServiceResponse
    {
        private UserPoolClientType _userPoolClient;

        /// <summary>
        /// The UserPoolClient member.
        /// </summary>
        public UserPoolClientType UserPoolClient
        {
            get { return this._userPoolClient; }
            set { this._userPoolClient = value; }
        }

        /// <summary>True when UserPoolClient would be sent on the wire.</summary>
        internal bool IsSetUserPoolClient()
        {
            return this._userPoolClient != null;
        }
    }
}
