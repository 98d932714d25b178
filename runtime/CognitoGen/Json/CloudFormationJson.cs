using System;

namespace CognitoGen
{
    public sealed partial record UserPoolClientDefinition
    {
        /// <summary>
        /// A CloudFormation template (JSON) with one <c>AWS::Cognito::UserPoolClient</c> resource for this client. The user
        /// pool ID is a template parameter, referenced with <c>Ref</c>; the client ID is an output. Property names are
        /// CloudFormation's, which match the API's; undeclared members are absent, so CloudFormation's defaults apply.
        /// </summary>
        /// <param name="logicalId">Logical ID of the resource: letters and digits only.</param>
        /// <param name="userPoolIdParameter">Name of the template parameter that takes the user pool ID.</param>
        /// <exception cref="NotSupportedException">The client has a custom secret: CloudFormation cannot set one.</exception>
        /// <exception cref="ArgumentException">A logical ID or parameter name is not alphanumeric.</exception>
        public string ToCloudFormationJson(string logicalId = "UserPoolClient", string userPoolIdParameter = "UserPoolId")
        {
            RequireAlphanumeric(logicalId, nameof(logicalId));
            RequireAlphanumeric(userPoolIdParameter, nameof(userPoolIdParameter));
            if (ClientSecret is not null || ClientSecretSuppliedAtRuntime)
            {
                throw new NotSupportedException($"App client '{ClientName}' uses a custom client secret, which AWS::Cognito::UserPoolClient cannot set; create it with the SDK or the CLI instead.");
            }

            var w = new CliJson.Writer();
            w.BeginObject();
            w.String("AWSTemplateFormatVersion", "2010-09-09");
            w.BeginObject("Parameters");
            w.BeginObject(userPoolIdParameter);
            w.String("Type", "String");
            w.String("Description", "ID of the user pool the app client belongs to, e.g. us-west-2_aBcDeF123");
            w.EndObject();
            w.EndObject();
            w.BeginObject("Resources");
            w.BeginObject(logicalId);
            w.String("Type", "AWS::Cognito::UserPoolClient");
            w.BeginObject("Properties");
            w.BeginObject("UserPoolId");
            w.String("Ref", userPoolIdParameter);
            w.EndObject();
            CliJson.Members(w, this, createOnly: true, secret: null);
            w.EndObject();
            w.EndObject();
            w.EndObject();
            w.BeginObject("Outputs");
            w.BeginObject("ClientId");
            w.BeginObject("Value");
            w.String("Ref", logicalId);
            w.EndObject();
            w.EndObject();
            w.EndObject();
            w.EndObject();
            return w.ToString();
        }

        private static void RequireAlphanumeric(string value, string name)
        {
            if (string.IsNullOrEmpty(value)) throw new ArgumentException("Must not be empty.", name);
            foreach (var c in value)
            {
                if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9')) throw new ArgumentException($"'{value}' must be alphanumeric (CloudFormation logical IDs are).", name);
            }
        }
    }
}
