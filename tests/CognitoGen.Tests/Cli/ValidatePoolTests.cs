using CognitoGen.Cli;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Cli;

/// <summary>
/// `cognitogen validate --pool PATH… FILE…`: the same findings with the pool known, the pool files' problems as CGEN8001
/// lines, and the update story of CGEN2009 and CGEN8008. Exact output lines and exit codes, run in process.
/// </summary>
public sealed class ValidatePoolTests : IDisposable
{
    private static readonly string Samples = RepoFiles.Path("tests", "CognitoGen.Tests", "Pool", "Samples");

    /// <summary>A web client that uses only names the sample pool has (us-west-2_AbCdEf123, tests/CognitoGen.Tests/Pool/Samples).</summary>
    private const string InPool = """
        {
            "UserPoolId": "us-west-2_AbCdEf123",
            "ClientName": "web",
            "PreventUserExistenceErrors": "ENABLED",
            "AllowedOAuthFlowsUserPoolClient": true,
            "AllowedOAuthFlows": ["code"],
            "CallbackURLs": ["https://app.example.com/cb"],
            "AllowedOAuthScopes": ["openid", "solar-system-data/asteroids.add"],
            "SupportedIdentityProviders": ["COGNITO", "Google", "MyOIDC"],
            "ReadAttributes": ["email", "custom:tier"],
            "WriteAttributes": ["email", "custom:tier"]
        }
        """;

    /// <summary>The same client with one typo each in a scope, an identity provider and a custom attribute.</summary>
    private const string Typos = """
        {
            "UserPoolId": "us-west-2_AbCdEf123",
            "ClientName": "web",
            "PreventUserExistenceErrors": "ENABLED",
            "AllowedOAuthFlowsUserPoolClient": true,
            "AllowedOAuthFlows": ["code"],
            "CallbackURLs": ["https://app.example.com/cb"],
            "AllowedOAuthScopes": ["openid", "solar-system-data/asteroid.add"],
            "SupportedIdentityProviders": ["COGNITO", "google", "MyOIDC"],
            "ReadAttributes": ["email", "custom:tire"],
            "WriteAttributes": ["email"]
        }
        """;

    private const string Mapping = ": info CGEN6008 write-attributes-idp-mapping: This client signs in through external identity providers: WriteAttributes must include every attribute their attribute mappings write, or federated sign-in fails at run time.\n";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("cognitogen-cli-pool-");

    public void Dispose() => _directory.Delete(recursive: true);

    private static string Sample(string name) => Path.Combine(Samples, name);

    [Fact]
    public void With_the_pool_known_its_scopes_providers_and_attributes_replace_the_reminders()
    {
        var client = Write("client.json", InPool);

        // Without the pool: a reminder per name the pool has to define (once per custom attribute, on its read entry).
        AssertRun(new[] { "validate", client }, 0,
            client + ": info CGEN6007 custom-attribute-unverified: 'custom:tier' must exist in the user pool schema, or Cognito answers InvalidParameterException: Invalid read attributes specified while creating a client.\n" +
            client + ": info CGEN6006 supported-idp-unverified: Identity provider 'Google' must be configured in the user pool under exactly this name, or Cognito answers InvalidParameterException: The provider Google does not exist for User Pool.\n" +
            client + ": info CGEN6006 supported-idp-unverified: Identity provider 'MyOIDC' must be configured in the user pool under exactly this name, or Cognito answers InvalidParameterException: The provider MyOIDC does not exist for User Pool.\n" +
            client + Mapping +
            client + ": info CGEN2015 custom-scope-unverified: Custom scope 'solar-system-data/asteroids.add' must be defined on a resource server of the pool, or Cognito answers ScopeDoesNotExistException: Invalid scope requested: solar-system-data/asteroids.add.\n");

        // With it (four files, each given as --pool): every name is there, so only the mapping reminder is left, which no pool file decides.
        AssertRun(
            new[]
            {
                "validate", "--pool", Sample("describe-user-pool.json"), "--pool", Sample("list-resource-servers.json"),
                "--pool=" + Sample("list-identity-providers.json"), "--pool", Sample("describe-user-pool-domain.json"), client,
            },
            0,
            client + Mapping);
    }

