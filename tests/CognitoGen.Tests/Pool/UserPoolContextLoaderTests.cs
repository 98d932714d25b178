using CognitoGen.Pool;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Pool;

/// <summary>UserPoolContextLoader reads AWS CLI outputs and CloudFormation templates by shape, and never throws.</summary>
public sealed class UserPoolContextLoaderTests
{
    private static string Sample(string name) => File.ReadAllText(RepoFiles.Path("tests", "CognitoGen.Tests", "Pool", "Samples", name));

    private static PoolLoadResult Load(params (string Path, string Text)[] files) => UserPoolContextLoader.Load(files);

    private static PoolLoadResult LoadSamples(params string[] names) => Load(names.Select(n => (n, Sample(n))).ToArray());

    [Fact]
    public void Describe_user_pool_gives_id_region_schema_and_domain()
    {
        var result = LoadSamples("describe-user-pool.json");
        Assert.Empty(result.Diagnostics);
        var c = result.Context;
        Assert.Equal("us-west-2_AbCdEf123", c.UserPoolId);
        Assert.Equal("us-west-2", c.Region);
        Assert.Equal(
            new[] { new SchemaAttribute("sub", false, true, false), new SchemaAttribute("email", false, true, true), new SchemaAttribute("tier", true, false, false) },
            c.SchemaAttributes!.ToArray());
        Assert.Equal("custom:tier", c.SchemaAttributes![2].ClientAttributeName);
        Assert.True(c.HasDomain);
        Assert.Null(c.ResourceServers);
        Assert.Null(c.IdentityProviderNames);
        Assert.Null(c.DeployedClients);
    }

    [Fact]
    public void All_cli_outputs_merge_into_one_context()
    {
        var result = LoadSamples("describe-user-pool.json", "list-resource-servers.json", "list-identity-providers.json",
            "describe-user-pool-domain.json", "describe-user-pool-client.json");
        Assert.Empty(result.Diagnostics);
        var c = result.Context;
        Assert.Equal("us-west-2_AbCdEf123", c.UserPoolId);
        Assert.Equal(2, c.ResourceServers!.Count);
        Assert.Equal("solar-system-data", c.ResourceServers[0].Identifier);
        Assert.Equal("Solar system data", c.ResourceServers[0].Name);
        Assert.Equal(new[] { "solar-system-data/asteroids.add", "solar-system-data/asteroids.read" }, c.ResourceServers[0].FullScopes.ToArray());
        Assert.Equal("https://orders.example.com", c.ResourceServers[1].Identifier);
        Assert.Empty(c.ResourceServers[1].ScopeNames);
        Assert.Equal(new[] { "Google", "MyOIDC" }, c.IdentityProviderNames!.ToArray());
        Assert.True(c.HasDomain);
        var client = c.FindClient("4example5clientid6abcdefgh");
        Assert.NotNull(client);
        Assert.True(client!.HasSecret);
        Assert.Equal("machine-client", client.Definition.ClientName);
        Assert.Null(c.FindClient("other"));
    }

    [Fact]
    public void Resource_servers_alone_give_the_pool_id_and_region()
    {
        var c = LoadSamples("list-resource-servers.json").Context;
        Assert.Equal("us-west-2_AbCdEf123", c.UserPoolId);
        Assert.Equal("us-west-2", c.Region);
        Assert.Null(c.SchemaAttributes);
    }

    [Fact]
    public void An_empty_domain_description_means_no_domain()
    {
        var result = LoadSamples("describe-user-pool-domain-none.json");
        Assert.Empty(result.Diagnostics);
        Assert.False(result.Context.HasDomain);
        Assert.Null(result.Context.UserPoolId);
    }

    [Fact]
    public void Nothing_loaded_is_unknown()
    {
        var result = Load();
        Assert.Equal(UserPoolContext.Unknown, result.Context);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Region_comes_from_the_arn_when_the_id_has_none()
    {
        var result = Load(("pool.json", """{"UserPool": {"Arn": "arn:aws:cognito-idp:eu-central-1:123456789012:userpool/x"}}"""));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("eu-central-1", result.Context.Region);
        Assert.Null(result.Context.SchemaAttributes);
        Assert.Null(result.Context.HasDomain);
    }

    [Fact]
    public void A_page_with_a_next_token_leaves_the_list_unknown_and_says_why()
    {
        var result = Load(("idps.json", "{\"Providers\": [{\"ProviderName\": \"Google\"}],\n  \"NextToken\": \"abc\"}"));
        Assert.Null(result.Context.IdentityProviderNames);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("idps.json", 2, 16), (d.File, d.Line, d.Column));
        Assert.Contains("NextToken", d.Message);
        Assert.Contains("--max-items", d.Message);
    }

