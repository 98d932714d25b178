using CognitoGen.Pool;
using CognitoGen.Rules;

namespace CognitoGen.Tests.Pool;

/// <summary>
/// The 8xxx rules through <see cref="ClientValidator.Validate(UserPoolClientDefinition, UserPoolContext?, string?, ClientOperation, string?)"/>
/// with a hand-built context: each fires with its ID, member, index, suggestion and message only where its part of the
/// pool is known, and where that part is unknown the request rules' reminder stays. Expected messages are written by hand.
/// </summary>
public sealed class PoolRuleTests
{
    private const string PoolId = "us-west-2_AbCdEf123";

    private static EquatableArray<T> A<T>(params T[] items) => new(items);

    /// <summary>The pool of tests/CognitoGen.Tests/Pool/Samples, as one context.</summary>
    private static readonly UserPoolContext Pool = new(
        PoolId,
        "us-west-2",
        A(new SchemaAttribute("sub", false, true, false), new SchemaAttribute("email", false, true, true), new SchemaAttribute("tier", true, false, false)),
        A(new ResourceServer("solar-system-data", "Solar system data", A("asteroids.add", "asteroids.read")), new ResourceServer("https://orders.example.com", "Orders", A<string>())),
        A("Google", "MyOIDC"),
        true,
        null);

    private static UserPoolClientDefinition CodeClient(params string[] scopes) => new("web")
    {
        AllowedOAuthFlowsUserPoolClient = true,
        AllowedOAuthFlows = new[] { "code" },
        AllowedOAuthScopes = scopes,
        CallbackURLs = new[] { "https://app.example.com/cb" },
        SupportedIdentityProviders = new[] { "COGNITO" },
    };

    private static IReadOnlyList<RuleFinding> Of(string id, IEnumerable<RuleFinding> findings) => findings.Where(f => f.Id == id).ToList();

    // CGEN8002 pool-scope-undefined

    [Fact]
    public void CGEN8002_a_scope_the_named_server_lacks_is_an_error_with_the_nearest_scope()
    {
        var findings = ClientValidator.Validate(CodeClient("openid", "solar-system-data/asteroid.add"), Pool);

        var f = Assert.Single(Of("CGEN8002", findings));
        Assert.Equal("AllowedOAuthScopes", f.Member);
        Assert.Equal(1, f.Index);
        Assert.Equal("solar-system-data/asteroids.add", f.Suggestion);
        Assert.Equal(
            "Custom scope 'solar-system-data/asteroid.add' is not defined by any resource server of the pool us-west-2_AbCdEf123: " +
            "Cognito answers ScopeDoesNotExistException: Invalid scope requested: solar-system-data/asteroid.add. " +
            "Resource server 'solar-system-data' defines 'asteroids.add' and 'asteroids.read'. Did you mean 'solar-system-data/asteroids.add'?",
            f.Message);
        Assert.Equal(RuleSeverity.Error, f.Severity);
        Assert.Empty(Of("CGEN2015", findings));
    }

    [Fact]
    public void CGEN8002_a_server_the_pool_does_not_have_lists_the_servers_and_suggests_nothing_far()
    {
        var findings = ClientValidator.Validate(CodeClient("billing/read"), Pool);

        var f = Assert.Single(Of("CGEN8002", findings));
        Assert.Equal(0, f.Index);
        Assert.Null(f.Suggestion);
        Assert.Equal(
            "Custom scope 'billing/read' is not defined by any resource server of the pool us-west-2_AbCdEf123: " +
            "Cognito answers ScopeDoesNotExistException: Invalid scope requested: billing/read. " +
            "The pool's resource servers are 'solar-system-data' and 'https://orders.example.com'.",
            f.Message);
    }

    [Fact]
    public void CGEN8002_a_server_without_scopes_says_so()
    {
        var f = Assert.Single(Of("CGEN8002", ClientValidator.Validate(CodeClient("https://orders.example.com/read"), Pool)));
        Assert.Equal(
            "Custom scope 'https://orders.example.com/read' is not defined by any resource server of the pool us-west-2_AbCdEf123: " +
            "Cognito answers ScopeDoesNotExistException: Invalid scope requested: https://orders.example.com/read. " +
            "Resource server 'https://orders.example.com' defines no scopes.",
            f.Message);
    }

