using System.Text.Json.Nodes;
using CognitoGen.Tests.Clients;

namespace CognitoGen.Tests.Json;

/// <summary>The CLI input JSON of every member; expected documents are written by hand from the API's member names.</summary>
public class CliJsonTests
{
    private const string Secret = "abcdefghijklmnopqrstuvwxyz012345";

    [Fact]
    public void Every_member_is_written_with_the_API_name_and_casing()
    {
        var json = AllMembersClient.Definition with { ClientSecret = Secret };

        // Written out by hand from the API's member names (shared with the JSON reader's test).
        AssertJson(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Json", "all-members-request.json")), json.ToCliInputJson("eu-west-1_abc"));
    }

    [Fact]
    public void Update_json_is_complete_and_has_no_create_only_members()
    {
        var json = (AllMembersClient.Definition with { ClientSecret = Secret }).ToUpdateCliInputJson("eu-west-1_abc", "client123");
        var node = JsonNode.Parse(json)!.AsObject();

        Assert.Equal("client123", (string?)node["ClientId"]);
        Assert.Equal("eu-west-1_abc", (string?)node["UserPoolId"]);
        Assert.False(node.ContainsKey("GenerateSecret"));
        Assert.False(node.ContainsKey("ClientSecret"));
        // Everything else is the create request's member set: UpdateUserPoolClient resets whatever it is not sent.
        var create = JsonNode.Parse((AllMembersClient.Definition with { ClientSecret = Secret }).ToCliInputJson("eu-west-1_abc"))!.AsObject();
        Assert.Equal(
            create.Select(p => p.Key).Except(new[] { "GenerateSecret", "ClientSecret" }).Append("ClientId").Order(),
            node.Select(p => p.Key).Order());
    }

    [Fact]
    public void Undeclared_members_are_absent()
    {
        AssertJson("""{ "UserPoolId": "p_1", "ClientName": "bare" }""", BareClient.Definition.ToCliInputJson("p_1"));
        AssertJson("""{ "UserPoolId": "p_1", "ClientId": "c", "ClientName": "bare" }""", BareClient.Definition.ToUpdateCliInputJson("p_1", "c"));
    }

    [Fact]
    public void A_declared_runtime_secret_must_be_supplied_before_a_create_request()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AllMembersClient.Definition.ToCliInputJson("p_1"));
        Assert.Contains("All members", error.Message);
        Assert.Contains("ClientSecret", error.Message);
    }

    [Fact]
    public void ToString_never_shows_the_secret()
    {
        var text = (AllMembersClient.Definition with { ClientSecret = Secret }).ToString();

        Assert.DoesNotContain(Secret, text);
        Assert.Contains("\"ClientSecret\": \"***\"", text);
    }

    [Theory]
    [InlineData("quote \" backslash \\ brace { newline \n tab \t")]
    [InlineData("\u2028\u2029 bidi \u202E control \u0001 del \u007f")]
    [InlineData("lone \ud800 surrogate and pair \ud83d\ude00")]
    [InlineData("")]
    public void Any_string_round_trips_through_the_json(string value)
    {
        var definition = new UserPoolClientDefinition(value) { CallbackURLs = new[] { value, "x" } };
        var node = JsonNode.Parse(definition.ToCliInputJson("p_1"))!;

        Assert.Equal(value, (string?)node["ClientName"]);
        Assert.Equal(value, (string?)node["CallbackURLs"]![0]);
    }

    [Fact]
    public void Lists_are_frozen_copies_and_compare_by_value()
    {
        var urls = new List<string> { "https://a.example.com" };
        var definition = new UserPoolClientDefinition("c") { CallbackURLs = urls };
        urls.Add("https://b.example.com");

        Assert.Equal(new[] { "https://a.example.com" }, definition.CallbackURLs);
        Assert.Equal(definition, new UserPoolClientDefinition("c") { CallbackURLs = new[] { "https://a.example.com" } });
        Assert.NotEqual(definition, new UserPoolClientDefinition("c") { CallbackURLs = new[] { "https://b.example.com" } });
        Assert.False(definition.CallbackURLs is ICollection<string>, "a caller could cast the list and mutate a shared definition");
    }

    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected:\n{expected}\nActual:\n{actual}");
}