    [Fact]
    public void With_the_pool_known_a_typo_is_an_error_with_the_nearest_name()
    {
        var client = Write("typos.json", Typos);
        var pool = new[] { "--pool", Sample("describe-user-pool.json"), "--pool", Sample("list-resource-servers.json"), "--pool", Sample("list-identity-providers.json") };

        AssertRun(new[] { "validate" }.Concat(pool).Append(client).ToArray(), 1,
            client + ": error CGEN8004 pool-attribute-undefined: 'custom:tire' is not in the pool us-west-2_AbCdEf123's schema: Cognito answers InvalidParameterException: Invalid read attributes specified while creating a client. The schema's custom attributes are 'custom:tier'. Did you mean 'custom:tier'?\n" +
            client + ": error CGEN8003 pool-identity-provider-undefined: Identity provider 'google' is not in the pool us-west-2_AbCdEf123 (names are case-sensitive): Cognito answers InvalidParameterException: The provider google does not exist for User Pool us-west-2_AbCdEf123. The pool has 'COGNITO', 'Google' and 'MyOIDC'. Did you mean 'Google'?\n" +
            client + Mapping +
            client + ": error CGEN8002 pool-scope-undefined: Custom scope 'solar-system-data/asteroid.add' is not defined by any resource server of the pool us-west-2_AbCdEf123: Cognito answers ScopeDoesNotExistException: Invalid scope requested: solar-system-data/asteroid.add. Resource server 'solar-system-data' defines 'asteroids.add' and 'asteroids.read'. Did you mean 'solar-system-data/asteroids.add'?\n");
    }

    [Fact]
    public void Without_a_domain_an_OAuth_flow_is_a_warning_and_without_write_access_to_a_required_attribute_an_error()
    {
        var client = Write("client.json", InPool.Replace("\"WriteAttributes\": [\"email\", \"custom:tier\"]", "\"WriteAttributes\": [\"custom:tier\"]", StringComparison.Ordinal));

        // The sample pool without its Domain member, and describe-user-pool-domain's answer for a pool without a domain.
        const string DomainMember = "\"Domain\": \"solar-system-auth\",";
        var sample = File.ReadAllText(Sample("describe-user-pool.json"));
        Assert.Contains(DomainMember, sample, StringComparison.Ordinal);
        var schema = Write("describe-user-pool.json", sample.Replace(DomainMember, string.Empty, StringComparison.Ordinal));

        AssertRun(new[] { "validate", "--pool", schema, "--pool", Sample("describe-user-pool-domain-none.json"), client }, 1,
            client + ": error CGEN8005 pool-required-attribute-not-writable: WriteAttributes leaves out 'email', which the pool us-west-2_AbCdEf123 requires: an app client must have write access to every required attribute, or Cognito answers InvalidParameterException: Invalid write attributes specified while creating a client. Add it to WriteAttributes.\n" +
            client + ": info CGEN6006 supported-idp-unverified: Identity provider 'Google' must be configured in the user pool under exactly this name, or Cognito answers InvalidParameterException: The provider Google does not exist for User Pool.\n" +
            client + ": info CGEN6006 supported-idp-unverified: Identity provider 'MyOIDC' must be configured in the user pool under exactly this name, or Cognito answers InvalidParameterException: The provider MyOIDC does not exist for User Pool.\n" +
            client + Mapping +
            client + ": info CGEN2015 custom-scope-unverified: Custom scope 'solar-system-data/asteroids.add' must be defined on a resource server of the pool, or Cognito answers ScopeDoesNotExistException: Invalid scope requested: solar-system-data/asteroids.add.\n" +
            client + ": warning CGEN8007 pool-oauth-without-domain: The pool us-west-2_AbCdEf123 has no domain, so the 'code' flow has no /oauth2 endpoints and no managed login pages yet: Cognito accepts the client, but OAuth sign-in and token requests fail until the pool has a domain (CreateUserPoolDomain, or an AWS::Cognito::UserPoolDomain resource).\n");
    }

