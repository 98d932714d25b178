using CognitoGen.Rules;
using CognitoGen.Tests.Clients;
using CognitoGen.Sample;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Cli;

/// <summary>UserPoolClientDefinition.FromJson: the three accepted forms, what is kept as written, and every class of malformed input.</summary>
public class CliJsonReaderTests
{
    private const string Secret = "abcdefghijklmnopqrstuvwxyz012345";

    internal static string SeedDescribeOutput => File.ReadAllText(RepoFiles.Path("tests", "CognitoGen.Tests", "Cli", "seed-describe-output.json"));

    [Fact]
    public void Create_input_loads_every_member()
    {
        var document = UserPoolClientDefinition.FromJson(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Json", "all-members-request.json")));

        Assert.Equal("eu-west-1_abc", document.UserPoolId);
        Assert.Null(document.ClientId);
        Assert.Equal(ClientOperation.Create, document.Operation);
        // The same client, declared with attributes: the runtime-secret flag is the one thing JSON does not carry.
        Assert.Equal(AllMembersClient.Definition with { ClientSecret = Secret, ClientSecretSuppliedAtRuntime = false }, document.Definition);
    }

    [Fact]
    public void Update_input_is_recognised_by_its_ClientId()
    {
        var document = UserPoolClientDefinition.FromJson(AllMembersClient.Definition.ToUpdateCliInputJson("eu-west-1_abc", "client123"));

        Assert.Equal(ClientOperation.Update, document.Operation);
        Assert.Equal("client123", document.ClientId);
        Assert.Equal("eu-west-1_abc", document.UserPoolId);
        Assert.Equal(AllMembersClient.Definition with { GenerateSecret = null, ClientSecretSuppliedAtRuntime = false }, document.Definition);
    }

    [Theory]
    [InlineData("""{ "ClientId": "c1", "ClientName": "n", "GenerateSecret": true }""", "GenerateSecret")]
    [InlineData("""{ "ClientSecret": "abcdefghijklmnopqrstuvwxyz012345", "ClientName": "n", "ClientId": "c1" }""", "ClientSecret")]
    public void Update_input_cannot_carry_create_only_members(string json, string member)
    {
        var error = AssertMalformed(json, member);
        Assert.Contains("not a parameter of update-user-pool-client", error.Message);
    }

    [Fact]
    public void Describe_output_of_the_seed_loads_with_its_generated_secret()
    {
        var document = UserPoolClientDefinition.FromJson(SeedDescribeOutput);
        var d = document.Definition;

        Assert.Equal(ClientOperation.Create, document.Operation);
        Assert.Equal("us-west-2_EXAMPLE", document.UserPoolId);
        Assert.Equal("123abc456defEXAMPLE", document.ClientId);
        Assert.Equal("MyTestClient", d.ClientName);
        Assert.Null(d.GenerateSecret);
        Assert.Equal("this1234is5678my91011example1213client1415secret", d.ClientSecret);
        Assert.False(d.ClientSecretSuppliedAtRuntime);
        Assert.Equal(10, d.RefreshTokenValidity);
        Assert.Equal(60, d.AccessTokenValidity);
        Assert.Equal(60, d.IdTokenValidity);
        Assert.Equal(new TokenValidityUnits("minutes", "minutes", "days"), d.TokenValidityUnits);
        // Lists keep the order of the document (Cognito's, not the command's).
        Assert.Equal(new[] { "email_verified", "phone_number_verified", "phone_number", "email" }, d.ReadAttributes);
        Assert.Equal(new[] { "phone_number", "email" }, d.WriteAttributes);
        Assert.Equal(new[] { "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" }, d.ExplicitAuthFlows);
        Assert.Equal(new[] { "Google", "MyOIDC", "Facebook" }, d.SupportedIdentityProviders);
        Assert.Equal(new[] { "https://example.com", "https://www.amazon.com", "myapp://example", "http://localhost:8001" }, d.CallbackURLs);
        Assert.Null(d.LogoutURLs);
        Assert.Null(d.DefaultRedirectURI);
        Assert.Equal(new[] { "implicit", "code" }, d.AllowedOAuthFlows);
        Assert.Equal(new[] { "aws.cognito.signin.user.admin", "openid", "profile", "solar-system-data/asteroids.add" }, d.AllowedOAuthScopes);
        Assert.True(d.AllowedOAuthFlowsUserPoolClient);
        Assert.Equal(new AnalyticsConfiguration(
            ApplicationArn: "arn:aws:mobiletargeting:us-west-2:123456789012:apps/thisisanexamplepinpointapplicationid",
            RoleArn: "arn:aws:iam::123456789012:role/aws-service-role/cognito-idp.amazonaws.com/AWSServiceRoleForAmazonCognitoIdp",
            UserDataShared: true), d.AnalyticsConfiguration);
        Assert.Equal("ENABLED", d.PreventUserExistenceErrors);
        Assert.True(d.EnableTokenRevocation);
        Assert.True(d.EnablePropagateAdditionalUserContextData);
        Assert.Equal(4, d.AuthSessionValidity);
        Assert.Null(d.RefreshTokenRotation);
    }

    [Fact]
    public void Describe_output_is_the_declared_seed_client_up_to_list_order_secret_and_analytics()
    {
        static UserPoolClientDefinition Normalise(UserPoolClientDefinition d) => d with
        {
            GenerateSecret = null, ClientSecret = null, AnalyticsConfiguration = null,
            ReadAttributes = d.ReadAttributes?.Order().ToArray(), WriteAttributes = d.WriteAttributes?.Order().ToArray(),
            ExplicitAuthFlows = d.ExplicitAuthFlows?.Order().ToArray(), SupportedIdentityProviders = d.SupportedIdentityProviders?.Order().ToArray(),
            CallbackURLs = d.CallbackURLs?.Order().ToArray(), AllowedOAuthFlows = d.AllowedOAuthFlows?.Order().ToArray(),
            AllowedOAuthScopes = d.AllowedOAuthScopes?.Order().ToArray(),
        };

        Assert.Equal(Normalise(MyTestClient.Definition), Normalise(UserPoolClientDefinition.FromJson(SeedDescribeOutput).Definition));
    }

    [Theory]
    [InlineData("1726788459.464")]
    [InlineData("\"2024-09-19T23:27:39.464000+00:00\"")]
    public void Output_timestamps_may_be_numbers_or_strings_and_are_ignored(string timestamp)
    {
        var document = UserPoolClientDefinition.FromJson($$"""{ "UserPoolClient": { "ClientName": "n", "CreationDate": {{timestamp}}, "LastModifiedDate": {{timestamp}} } }""");

        Assert.Equal(new UserPoolClientDefinition("n"), document.Definition);
        Assert.Null(document.UserPoolId);
        Assert.Null(document.ClientId);
    }

    [Fact]
    public void Enum_values_are_kept_as_written_and_reported_by_the_validator()
    {
        var document = UserPoolClientDefinition.FromJson("""
            {
                "ClientName": "n",
                "TokenValidityUnits": { "AccessToken": "weeks" },
                "ExplicitAuthFlows": ["ALLOW_REFRESH_TOKEN_AUTH", "allow_user_srp_auth"],
                "AllowedOAuthFlows": ["code", "token"],
                "PreventUserExistenceErrors": "enabled",
                "RefreshTokenRotation": { "Feature": "on" }
            }
            """);
        var d = document.Definition;

        Assert.Equal("weeks", d.TokenValidityUnits!.AccessToken);
        Assert.Equal(new[] { "ALLOW_REFRESH_TOKEN_AUTH", "allow_user_srp_auth" }, d.ExplicitAuthFlows);
        Assert.Equal(new[] { "code", "token" }, d.AllowedOAuthFlows);
        Assert.Equal("enabled", d.PreventUserExistenceErrors);
        Assert.Equal("on", d.RefreshTokenRotation!.Feature);
        var ids = document.Validate().Select(f => f.Id).ToList();
        Assert.Contains("CGEN4001", ids);
        Assert.Contains("CGEN5001", ids);
        Assert.Contains("CGEN2001", ids);
        Assert.Contains("CGEN5011", ids);
        Assert.Contains("CGEN4006", ids);
    }

    [Fact]
    public void Absent_members_stay_null_and_empty_ones_stay_empty()
    {
        Assert.Equal(new UserPoolClientDefinition("n"), UserPoolClientDefinition.FromJson("""{"ClientName":"n"}""").Definition);

        var d = UserPoolClientDefinition.FromJson("""{ "ClientName": "n", "CallbackURLs": [], "TokenValidityUnits": {}, "RefreshTokenRotation": {} }""").Definition;
        Assert.Empty(d.CallbackURLs!);
        Assert.Null(d.LogoutURLs);
        Assert.Equal(new TokenValidityUnits(), d.TokenValidityUnits);
        Assert.Equal(new RefreshTokenRotation(), d.RefreshTokenRotation);
    }

    [Fact]
    public void Strings_may_hold_escapes_unicode_and_lone_surrogates()
    {
        var d = UserPoolClientDefinition.FromJson("""
            {
                "Client\u004eame": "a\"b\\c\/d\b\f\n\r\t\u0000\u00e9\u20ac",
                "ReadAttributes": ["\ud800", "x\udfffy", "\ud83d\ude00", "😀é€", "\uD800\uD800", ""]
            }
            """).Definition;

        Assert.Equal("a\"b\\c/d\b\f\n\r\t\0é€", d.ClientName);
        Assert.Equal(new[] { "\ud800", "x\udfffy", "😀", "😀é€", "\ud800\ud800", "" }, d.ReadAttributes);
    }

    [Fact]
    public void Round_trip_of_the_declared_clients()
    {
        foreach (var d in new[] { MyTestClient.Definition, BareClient.Definition, AllMembersClient.Definition with { ClientSecret = Secret, ClientSecretSuppliedAtRuntime = false } })
        {
            var document = UserPoolClientDefinition.FromJson(d.ToCliInputJson("us-east-1_pool"));
            Assert.Equal(d, document.Definition);
            Assert.Equal("us-east-1_pool", document.UserPoolId);
        }
    }

    [Fact]
    public void The_runtime_secret_flag_is_the_one_thing_JSON_does_not_carry()
    {
        var declared = AllMembersClient.Definition with { ClientSecret = Secret };
        Assert.True(declared.ClientSecretSuppliedAtRuntime);

        var loaded = UserPoolClientDefinition.FromJson(declared.ToCliInputJson("p_1")).Definition;

        Assert.False(loaded.ClientSecretSuppliedAtRuntime);
        Assert.Equal(declared with { ClientSecretSuppliedAtRuntime = false }, loaded);
    }

    // ---- Malformed input ---------------------------------------------------------------------------------------------

    [Theory]
    // Wrong JSON types, with the member path.
    [InlineData("""{"ClientName": 5}""", "ClientName", "expected a string, got number 5")]
    [InlineData("""{"ClientName": "n", "GenerateSecret": "true"}""", "GenerateSecret", "expected true or false, got string \"true\"")]
    [InlineData("""{"ClientName": "n", "AccessTokenValidity": "60"}""", "AccessTokenValidity", "expected an integer, got string \"60\"")]
    [InlineData("""{"ClientName": "n", "AccessTokenValidity": 60.0}""", "AccessTokenValidity", "expected an integer, got number 60.0")]
    [InlineData("""{"ClientName": "n", "AccessTokenValidity": 6e1}""", "AccessTokenValidity", "expected an integer, got number 6e1")]
    [InlineData("""{"ClientName": "n", "ReadAttributes": "email"}""", "ReadAttributes", "expected an array of strings, got string \"email\"")]
    [InlineData("""{"ClientName": "n", "AllowedOAuthFlows": ["code", 1]}""", "AllowedOAuthFlows[1]", "expected a string, got number 1")]
    [InlineData("""{"ClientName": "n", "AllowedOAuthScopes": [["openid"]]}""", "AllowedOAuthScopes[0]", "expected a string, got an array")]
    [InlineData("""{"ClientName": "n", "TokenValidityUnits": []}""", "TokenValidityUnits", "expected an object, got an array")]
    [InlineData("""{"ClientName": "n", "TokenValidityUnits": {"IdToken": 1}}""", "TokenValidityUnits.IdToken", "expected a string, got number 1")]
    [InlineData("""{"ClientName": "n", "AnalyticsConfiguration": {"UserDataShared": "TRUE"}}""", "AnalyticsConfiguration.UserDataShared", "expected true or false")]
    [InlineData("""{"ClientName": "n", "RefreshTokenRotation": {"RetryGracePeriodSeconds": true}}""", "RefreshTokenRotation.RetryGracePeriodSeconds", "expected an integer, got boolean true")]
    [InlineData("""{"UserPoolClient": {"ClientName": "n", "CreationDate": {}}}""", "UserPoolClient.CreationDate", "expected a timestamp")]
    [InlineData("""{"UserPoolClient": []}""", "UserPoolClient", "expected an object, got an array")]
    // JSON null is not "absent": the CLI rejects it, so the loader does too.
    [InlineData("""{"ClientName": "n", "ClientSecret": null}""", "ClientSecret", "expected a string, got null (leave the member out")]
    [InlineData("""{"ClientName": "n", "CallbackURLs": ["https://a.example", null]}""", "CallbackURLs[1]", "got null")]
    [InlineData("""{"ClientName": "n", "TokenValidityUnits": null}""", "TokenValidityUnits", "expected an object, got null")]
    // Integers must fit in 32 bits.
    [InlineData("""{"ClientName": "n", "RefreshTokenValidity": 2147483648}""", "RefreshTokenValidity", "2147483648 does not fit in a 32-bit integer")]
    [InlineData("""{"ClientName": "n", "AuthSessionValidity": -2147483649}""", "AuthSessionValidity", "does not fit in a 32-bit integer")]
    [InlineData("""{"ClientName": "n", "IdTokenValidity": 123456789012345678901234567890}""", "IdTokenValidity", "does not fit in a 32-bit integer")]
    // Unknown members are named; the AWS CLI rejects unknown parameters.
    // Repeated names: JsonDocument would take either; the loader refuses.
    [InlineData("""{"ClientName": "a", "ClientName": "b"}""", "ClientName", "duplicate member (first at line 1)")]
    [InlineData("""{"ClientName": "a", "TokenValidityUnits": {"IdToken": "days", "IdToken": "days"}}""", "TokenValidityUnits.IdToken", "duplicate member")]
    [InlineData("""{"UserPoolClient": {"ClientName": "a"}, "UserPoolClient": {"ClientName": "a"}}""", "UserPoolClient", "duplicate member")]
    [InlineData("""{"Client\u004eame": "a", "ClientName": "b"}""", "ClientName", "duplicate member")]
    // Missing ClientName.
    [InlineData("""{}""", "ClientName", "required member is missing")]
    [InlineData("""{"UserPoolId": "us-east-1_x", "ClientId": "c"}""", "ClientName", "required member is missing")]
    [InlineData("""{"UserPoolClient": {"ClientId": "c"}}""", "UserPoolClient.ClientName", "required member is missing")]
    public void Malformed_members_are_named(string json, string path, string problem)
    {
        Assert.Contains(problem, AssertMalformed(json, path).Message);
    }

    [Theory]
    [InlineData("""{"ClientName": "n", "Secret": "x"}""", "Secret", "unknown member")]
    [InlineData("""{"ClientName": "n", "callbackURLs": []}""", "callbackURLs", "did you mean CallbackURLs?")]
    [InlineData("""{"ClientName": "n", "CreationDate": 1}""", "CreationDate", "output of describe-user-pool-client, not a parameter")]
    [InlineData("""{"ClientName": "n", "TokenValidityUnits": {"Access": "hours"}}""", "TokenValidityUnits.Access", "TokenValidityUnits has only AccessToken, IdToken, RefreshToken")]
    [InlineData("""{"ClientName": "n", "AnalyticsConfiguration": {"applicationArn": "x"}}""", "AnalyticsConfiguration.applicationArn", "did you mean ApplicationArn?")]
    [InlineData("""{"ClientName": "n", "RefreshTokenRotation": {"Enabled": true}}""", "RefreshTokenRotation.Enabled", "unknown member")]
    [InlineData("""{"ClientName": "n", "a b\n": 1}""", "\"a b\\u000a\"", "unknown member")]
    [InlineData("""{"UserPoolClient": {"ClientName": "n", "GenerateSecret": true}}""", "UserPoolClient.GenerateSecret", "output has no such member")]
    [InlineData("""{"UserPoolClient": {"ClientName": "n"}, "ResponseMetadata": {}}""", "ResponseMetadata", "only UserPoolClient at the top level")]
    public void Unknown_members_are_warnings_that_name_them(string json, string path, string problem)
    {
        // Newer API output may carry members this version does not know: they are ignored and reported, not fatal.
        var document = UserPoolClientDefinition.FromJson(json);

        var unknown = Assert.Single(document.UnknownMembers);
        Assert.Equal(path, unknown.Path);
        Assert.Contains(problem, unknown.Message);
        Assert.DoesNotContain('\n', unknown.Message);
        Assert.Contains(document.Validate(), f => f.Id == "CGEN1008" && f.Member == path);
    }


    [Theory]
    [InlineData("""[]""", "got an array")]
    [InlineData("""  "client" """, "got string \"client\"")]
    [InlineData("""42""", "got number 42")]
    [InlineData("""null""", "got null")]
    public void The_root_must_be_an_object(string json, string problem)
    {
        var error = AssertMalformed(json, null);
        Assert.StartsWith("the document must be a JSON object (CLI input, or describe-user-pool-client output), " + problem + " (line 1, column ", error.Message);
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("   \n  ", 2, 3)]
    [InlineData("{\"ClientName\": \"n\",}", 1, 20)]
    [InlineData("{\"ClientName\": \"n\"", 1, 19)]
    [InlineData("{\n  \"ClientName\": \"n\"\n  \"UserPoolId\": \"p_1\"\n}", 3, 3)]
    [InlineData("{\"ClientName\": 'n'}", 1, 16)]
    [InlineData("{\"ClientName\": \"n\"} {}", 1, 21)]
    [InlineData("{\"ClientName\": \"bad \\x escape\"}", 1, 22)]
    [InlineData("{\"ClientName\": \"raw\ttab\"}", 1, 20)]
    [InlineData("{\"ClientName\": \"n\" /* comment */}", 1, 20)]
    [InlineData("{\"ClientName\": \"n\", \"AccessTokenValidity\": NaN}", 1, 44)]
    [InlineData("{\"ClientName\": \"éé€😀\" x}", 1, 23)]
    public void Invalid_JSON_gives_line_and_column(string json, int line, int column)
    {
        var error = AssertMalformed(json, null);

        Assert.StartsWith($"invalid JSON at line {line}, column {column}: ", error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Type_errors_give_line_and_column_in_code_points()
    {
        var error = AssertMalformed("{\n  \"ClientName\": \"é😀\",\n  \"AllowedOAuthFlows\": [\"code\", 3]\n}", "AllowedOAuthFlows[1]");

        Assert.Equal("AllowedOAuthFlows[1]: expected a string, got number 3 (line 3, column 33)", error.Message);
        Assert.Equal((3, 33), (error.Line, error.Column));
    }

    [Fact]
    public void Nesting_deeper_than_16_levels_is_refused_with_its_position()
    {
        // 16 levels (the root, the list, and 14 more) is still parsed, and fails on its type; 17 is refused as too deep.
        var sixteen = "{\"ClientName\": \"n\", \"ReadAttributes\": " + new string('[', 15) + new string(']', 15) + "}";
        Assert.Equal("ReadAttributes[0]", AssertMalformed(sixteen, "ReadAttributes[0]").MemberPath);

        var seventeen = "{\"ClientName\": \"n\", \"ReadAttributes\": " + new string('[', 16) + new string(']', 16) + "}";
        var error = AssertMalformed(seventeen, null);
        Assert.Equal("JSON nested too deeply at line 1, column 54: more than 16 levels of objects and arrays (an app client has 3)", error.Message);

        // Far deeper than the reader's own limit still gives our message, never the reader's.
        var deep = "{\"ClientName\": " + new string('[', 100_000);
        Assert.StartsWith("JSON nested too deeply at line 1, column 31:", AssertMalformed(deep, null).Message);
    }

    [Fact]
    public void A_raw_lone_surrogate_is_not_text()
    {
        var error = AssertMalformed("{\"ClientName\": \"a\ud800b\"}", null);

        Assert.Equal("invalid text at line 1, column 18: unpaired surrogate U+D800, which is not Unicode text (inside a JSON string, write it as the escape \\ud800)", error.Message);
    }

    [Fact]
    public void Messages_are_one_line_even_for_hostile_names_and_values()
    {
        var unknown = Assert.Single(UserPoolClientDefinition.FromJson("{\"ClientName\": \"n\", \"x\\ny\\u2028\\ud800\": 1}").UnknownMembers);
        Assert.Equal("\"x\\u000ay\\u2028\\ud800\"", unknown.Path);
        Assert.DoesNotContain('\n', unknown.Message);

        var error = AssertMalformed("{\"ClientName\": \"n\", \"AuthSessionValidity\": \"x\\ny\"}", "AuthSessionValidity");
        Assert.DoesNotContain('\n', error.Message);

        error = AssertMalformed("{\"ClientName\": \"n\", \"GenerateSecret\": \"" + new string('v', 5000) + "\\n\"}", "GenerateSecret");
        Assert.DoesNotContain('\n', error.Message);
        Assert.True(error.Message.Length < 200, error.Message);
    }

    [Fact]
    public void Null_text_is_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => UserPoolClientDefinition.FromJson(null!));
    }

    /// <summary>Asserts FromJson throws exactly UserPoolClientJsonException (a FormatException) with this member path, on one line.</summary>
    internal static UserPoolClientJsonException AssertMalformed(string json, string? path)
    {
        var error = Assert.Throws<UserPoolClientJsonException>(() => UserPoolClientDefinition.FromJson(json));
        Assert.IsAssignableFrom<FormatException>(error);
        Assert.Equal(path, error.MemberPath);
        if (path is not null) Assert.StartsWith(path + ": ", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\r', error.Message);
        Assert.True(error.Line >= 1 && error.Column >= 1);
        return error;
    }
}