    [Fact]
    public void A_second_pool_id_is_reported_and_its_file_ignored()
    {
        var result = Load(
            ("a.json", Sample("list-resource-servers.json")),
            ("b.json", """{"DomainDescription": {"UserPoolId": "eu-west-1_Other", "Domain": "other"}}"""));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("b.json", d.File);
        Assert.Contains("\"eu-west-1_Other\"", d.Message);
        Assert.Contains("\"us-west-2_AbCdEf123\"", d.Message);
        Assert.Null(result.Context.HasDomain);
    }

    [Theory]
    [InlineData("garbage", "not json at all", 1, 2, "invalid JSON")]
    [InlineData("truncated", "{\n  \"UserPool\": {\n    \"Id\": \"us-west-2_x\"", 3, 24, "invalid JSON")]
    [InlineData("empty", "", 1, 1, "empty")]
    [InlineData("array", "\n  [1, 2]", 2, 3, "expected a JSON object, got an array")]
    [InlineData("unrecognised", "{\"Foo\": 1}", 1, 1, "not a pool file")]
    [InlineData("wrong type", "{\"ResourceServers\": {\"Identifier\": \"x\"}}", 1, 21, "ResourceServers: expected an array, got an object")]
    [InlineData("wrong scope type", "{\"ResourceServers\": [{\"Identifier\": \"x\", \"Scopes\": [{\"ScopeName\": 7}]}]}", 1, 67, "ResourceServers[0].Scopes[0].ScopeName: expected a string, got a number")]
    [InlineData("wrong bool", "{\"UserPool\": {\"SchemaAttributes\": [{\"Name\": \"email\", \"Required\": \"yes\"}]}}", 1, 66, "UserPool.SchemaAttributes[0].Required: expected a boolean, got a string")]
    [InlineData("bad client", "{\"UserPoolClient\": {\"ClientName\": 5}}", 1, 35, "describe-user-pool-client")]
    [InlineData("no resources", "{\"Resources\": {\"Bucket\": {\"Type\": \"AWS::S3::Bucket\"}}}", 1, 15, "without AWS::Cognito::UserPool")]
    public void A_bad_file_gives_one_diagnostic_with_its_position_and_the_others_still_count(string name, string text, int line, int column, string message)
    {
        var result = Load((name, text), ("idps.json", Sample("list-identity-providers.json")));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(name, d.File);
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.Contains(message, d.Message);
        Assert.Contains("ignored", d.Message);
        Assert.Equal(new[] { "Google", "MyOIDC" }, result.Context.IdentityProviderNames!.ToArray());
    }

    [Fact]
    public void Deep_nesting_is_a_diagnostic_not_a_crash()
    {
        var text = "{\"Resources\": " + new string('[', 5000) + new string(']', 5000) + "}";
        var result = Load(("deep.json", text));
        var d = Assert.Single(result.Diagnostics);
        Assert.Contains("nested more than", d.Message);
        Assert.Equal(1, d.Line);
        Assert.Equal(UserPoolContext.Unknown, result.Context);
    }

    [Fact]
    public void Unpaired_surrogates_and_null_text_do_not_throw()
    {
        var result = Load(("s.json", "{\"Providers\": [{\"ProviderName\": \"\\ud800\"}, {\"ProviderName\": \"x\ud800\"}]}"), ("n.json", null!), (null!, "{}"));
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.Equal(2, result.Context.IdentityProviderNames!.Count);
    }

    private const string Alphabet = "{}[]\",:0a \\";

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(1234);
        var seed = Sample("describe-user-pool.json") + Sample("list-resource-servers.json");
        for (var i = 0; i < 300; i++)
        {
            var chars = seed.ToCharArray();
            for (var k = 0; k < 5; k++) chars[random.Next(chars.Length)] = Alphabet[random.Next(Alphabet.Length)];
            var cut = new string(chars, 0, random.Next(chars.Length));
            var result = Load(("fuzz.json", cut));
            Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1));
        }
    }

    [Theory]
    [InlineData("us-west-2_AbC", "us-west-2")]
    [InlineData("arn:aws:cognito-idp:ap-southeast-1:1:userpool/ap-southeast-1_x", "ap-southeast-1")]
    [InlineData("nounderscore", null)]
    [InlineData("_x", null)]
    [InlineData("US-WEST-2_x", null)]
    public void Region_of_a_pool_id_or_arn(string value, string? region)
    {
        Assert.Equal(region, UserPoolContextLoader.RegionOf(value));
    }
}