    [Fact]
    public void A_folder_is_its_json_files_in_name_order_and_not_its_subfolders()
    {
        var pool = Directory.CreateDirectory(Path.Combine(_directory.FullName, "pool")).FullName;
        File.Copy(Sample("list-identity-providers.json"), Path.Combine(pool, "b-providers.json"));
        File.WriteAllText(Path.Combine(pool, "a-servers.json"), "{\"ResourceServers\": [{\"Identifier\": \"solar-system-data\", \"Scopes\": [{\"ScopeName\": \"asteroids.add\"}]}]}");
        File.WriteAllText(Path.Combine(pool, "c-notes.txt"), "not read: not a .json file");
        var nested = Directory.CreateDirectory(Path.Combine(pool, "old")).FullName;
        File.WriteAllText(Path.Combine(nested, "servers.json"), "not read either: in a subfolder, and not JSON");
        var client = Write("typos.json", Typos);

        // The identity providers and resource servers are known, the schema is not (no describe-user-pool): so CGEN6007 stays.
        AssertRun(new[] { "validate", "--pool", pool, client }, 1,
            client + ": info CGEN6007 custom-attribute-unverified: 'custom:tire' must exist in the user pool schema, or Cognito answers InvalidParameterException: Invalid read attributes specified while creating a client.\n" +
            client + ": error CGEN8003 pool-identity-provider-undefined: Identity provider 'google' is not in the pool us-west-2_AbCdEf123 (names are case-sensitive): Cognito answers InvalidParameterException: The provider google does not exist for User Pool us-west-2_AbCdEf123. The pool has 'COGNITO', 'Google' and 'MyOIDC'. Did you mean 'Google'?\n" +
            client + Mapping +
            client + ": error CGEN8002 pool-scope-undefined: Custom scope 'solar-system-data/asteroid.add' is not defined by any resource server of the pool us-west-2_AbCdEf123: Cognito answers ScopeDoesNotExistException: Invalid scope requested: solar-system-data/asteroid.add. Resource server 'solar-system-data' defines 'asteroids.add'. Did you mean 'solar-system-data/asteroids.add'?\n");

        // The folder given with a trailing slash, and once more as one of its files: each file is read once.
        AssertRun(new[] { "validate", "--pool", pool + "/", "--pool", Path.Combine(pool, "a-servers.json"), client }, 1,
            client + ": info CGEN6007 custom-attribute-unverified: 'custom:tire' must exist in the user pool schema, or Cognito answers InvalidParameterException: Invalid read attributes specified while creating a client.\n" +
            client + ": error CGEN8003 pool-identity-provider-undefined: Identity provider 'google' is not in the pool us-west-2_AbCdEf123 (names are case-sensitive): Cognito answers InvalidParameterException: The provider google does not exist for User Pool us-west-2_AbCdEf123. The pool has 'COGNITO', 'Google' and 'MyOIDC'. Did you mean 'Google'?\n" +
            client + Mapping +
            client + ": error CGEN8002 pool-scope-undefined: Custom scope 'solar-system-data/asteroid.add' is not defined by any resource server of the pool us-west-2_AbCdEf123: Cognito answers ScopeDoesNotExistException: Invalid scope requested: solar-system-data/asteroid.add. Resource server 'solar-system-data' defines 'asteroids.add'. Did you mean 'solar-system-data/asteroids.add'?\n");
    }

    [Fact]
    public void The_samples_folder_as_one_pool_path()
    {
        var client = Write("client.json", InPool);

        AssertRun(new[] { "validate", "--pool", Samples, client }, 0, client + Mapping);
    }