    [Fact]
    public void CGEN8002_a_defined_scope_gives_neither_the_error_nor_the_reminder()
    {
        var findings = ClientValidator.Validate(CodeClient("solar-system-data/asteroids.read"), Pool);
        Assert.Empty(Of("CGEN8002", findings));
        Assert.Empty(Of("CGEN2015", findings));
    }

    [Fact]
    public void CGEN8002_with_the_resource_servers_unknown_only_the_reminder_stays()
    {
        var findings = ClientValidator.Validate(CodeClient("billing/read"), Pool with { ResourceServers = null });
        Assert.Empty(Of("CGEN8002", findings));
        Assert.Single(Of("CGEN2015", findings));
    }

    // CGEN8003 pool-identity-provider-undefined

    private static UserPoolClientDefinition WithProviders(params string[] providers) => new("web") { SupportedIdentityProviders = providers };

    [Fact]
    public void CGEN8003_a_provider_in_the_wrong_case_is_an_error_with_the_pool_spelling()
    {
        var findings = ClientValidator.Validate(WithProviders("COGNITO", "google"), Pool);

        var f = Assert.Single(Of("CGEN8003", findings));
        Assert.Equal("SupportedIdentityProviders", f.Member);
        Assert.Equal(1, f.Index);
        Assert.Equal("Google", f.Suggestion);
        Assert.Equal(
            "Identity provider 'google' is not in the pool us-west-2_AbCdEf123 (names are case-sensitive): " +
            "Cognito answers InvalidParameterException: The provider google does not exist for User Pool us-west-2_AbCdEf123. " +
            "The pool has 'COGNITO', 'Google' and 'MyOIDC'. Did you mean 'Google'?",
            f.Message);
        Assert.Empty(Of("CGEN6005", findings));
        Assert.Empty(Of("CGEN6006", findings));
    }

    [Fact]
    public void CGEN8003_a_pool_without_providers_says_so()
    {
        var f = Assert.Single(Of("CGEN8003", ClientValidator.Validate(WithProviders("Facebook"), Pool with { IdentityProviderNames = A<string>() })));
        Assert.Equal(0, f.Index);
        Assert.Null(f.Suggestion);
        Assert.Equal(
            "Identity provider 'Facebook' is not in the pool us-west-2_AbCdEf123 (names are case-sensitive): " +
            "Cognito answers InvalidParameterException: The provider Facebook does not exist for User Pool us-west-2_AbCdEf123. " +
            "The pool has no identity providers besides COGNITO.",
            f.Message);
    }

    [Fact]
    public void CGEN8003_providers_the_pool_has_pass_and_unknown_providers_keep_the_reminders()
    {
        var known = ClientValidator.Validate(WithProviders("COGNITO", "Google", "MyOIDC"), Pool);
        Assert.Empty(Of("CGEN8003", known));
        Assert.Empty(Of("CGEN6006", known));

        var unknown = ClientValidator.Validate(WithProviders("google", "MyOIDC"), Pool with { IdentityProviderNames = null });
        Assert.Empty(Of("CGEN8003", unknown));
        Assert.Single(Of("CGEN6005", unknown));
        Assert.Single(Of("CGEN6006", unknown));
    }

    // CGEN8004 pool-attribute-undefined

    [Fact]
    public void CGEN8004_a_read_attribute_not_in_the_schema_is_an_error_with_the_nearest_custom_attribute()
    {
        var findings = ClientValidator.Validate(new UserPoolClientDefinition("web") { ReadAttributes = new[] { "email", "custom:teir" } }, Pool);

        var f = Assert.Single(Of("CGEN8004", findings));
        Assert.Equal("ReadAttributes", f.Member);
        Assert.Equal(1, f.Index);
        Assert.Equal("custom:tier", f.Suggestion);
        Assert.Equal(
            "'custom:teir' is not in the pool us-west-2_AbCdEf123's schema: Cognito answers InvalidParameterException: " +
            "Invalid read attributes specified while creating a client. The schema's custom attributes are 'custom:tier'. Did you mean 'custom:tier'?",
            f.Message);
        Assert.Empty(Of("CGEN6007", findings));
    }

