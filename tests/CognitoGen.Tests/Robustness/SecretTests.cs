using CognitoGen.Tests.Clients;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Robustness;

/// <summary>A custom client secret goes only into the create request or create JSON it belongs to.</summary>
public class SecretTests
{
    private const string Secret = "s3cr3tS3CR3Tsecret_0123456789+";
    private const string BadSecret = "short/secret-with-bad+chars";

    [Fact]
    public void The_secret_reaches_the_create_request_and_nothing_else()
    {
        var definition = AllMembersClient.Definition with { ClientSecret = Secret };

        Assert.Contains(Secret, definition.ToCliInputJson("p_1"));
        Assert.Equal(Secret, definition.ToCreateRequest("p_1").ClientSecret);
        Assert.DoesNotContain(Secret, definition.ToUpdateCliInputJson("p_1", "c"));
        Assert.DoesNotContain(Secret, definition.ToString());
        Assert.All(definition.Validate("p_1"), f => Assert.DoesNotContain(Secret, f.Message));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void An_empty_or_blank_secret_is_not_supplied_for_the_builder_the_json_and_Validate(string blank)
    {
        // A client that brings its own secret: blank is the same as missing, so nothing can be built.
        var custom = AllMembersClient.Definition with { ClientSecret = blank };
        Assert.Null(custom.ClientSecret);
        Assert.Equal(AllMembersClient.Definition, custom);
        Assert.Throws<InvalidOperationException>(() => custom.ToCliInputJson("p_1"));
        Assert.Throws<InvalidOperationException>(() => custom.ToCreateRequest("p_1"));
        Assert.DoesNotContain(custom.Validate("p_1"), f => f.Id == "CGEN5008");

        // A client without a custom secret: blank sends no ClientSecret at all.
        var bare = BareClient.Definition with { ClientSecret = blank };
        Assert.DoesNotContain("ClientSecret", bare.ToCliInputJson("p_1"));
        Assert.Null(bare.ToCreateRequest("p_1").ClientSecret);
        Assert.DoesNotContain(bare.Validate("p_1"), f => f.Id == "CGEN5008");
    }

    [Fact]
    public void A_malformed_secret_is_reported_without_quoting_it()
    {
        var findings = (BareClient.Definition with { ClientSecret = BadSecret }).Validate();

        Assert.Contains(findings, f => f.Id == "CGEN5008");
        Assert.All(findings, f => Assert.DoesNotContain(BadSecret, f.Message));
        Assert.All(findings, f => Assert.DoesNotContain(BadSecret, f.ToString()));
    }

    [Fact]
    public void A_secret_literal_in_code_is_flagged_without_echoing_it()
    {
        var pipeline = FullPipeline.Execute(GeneratorHarness.Compilation(SdkShape.Current, $$"""
            using CognitoGen;
            [UserPoolClient("a"), CustomClientSecret] public partial class A { }
            public static class Use { public static object Build() => A.Definition with { ClientSecret = "{{Secret}}" }; }
            """)).AssertSound("secret literal");

        var diagnostic = Assert.Single(pipeline.AnalyzerDiagnostics, d => d.Id == "CGEN1006");
        Assert.DoesNotContain(Secret, diagnostic.GetMessage());
        Assert.All(pipeline.Run.GeneratedTrees, t => Assert.DoesNotContain(Secret, t.ToString()));
    }
}