    [Fact]
    public void A_malformed_pool_file_is_one_CGEN8001_warning_with_its_line_and_column_and_the_rest_still_counts()
    {
        var bad = Write("servers.json", "{\n  \"ResourceServers\": [\n    { \"Identifier\": \"solar-system-data\", \"Scopes\": [ { \"ScopeName\": 7 } ] }\n  ]\n}\n");
        var syntax = Write("domain.json", "{\n  \"DomainDescription\": {\n    { \"Identifier\": \"solar-system-data\" \"Scopes\": [] }\n}\n");
        var notPool = Write("client-input.json", InPool);
        var client = Write("typos.json", Typos);

        // Exit 1 for the client's CGEN8003 error; the three warnings alone would not change the exit code.
        AssertRun(new[] { "validate", "--pool", bad, "--pool", Sample("list-identity-providers.json"), "--pool", syntax, "--pool", notPool, client }, 1,
            bad + "(3,69): warning CGEN8001 pool-file-unreadable: ResourceServers[0].Scopes[0].ScopeName: expected a string, got a number; the file was ignored\n" +
            syntax + "(3,5): warning CGEN8001 pool-file-unreadable: invalid JSON: '{' is an invalid start of a property name. Expected a '\"'.; the file was ignored\n" +
            notPool + "(1,1): warning CGEN8001 pool-file-unreadable: not a pool file: the top-level members are \"UserPoolId\", \"ClientName\", \"PreventUserExistenceErrors\", \"AllowedOAuthFlowsUserPoolClient\", \"AllowedOAuthFlows\", …; expected the output of describe-user-pool ({\"UserPool\": …}), list-resource-servers ({\"ResourceServers\": […]}), list-identity-providers ({\"Providers\": […]}), describe-user-pool-domain ({\"DomainDescription\": …}), describe-user-pool-client ({\"UserPoolClient\": …}) or a CloudFormation template ({\"Resources\": …}); the file was ignored\n" +
            client + ": info CGEN6007 custom-attribute-unverified: 'custom:tire' must exist in the user pool schema, or Cognito answers InvalidParameterException: Invalid read attributes specified while creating a client.\n" +
            client + ": error CGEN8003 pool-identity-provider-undefined: Identity provider 'google' is not in the pool us-west-2_AbCdEf123 (names are case-sensitive): Cognito answers InvalidParameterException: The provider google does not exist for User Pool us-west-2_AbCdEf123. The pool has 'COGNITO', 'Google' and 'MyOIDC'. Did you mean 'Google'?\n" +
            client + Mapping +
            client + ": info CGEN2015 custom-scope-unverified: Custom scope 'solar-system-data/asteroid.add' must be defined on a resource server of the pool, or Cognito answers ScopeDoesNotExistException: Invalid scope requested: solar-system-data/asteroid.add.\n");
    }

    [Fact]
    public void A_pool_file_that_cannot_be_read_as_text_is_a_CGEN8001_warning_and_a_UTF16_one_is_read()
    {
        var latin1 = Path.Combine(_directory.FullName, "latin1.json");
        File.WriteAllBytes(latin1, System.Text.Encoding.Latin1.GetBytes("{\"Providers\": [{\"ProviderName\": \"Caf\u00e9\"}]}"));
        var utf16 = Path.Combine(_directory.FullName, "utf16.json");
        File.WriteAllText(utf16, File.ReadAllText(Sample("list-identity-providers.json")), System.Text.Encoding.Unicode);
        var client = Write("typos.json", Typos);

        AssertRun(new[] { "validate", "--pool", latin1, "--pool", utf16, client }, 1,
            latin1 + "(1,1): warning CGEN8001 pool-file-unreadable: the file is not valid UTF-8 (byte 0xE9 at offset 36); the file was ignored\n" +
            client + ": info CGEN6007 custom-attribute-unverified: 'custom:tire' must exist in the user pool schema, or Cognito answers InvalidParameterException: Invalid read attributes specified while creating a client.\n" +
            client + ": error CGEN8003 pool-identity-provider-undefined: Identity provider 'google' is not in the pool us-west-2_AbCdEf123 (names are case-sensitive): Cognito answers InvalidParameterException: The provider google does not exist for User Pool us-west-2_AbCdEf123. The pool has 'COGNITO', 'Google' and 'MyOIDC'. Did you mean 'Google'?\n" +
            client + Mapping +
            client + ": info CGEN2015 custom-scope-unverified: Custom scope 'solar-system-data/asteroid.add' must be defined on a resource server of the pool, or Cognito answers ScopeDoesNotExistException: Invalid scope requested: solar-system-data/asteroid.add.\n");
    }

