// Prints the CLI input JSON of the seed client, for `aws cognito-idp create-user-pool-client --cli-input-json`.
// Nothing else goes to stdout, so the output can be piped straight into the AWS CLI.
//   dotnet run --project sample/CognitoGen.Sample                          create-user-pool-client input (us-west-2_EXAMPLE)
//   dotnet run --project sample/CognitoGen.Sample -- update POOL CLIENT    update-user-pool-client input
var definition = CognitoGen.Sample.MyTestClient.Definition;
var json = args is ["update", var pool, var client]
    ? definition.ToUpdateCliInputJson(pool, client)
    : definition.ToCliInputJson("us-west-2_EXAMPLE");
System.Console.Out.Write(json);
System.Console.Out.Write('\n');
