using System.Text.Json.Nodes;
using CognitoGen.Pool;
using CognitoGen.Tests.Analyzers;
using CognitoGen.Tests.Infrastructure;
using static CognitoGen.Tests.Infrastructure.AnalyzerVerifier;

namespace CognitoGen.Tests.Pool;

/// <summary>
/// Issue 9's "done when" on the sample itself: the sample client (sample/CognitoGen.Sample/MyTestClient.cs, the seed's
/// request) against the pool the CDK stack of e2e/cdk declares (its committed synth output, AuthStack.template.json),
/// which defines the sample's custom scope and identity providers. With the pool as it is, no pool rule fires and the
/// reminders are gone; with one name taken out of the template, the analyzer reports the new error on that argument, and
/// the JSON path (the seed's request, as `cognitogen validate --pool` reads it) reports the same rule.
/// </summary>
public class SampleAgainstItsPoolTests
{
    /// <summary>The pool rules and the reminders they replace.</summary>
    private static readonly string[] Watched = { "CGEN8001", "CGEN8002", "CGEN8003", "CGEN8004", "CGEN8005", "CGEN8007", "CGEN2015", "CGEN6005", "CGEN6006", "CGEN6007" };

    private static string Source => File.ReadAllText(RepoFiles.Path("sample", "CognitoGen.Sample", "MyTestClient.cs"));

    private static string Template => File.ReadAllText(RepoFiles.Path("e2e", "cdk", "AuthStack.template.json"));

    private static string SeedRequest => File.ReadAllText(RepoFiles.Path("tests", "CognitoGen.Tests", "Sample", "seed-request.json"));

    /// <summary>The template with <paramref name="edit"/> applied to its resources.</summary>
    private static string TemplateWith(Action<JsonObject> edit)
    {
        var template = JsonNode.Parse(Template)!.AsObject();
        edit(template["Resources"]!.AsObject());
        return template.ToJsonString();
    }

    private static Task Analyze(string source, string template) =>
        RuleCaseTests.WithPool(Test(source, Watched), null, new[] { PoolFile.Inline("AuthStack.template.json", template) }).RunAsync();

    private static string[] JsonPath(string template)
    {
        var pool = UserPoolContextLoader.Load(new[] { ("AuthStack.template.json", template) });
        Assert.Empty(pool.Diagnostics);
        return UserPoolClientDefinition.FromJson(SeedRequest).Validate(pool.Context).Select(f => f.Id).Where(Watched.Contains).ToArray();
    }

    [Fact]
    public async Task The_sample_builds_clean_against_the_pool_its_stack_declares()
    {
        await Analyze(Source, Template);
        Assert.Empty(JsonPath(Template));
    }

    [Fact]
    public async Task Without_the_pool_the_reminders_are_there()
    {
        // The control: the same source without pool files gets the reminders the pool answers above.
        var source = Source.Replace("IdentityProvider(\"MyOIDC\")", "IdentityProvider({|CGEN6006:\"MyOIDC\"|})")
            .Replace("IdentityProvider(BuiltInIdentityProvider.Google)", "IdentityProvider({|CGEN6006:BuiltInIdentityProvider.Google|})")
            .Replace("IdentityProvider(BuiltInIdentityProvider.Facebook)", "IdentityProvider({|CGEN6006:BuiltInIdentityProvider.Facebook|})")
            .Replace("OAuthScope(\"solar-system-data/asteroids.add\")", "OAuthScope({|CGEN2015:\"solar-system-data/asteroids.add\"|})");
        await Test(source, Watched).RunAsync();
    }

    [Fact]
    public async Task A_scope_the_stack_no_longer_defines_is_an_error_at_the_scope()
    {
        var template = TemplateWith(r => r["SolarSystemData"]!["Properties"]!["Scopes"]![0]!["ScopeName"] = "asteroids.create");
        await Analyze(Source.Replace("OAuthScope(\"solar-system-data/asteroids.add\")", "OAuthScope({|CGEN8002:\"solar-system-data/asteroids.add\"|})"), template);
        Assert.Equal(new[] { "CGEN8002" }, JsonPath(template));
    }

    [Fact]
    public async Task An_identity_provider_the_stack_no_longer_declares_is_an_error_at_the_provider()
    {
        var template = TemplateWith(r => r.Remove("MyOIDC"));
        await Analyze(Source.Replace("IdentityProvider(\"MyOIDC\")", "IdentityProvider({|CGEN8003:\"MyOIDC\"|})"), template);
        Assert.Equal(new[] { "CGEN8003" }, JsonPath(template));
    }

    [Fact]
    public async Task A_required_attribute_the_client_cannot_write_is_an_error_at_the_write_attributes()
    {
        var template = TemplateWith(r => r["Pool"]!["Properties"]!["Schema"]!.AsArray().Add(new JsonObject { ["Name"] = "name", ["AttributeDataType"] = "String", ["Mutable"] = true, ["Required"] = true }));
        await Analyze(Source.Replace("[WriteAttributes(StandardAttribute.Email, StandardAttribute.PhoneNumber)]", "[{|CGEN8005:WriteAttributes(StandardAttribute.Email, StandardAttribute.PhoneNumber)|}]"), template);
        Assert.Equal(new[] { "CGEN8005" }, JsonPath(template));
    }
}