    [Fact]
    public void An_update_is_decided_by_the_deployed_client()
    {
        // Issue 9: a client_credentials update cannot carry GenerateSecret, so only the deployed client can say whether it has a secret.
        var update = Write("update.json", """
            {
                "UserPoolId": "us-west-2_AbCdEf123",
                "ClientId": "4example5clientid6abcdefgh",
                "ClientName": "machine-client",
                "PreventUserExistenceErrors": "ENABLED",
                "AllowedOAuthFlowsUserPoolClient": true,
                "AllowedOAuthFlows": ["client_credentials"],
                "AllowedOAuthScopes": ["solar-system-data/asteroids.add"]
            }
            """);
        const string ScopeInfo = ": info CGEN2015 custom-scope-unverified: Custom scope 'solar-system-data/asteroids.add' must be defined on a resource server of the pool, or Cognito answers ScopeDoesNotExistException: Invalid scope requested: solar-system-data/asteroids.add.\n";

        // Without the pool: the secret is unknown, so no CGEN2009.
        AssertRun(new[] { "validate", update }, 0, update + ScopeInfo);

        // The deployed client (the sample's describe-user-pool-client output, with a secret): still none, and no member is reset.
        AssertRun(new[] { "validate", "--pool", Sample("describe-user-pool-client.json"), update }, 0, update + ScopeInfo);

        // The same client deployed without a secret, and with token revocation off, which the update leaves out.
        var noSecret = Write("deployed-no-secret.json", """
            {
                "UserPoolClient": {
                    "UserPoolId": "us-west-2_AbCdEf123",
                    "ClientName": "machine-client",
                    "ClientId": "4example5clientid6abcdefgh",
                    "AllowedOAuthFlows": ["client_credentials"],
                    "AllowedOAuthScopes": ["solar-system-data/asteroids.add"],
                    "AllowedOAuthFlowsUserPoolClient": true,
                    "EnableTokenRevocation": false
                }
            }
            """);
        AssertRun(new[] { "validate", "--pool", noSecret, update }, 1,
            update + ScopeInfo +
            update + ": error CGEN2009 client-credentials-requires-secret: client_credentials is allowed but the deployed client 4example5clientid6abcdefgh has no secret, and an update cannot add one: Cognito answers InvalidOAuthFlowException: client_credentials flow can not be selected if client does not have a client secret. Create a new client with GenerateSecret = true.\n" +
            update + ": warning CGEN8008 update-resets-member: The update leaves out EnableTokenRevocation, which the deployed client 4example5clientid6abcdefgh has as false: UpdateUserPoolClient sets every member it does not receive to its default, here true, so that value would be lost. Declare EnableTokenRevocation to keep it.\n");

        // A deployed client with another ClientId says nothing about this update.
        var other = Write("deployed-other.json", File.ReadAllText(noSecret).Replace("4example5clientid6abcdefgh", "7other8clientid9abcdefghij", StringComparison.Ordinal));
        AssertRun(new[] { "validate", "--pool", other, update }, 0, update + ScopeInfo);
    }

    [Fact]
    public void Pool_paths_on_the_command_line()
    {
        var client = Write("client.json", InPool);
        var absent = Path.Combine(_directory.FullName, "infra", "pool");
        var empty = Directory.CreateDirectory(Path.Combine(_directory.FullName, "empty")).FullName;

        AssertRun(new[] { "validate", "--pool", absent, client }, 2, "",
            "cognitogen: validate: --pool '" + absent + "': no such file or folder\n" + CommandLine.UsageLine + "\n");
        AssertRun(new[] { "validate", "--pool", empty, client }, 2, "",
            "cognitogen: validate: --pool '" + empty + "' is a folder without *.json files; snapshot the pool into it first (see the README, \"Checking against your pool\")\n" + CommandLine.UsageLine + "\n");
        AssertRun(new[] { "validate", client, "--pool" }, 2, "",
            "cognitogen: validate: --pool needs a PATH (a pool file or a folder of them)\n" + CommandLine.UsageLine + "\n");
        AssertRun(new[] { "validate", "--pool", Samples }, 2, "",
            "cognitogen: validate: no files given\n" + CommandLine.UsageLine + "\n");

        // After --, --pool is a file name like any other.
        AssertRun(new[] { "validate", "--", "--pool" }, 2, "--pool: error: no such file\n");
        Assert.Contains("--pool PATH", CommandLine.Help, StringComparison.Ordinal);
        Assert.Contains("POOLFILE(LINE,COLUMN): warning CGEN8001 pool-file-unreadable: message", CommandLine.Help, StringComparison.Ordinal);
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
