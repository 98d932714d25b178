using System.Diagnostics;
using System.Text;
using CognitoGen.Cli;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Cli;

/// <summary>`cognitogen validate`: exact output lines and exit codes, run in process through CommandLine.Run.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private const string Valid = """{ "UserPoolId": "us-east-1_abc", "ClientName": "web", "PreventUserExistenceErrors": "ENABLED" }""";
    private const string WarningOnly = """{ "UserPoolId": "us-east-1_abc", "ClientName": "web", "PreventUserExistenceErrors": "ENABLED", "EnableTokenRevocation": false }""";
    private const string WithError = """
        {
            "UserPoolId": "us-east-1_abc",
            "ClientName": "web",
            "PreventUserExistenceErrors": "ENABLED",
            "AllowedOAuthFlows": ["token"]
        }
        """;

    private const string WarningLine = ": warning CGEN4009 token-revocation-disabled: EnableTokenRevocation is false: refresh tokens cannot be revoked on sign-out or compromise (rotation does not replace revocation). Cognito accepts it; leave revocation on.";
    private const string ErrorLines =
        ": error CGEN2001 oauth-flows-enum: AllowedOAuthFlows value 'token' is not an OAuth flow: Cognito answers InvalidParameterException (Value '[token]' at 'allowedOAuthFlows' failed to satisfy constraint: Member must satisfy enum value set: [implicit, client_credentials, code]).\n" +
        "{0}: warning CGEN2007 oauth-settings-without-oauth-flag: AllowedOAuthFlowsUserPoolClient is not set, so AllowedOAuthFlows stay inactive: Cognito accepts the request, but the OAuth features are off until the flag is true.";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("cognitogen-cli-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void A_valid_file_prints_nothing_and_exits_0()
    {
        var file = Write("valid.json", Valid);

        AssertRun(new[] { "validate", file }, 0, "");
    }

    [Fact]
    public void A_warning_alone_exits_0()
    {
        var file = Write("warning.json", WarningOnly);

        AssertRun(new[] { "validate", file }, 0, file + WarningLine + "\n");
    }

    [Fact]
    public void An_error_finding_exits_1()
    {
        var file = Write("error.json", WithError);

        AssertRun(new[] { "validate", file }, 1, file + string.Format(ErrorLines, file) + "\n");
    }

    [Fact]
    public void An_update_with_client_credentials_and_no_GenerateSecret_is_not_a_CGEN2009_error()
    {
        // An update cannot carry GenerateSecret: the deployed client's secret is unknown, so no CGEN2009.
        var update = Write("update.json", """
            {
                "UserPoolId": "us-east-1_abc",
                "ClientId": "1example23456789",
                "ClientName": "m2m",
                "PreventUserExistenceErrors": "ENABLED",
                "AllowedOAuthFlowsUserPoolClient": true,
                "AllowedOAuthFlows": ["client_credentials"],
                "AllowedOAuthScopes": ["rs/read"]
            }
            """);
        var create = Write("create.json", """
            {
                "UserPoolId": "us-east-1_abc",
                "ClientName": "m2m",
                "PreventUserExistenceErrors": "ENABLED",
                "AllowedOAuthFlowsUserPoolClient": true,
                "AllowedOAuthFlows": ["client_credentials"],
                "AllowedOAuthScopes": ["rs/read"]
            }
            """);

        const string ScopeInfo = ": info CGEN2015 custom-scope-unverified: Custom scope 'rs/read' must be defined on a resource server of the pool, or Cognito answers ScopeDoesNotExistException: Invalid scope requested: rs/read.\n";
        AssertRun(new[] { "validate", update }, 0, update + ScopeInfo);
        AssertRun(new[] { "validate", create }, 1, create + ScopeInfo + create + ": error CGEN2009 client-credentials-requires-secret: client_credentials is allowed but the client has no secret (GenerateSecret is not true and no custom secret is declared): Cognito answers InvalidOAuthFlowException: client_credentials flow can not be selected if client does not have a client secret.\n");
    }

    [Fact]
    public void A_missing_file_is_one_line_and_exits_2()
    {
        var file = Path.Combine(_directory.FullName, "absent.json");

        AssertRun(new[] { "validate", file }, 2, file + ": error: no such file\n");
    }

    [Fact]
    public void Malformed_JSON_is_one_line_and_exits_2()
    {
        var syntax = Write("syntax.json", "{\n  \"ClientName\": \"web\",\n  \"AllowedOAuthFlows\": [\"code\" 3]\n}");
        var types = Write("types.json", "{\n  \"ClientName\": \"web\",\n  \"AllowedOAuthFlows\": [\"code\", 3]\n}");

        AssertRun(new[] { "validate", syntax }, 2, syntax + ": error: invalid JSON at line 3, column 32: '3' is invalid after a value. Expected either ',', '}', or ']'.\n");
        AssertRun(new[] { "validate", types }, 2, types + ": error: AllowedOAuthFlows[1]: expected a string, got number 3 (line 3, column 33)\n");
    }

    [Fact]
    public void Several_files_report_in_order_and_the_worst_exit_code_wins()
    {
        var valid = Write("a.json", Valid);
        var error = Write("b.json", WithError);
        var missing = Path.Combine(_directory.FullName, "c.json");
        var warning = Write("d.json", WarningOnly);

        AssertRun(new[] { "validate", valid, error, missing, warning }, 2,
            error + string.Format(ErrorLines, error) + "\n" +
            missing + ": error: no such file\n" +
            warning + WarningLine + "\n");
        AssertRun(new[] { "validate", warning, error, valid }, 1,
            warning + WarningLine + "\n" + error + string.Format(ErrorLines, error) + "\n");
    }

    [Fact]
    public void The_file_is_printed_exactly_as_given()
    {
        Write("as-given.json", WarningOnly);
        var asGiven = _directory.FullName + "/./as-given.json";

        AssertRun(new[] { "validate", asGiven }, 0, asGiven + WarningLine + "\n");
    }

    [Fact]
    public void Update_input_and_describe_output_are_validated_as_their_operation()
    {
        // The same client, as update input (ClientId) and as create input: the update is checked as an update, so the
        // create-only secret rule stays silent (the client may already have a secret) and the message says "updating".
        const string Client = "\"UserPoolId\": \"us-east-1_abc\", \"ClientName\": \"web\", \"PreventUserExistenceErrors\": \"ENABLED\", \"WriteAttributes\": [\"sub\"], \"EnablePropagateAdditionalUserContextData\": true";
        var update = Write("update.json", "{ \"ClientId\": \"c1\", " + Client + " }");
        var create = Write("create.json", "{ " + Client + " }");
        const string NotWritable = ": error CGEN6002 write-attributes-not-writable: WriteAttributes contains 'sub', which no app client may write: Cognito answers InvalidParameterException: Invalid write attributes specified while {0} a client.\n";
        AssertRun(new[] { "validate", update, create }, 1,
            update + string.Format(NotWritable, "updating") +
            create + string.Format(NotWritable, "creating") +
            create + ": error CGEN5010 propagate-user-context-requires-secret: EnablePropagateAdditionalUserContextData is true but the client has no secret: Cognito answers InvalidParameterException: Client Secret is required to set EnablePropagateAdditionalUserContextData as true.\n");

        // The seed's own describe output is valid: the service-linked RoleArn Cognito echoes beside ApplicationArn is not
        // a second analytics form; the two security warnings are the ones the sample suppresses.
        var stdout = new StringWriter();
        var exit = CommandLine.Run(new[] { "validate", RepoFiles.Path("tests", "CognitoGen.Tests", "Cli", "seed-describe-output.json") }, stdout, new StringWriter());
        var ids = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[2]).ToList();
        Assert.Equal(0, exit);
        Assert.Contains("CGEN5007", ids);
        Assert.Contains("CGEN2014", ids);
        Assert.DoesNotContain("CGEN7003", ids);
    }

    [Fact]
    public void Unreadable_files_are_one_line_and_exit_2()
    {
        var directory = _directory.FullName;
        var latin1 = Path.Combine(directory, "latin1.json");
        File.WriteAllBytes(latin1, Encoding.Latin1.GetBytes("{\"ClientName\": \"caf\u00e9\"}"));
        var utf16 = Path.Combine(directory, "utf16.json");
        File.WriteAllText(utf16, Valid, Encoding.Unicode);

        AssertRun(new[] { "validate", directory }, 2, directory + ": error: is a directory, not a file\n");
        AssertRun(new[] { "validate", latin1 }, 2, latin1 + ": error: the file is not valid UTF-8 (byte 0xE9 at offset 19)\n");
        AssertRun(new[] { "validate", utf16 }, 2, utf16 + ": error: the file starts with a UTF-16 byte order mark; save it as UTF-8\n");
        AssertRun(new[] { "validate", "" }, 2, ": error: empty file name\n");
    }

    [Fact]
    public void A_byte_order_mark_and_an_oversized_file_are_refused_with_one_line()
    {
        var bom = Path.Combine(_directory.FullName, "bom.json");
        File.WriteAllText(bom, WarningOnly, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        AssertRun(new[] { "validate", bom }, 2, bom + ": error: the file starts with a UTF-8 byte order mark, which the AWS CLI refuses in JSON input; save it as UTF-8 without one\n");

        var big = Path.Combine(_directory.FullName, "big.json");
        File.WriteAllText(big, "{\"ClientName\": \"" + new string('a', (int)ValidateCommand.MaxFileBytes) + "\"}");
        AssertRun(new[] { "validate", big }, 2, big + $": error: the file has {new FileInfo(big).Length} bytes, more than the 4 MiB cap for app client JSON\n");
    }

    [Fact]
    public void Findings_quoting_control_characters_stay_on_one_line()
    {
        var file = Write("newline.json", """{ "ClientName": "web", "PreventUserExistenceErrors": "ENABLED", "CallbackURLs": ["https://a.example/\ncb"] }""");

        var stdout = new StringWriter();
        Assert.Equal(1, CommandLine.Run(new[] { "validate", file }, stdout, new StringWriter()));
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(UserPoolClientDefinition.FromJson(File.ReadAllText(file)).Validate().Count, lines.Length);
        Assert.Contains(lines, line => line.StartsWith(file + ": error CGEN3001 redirect-url-format: CallbackURLs value 'https://a.example/\\u000acb' is invalid", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_usage_and_command_line_errors()
    {
        AssertRun(new[] { "--help" }, 0, CommandLine.Help);
        AssertRun(new[] { "validate", "--help" }, 0, CommandLine.Help);
        AssertRun(Array.Empty<string>(), 2, "", CommandLine.Help);
        AssertRun(new[] { "check", "x.json" }, 2, "", "cognitogen: unknown command 'check'\n" + CommandLine.UsageLine + "\n");
        AssertRun(new[] { "--verbose" }, 2, "", "cognitogen: unknown option '--verbose'\n" + CommandLine.UsageLine + "\n");
        AssertRun(new[] { "validate" }, 2, "", "cognitogen: validate: no files given\n" + CommandLine.UsageLine + "\n");
        AssertRun(new[] { "validate", "-x", "a.json" }, 2, "", "cognitogen: validate: unknown option '-x' (use -- before a file name that starts with -)\n" + CommandLine.UsageLine + "\n");
        AssertRun(new[] { "validate", "-" }, 2, "", "cognitogen: validate: reading standard input is not supported; save the JSON to a file\n" + CommandLine.UsageLine + "\n");
        Assert.StartsWith("usage: cognitogen validate [--pool PATH]... FILE...", CommandLine.Help);
    }

    [Fact]
    public void A_file_name_starting_with_a_dash_follows_two_dashes()
    {
        // Relative to the current directory, where no such file exists: what matters is that it is taken as a file.
        AssertRun(new[] { "validate", "--", "-absent-cognitogen.json" }, 2, "-absent-cognitogen.json: error: no such file\n");
    }

    [Fact]
    public void The_built_tool_runs_on_this_runtime_and_prints_no_stack_trace()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "CognitoGen.Cli.dll");
        var bad = Write("bad.json", "{\"ClientName\": ");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { tool, "validate", bad, Path.Combine(_directory.FullName, "absent.json") }) start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal("", stderr);
        Assert.Equal(2, process.ExitCode);
        Assert.Equal(
            bad + ": error: invalid JSON at line 1, column 16: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.\n" +
            Path.Combine(_directory.FullName, "absent.json") + ": error: no such file\n",
            stdout);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static void AssertRun(string[] args, int exit, string stdout, string stderr = "")
    {
        var outWriter = new StringWriter { NewLine = "\n" };
        var errWriter = new StringWriter { NewLine = "\n" };

        var actual = CommandLine.Run(args, outWriter, errWriter);

        Assert.Equal(stdout, outWriter.ToString());
        Assert.Equal(stderr, errWriter.ToString());
        Assert.Equal(exit, actual);
    }
}