    [Fact]
    public void CGEN8004_a_developer_only_write_attribute_on_an_update_keeps_its_prefix_in_the_suggestion()
    {
        var definition = new UserPoolClientDefinition("web") { WriteAttributes = new[] { "email", "dev:custom:tie" } };
        var f = Assert.Single(Of("CGEN8004", ClientValidator.Validate(definition, Pool, operation: ClientOperation.Update, clientId: "1example")));

        Assert.Equal("WriteAttributes", f.Member);
        Assert.Equal(1, f.Index);
        Assert.Equal("dev:custom:tier", f.Suggestion);
        Assert.Equal(
            "'dev:custom:tie' is not in the pool us-west-2_AbCdEf123's schema: Cognito answers InvalidParameterException: " +
            "Invalid write attributes specified while updating a client. The schema's custom attributes are 'custom:tier'. Did you mean 'dev:custom:tier'?",
            f.Message);
    }

    [Fact]
    public void CGEN8004_attributes_in_the_schema_pass_and_an_unknown_schema_keeps_the_reminder()
    {
        var definition = new UserPoolClientDefinition("web") { ReadAttributes = new[] { "email", "custom:tier" } };
        var known = ClientValidator.Validate(definition, Pool);
        Assert.Empty(Of("CGEN8004", known));
        Assert.Empty(Of("CGEN6007", known));

        var unknown = ClientValidator.Validate(definition with { ReadAttributes = new[] { "custom:plan" } }, Pool with { SchemaAttributes = null });
        Assert.Empty(Of("CGEN8004", unknown));
        Assert.Single(Of("CGEN6007", unknown));
    }

    [Fact]
    public void CGEN8004_a_schema_without_custom_attributes_says_so()
    {
        var pool = Pool with { SchemaAttributes = A(new SchemaAttribute("email", false, false, true)) };
        var f = Assert.Single(Of("CGEN8004", ClientValidator.Validate(new UserPoolClientDefinition("web") { ReadAttributes = new[] { "custom:tier" } }, pool)));
        Assert.Null(f.Suggestion);
        Assert.Equal(
            "'custom:tier' is not in the pool us-west-2_AbCdEf123's schema: Cognito answers InvalidParameterException: " +
            "Invalid read attributes specified while creating a client. The schema has no custom attributes.",
            f.Message);
    }

    // CGEN8005 pool-required-attribute-not-writable

    [Fact]
    public void CGEN8005_declared_write_attributes_without_a_required_attribute_is_an_error_on_the_whole_list()
    {
        var definition = new UserPoolClientDefinition("web") { ReadAttributes = new[] { "email", "name" }, WriteAttributes = new[] { "name" } };
        var f = Assert.Single(Of("CGEN8005", ClientValidator.Validate(definition, Pool)));

        Assert.Equal("WriteAttributes", f.Member);
        Assert.Null(f.Index);
        Assert.Null(f.Suggestion);
        Assert.Equal(
            "WriteAttributes leaves out 'email', which the pool us-west-2_AbCdEf123 requires: an app client must have write access to every required attribute, " +
            "or Cognito answers InvalidParameterException: Invalid write attributes specified while creating a client. Add it to WriteAttributes.",
            f.Message);
    }

    [Fact]
    public void CGEN8005_names_every_missing_required_attribute_but_never_sub()
    {
        var pool = Pool with { SchemaAttributes = A(new SchemaAttribute("sub", false, true, false), new SchemaAttribute("email", false, true, true), new SchemaAttribute("plan", true, true, true)) };
        var f = Assert.Single(Of("CGEN8005", ClientValidator.Validate(new UserPoolClientDefinition("web") { WriteAttributes = new[] { "name" } }, pool, operation: ClientOperation.Update, clientId: "1example")));
        Assert.Equal(
            "WriteAttributes leaves out 'email' and 'custom:plan', which the pool us-west-2_AbCdEf123 requires: an app client must have write access to every required attribute, " +
            "or Cognito answers InvalidParameterException: Invalid write attributes specified while updating a client. Add them to WriteAttributes.",
            f.Message);
    }

