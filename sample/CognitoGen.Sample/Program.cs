// Prints the CLI input JSON of the seed client, for `aws cognito-idp create-user-pool-client --cli-input-json`.
// Nothing else goes to stdout, so the output can be piped straight into the AWS CLI.
System.Console.Out.Write(CognitoGen.Sample.MyTestClient.Definition.ToCliInputJson("us-west-2_EXAMPLE"));
System.Console.Out.Write('\n');
