// Test-only stand-in written from ../shared/docs/aws-sdk-shapes.md; not SDK source.
#nullable disable

using Amazon.Runtime;

namespace Amazon.CognitoIdentityProvider
{
    /// <summary>
    /// Common base class of the Cognito user pool requests. It adds no members.
    /// </summary>
    public partial class AmazonCognitoIdentityProviderRequest : AmazonWebServiceRequest
    {
    }
}