    [Fact]
    public void CGEN8005_does_not_fire_without_write_attributes_with_them_complete_or_with_the_schema_unknown()
    {
        Assert.Empty(Of("CGEN8005", ClientValidator.Validate(new UserPoolClientDefinition("web"), Pool)));
        Assert.Empty(Of("CGEN8005", ClientValidator.Validate(new UserPoolClientDefinition("web") { WriteAttributes = new[] { "email", "name" } }, Pool)));
        Assert.Empty(Of("CGEN8005", ClientValidator.Validate(new UserPoolClientDefinition("web") { WriteAttributes = new[] { "name" } }, Pool with { SchemaAttributes = null })));
    }

    // CGEN8007 pool-oauth-without-domain

    [Fact]
    public void CGEN8007_an_oauth_flow_on_a_pool_without_a_domain_is_a_warning_on_the_flow()
    {
        var f = Assert.Single(Of("CGEN8007", ClientValidator.Validate(CodeClient("openid"), Pool with { HasDomain = false })));

        Assert.Equal("AllowedOAuthFlows", f.Member);
        Assert.Equal(0, f.Index);
        Assert.Null(f.Suggestion);
        Assert.Equal(RuleSeverity.Warning, f.Severity);
        Assert.Equal(
            "The pool us-west-2_AbCdEf123 has no domain, so the 'code' flow has no /oauth2 endpoints and no managed login pages yet: " +
            "Cognito accepts the client, but OAuth sign-in and token requests fail until the pool has a domain (CreateUserPoolDomain, or an AWS::Cognito::UserPoolDomain resource).",
            f.Message);
    }

    [Fact]
    public void CGEN8007_does_not_fire_with_a_domain_an_unknown_domain_or_oauth_off()
    {
        Assert.Empty(Of("CGEN8007", ClientValidator.Validate(CodeClient("openid"), Pool)));
        Assert.Empty(Of("CGEN8007", ClientValidator.Validate(CodeClient("openid"), Pool with { HasDomain = null })));
        Assert.Empty(Of("CGEN8007", ClientValidator.Validate(CodeClient("openid") with { AllowedOAuthFlowsUserPoolClient = false }, Pool with { HasDomain = false })));
    }

    // CGEN8008 update-resets-member

    private static readonly UserPoolContext WithDeployed = Pool with
    {
        DeployedClients = A(new DeployedClient("4example5clientid6abcdefgh", true, new UserPoolClientDefinition("machine-client")
        {
            ReadAttributes = new[] { "email" },
            EnableTokenRevocation = false,
        })),
    };

    [Fact]
    public void CGEN8008_an_update_that_leaves_out_a_deployed_member_warns_on_that_member()
    {
        var update = new UserPoolClientDefinition("machine-client") { EnableTokenRevocation = false };
        var f = Assert.Single(Of("CGEN8008", ClientValidator.Validate(update, WithDeployed, operation: ClientOperation.Update, clientId: "4example5clientid6abcdefgh")));

        Assert.Equal("ReadAttributes", f.Member);
        Assert.Null(f.Index);
        Assert.Null(f.Suggestion);
        Assert.Equal(RuleSeverity.Warning, f.Severity);
        Assert.Equal(
            "The update leaves out ReadAttributes, which the deployed client 4example5clientid6abcdefgh has as ['email']: " +
            "UpdateUserPoolClient sets every member it does not receive to its default, here [], so that value would be lost. Declare ReadAttributes to keep it.",
            f.Message);
    }

    [Fact]
    public void CGEN8008_does_not_fire_on_create_for_another_client_or_for_declared_members()
    {
        var update = new UserPoolClientDefinition("renamed") { EnableTokenRevocation = true };
        Assert.Empty(Of("CGEN8008", ClientValidator.Validate(update, WithDeployed)));
        Assert.Empty(Of("CGEN8008", ClientValidator.Validate(update, WithDeployed, operation: ClientOperation.Update, clientId: "other")));

        // ClientName and EnableTokenRevocation differ but are declared: the update sets them on purpose.
        var declared = update with { ReadAttributes = new[] { "name" } };
        Assert.Empty(Of("CGEN8008", ClientValidator.Validate(declared, WithDeployed, operation: ClientOperation.Update, clientId: "4example5clientid6abcdefgh")));
    }

    // CGEN8001 pool-file-unreadable is reported by each host from the loader's diagnostics, never by ClientValidator.

