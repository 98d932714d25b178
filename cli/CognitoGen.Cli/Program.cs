// Entry point only; the commands live in CommandLine and ValidateCommand, which the tests call directly.
return CognitoGen.Cli.CommandLine.Run(args, System.Console.Out, System.Console.Error);