    [Fact]
    public void CGEN8001_is_never_a_validator_finding_and_a_broken_file_is_reported_with_file_line_and_column()
    {
        var result = UserPoolContextLoader.Load(new[] { ("pool/servers.json", "{\n  \"ResourceServers\": 3\n}") });

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("pool/servers.json", d.File);
        Assert.Equal(2, d.Line);
        Assert.Equal(22, d.Column);
        Assert.Equal("ResourceServers: expected an array, got a number; the file was ignored", d.Message);
        Assert.Equal(UserPoolContext.Unknown, result.Context);
        Assert.DoesNotContain(ClientValidator.Validate(CodeClient("a/b"), result.Context), f => f.Id == "CGEN8001");
    }

    // The examples of docs/diagnostics/CGEN8001.md and CGEN8008.md, loaded from the JSON the pages show.

    [Fact]
    public void CGEN8001_page_example_list_user_pool_clients_output_is_not_a_pool_file()
    {
        const string Clients = "{\n  \"UserPoolClients\": [\n    { \"ClientId\": \"4example5clientid6abcdefgh\", \"UserPoolId\": \"us-west-2_AbCdEf123\", \"ClientName\": \"machine-client\" }\n  ]\n}";
        var result = UserPoolContextLoader.Load(new[] { ("infra/pool/clients.json", Clients) });

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("infra/pool/clients.json", 1, 1), (d.File, d.Line, d.Column));
        Assert.Equal(
            "not a pool file: the top-level members are \"UserPoolClients\"; expected the output of describe-user-pool ({\"UserPool\": …}), " +
            "list-resource-servers ({\"ResourceServers\": […]}), list-identity-providers ({\"Providers\": […]}), describe-user-pool-domain ({\"DomainDescription\": …}), " +
            "describe-user-pool-client ({\"UserPoolClient\": …}) or a CloudFormation template ({\"Resources\": …}); the file was ignored",
            d.Message);
    }

    [Fact]
    public void CGEN8008_page_example_an_update_without_the_deployed_access_token_lifetime()
    {
        const string Describe = """
            {
                "UserPoolClient": {
                    "UserPoolId": "us-west-2_AbCdEf123",
                    "ClientName": "machine-client",
                    "ClientId": "4example5clientid6abcdefgh",
                    "ClientSecret": "removed-before-commit",
                    "AccessTokenValidity": 15,
                    "TokenValidityUnits": { "AccessToken": "minutes" },
                    "AllowedOAuthFlows": ["client_credentials"],
                    "AllowedOAuthScopes": ["solar-system-data/asteroids.add"],
                    "AllowedOAuthFlowsUserPoolClient": true
                }
            }
            """;
        var loaded = UserPoolContextLoader.Load(new[] { ("infra/pool/machine-client.json", Describe) });
        Assert.Empty(loaded.Diagnostics);

        var update = new UserPoolClientDefinition("machine-client")
        {
            AllowedOAuthFlowsUserPoolClient = true,
            AllowedOAuthFlows = new[] { "client_credentials" },
            AllowedOAuthScopes = new[] { "solar-system-data/asteroids.add", "solar-system-data/asteroids.read" },
        };
        var findings = update.Validate("us-west-2_AbCdEf123", loaded.Context, ClientOperation.Update, "4example5clientid6abcdefgh");

        // Besides the reminders the example does not concern (CGEN2015, CGEN5013), one warning; the deployed secret keeps CGEN2009 away.
        Assert.Empty(Of("CGEN2009", findings));
        var f = Assert.Single(Of("CGEN8008", findings));
        Assert.Equal("AccessTokenValidity", f.Member);
        Assert.Equal(
            "The update leaves out AccessTokenValidity, which the deployed client 4example5clientid6abcdefgh has as 15 minutes (900 s): " +
            "UpdateUserPoolClient sets every member it does not receive to its default, here (default, 3600 s), so that value would be lost. Declare AccessTokenValidity to keep it.",
            f.Message);

        var fixedUpdate = update with { AccessTokenValidity = 15, TokenValidityUnits = new TokenValidityUnits(AccessToken: "minutes") };
        Assert.Empty(Of("CGEN8008", fixedUpdate.Validate("us-west-2_AbCdEf123", loaded.Context, ClientOperation.Update, "4example5clientid6abcdefgh")));
    }
}
