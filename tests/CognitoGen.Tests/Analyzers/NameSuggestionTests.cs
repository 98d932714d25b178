using CognitoGen.Tests.Clients;

namespace CognitoGen.Tests.Analyzers;

/// <summary>
/// "Did you mean" in the messages of CGEN2011 (scope), CGEN6003 (attribute), CGEN5001 (auth flow) and CGEN2001
/// (OAuth flow): a near miss gets the one nearby valid value, anything else gets no suggestion at all.
/// </summary>
public class NameSuggestionTests
{
    private static string? MessageOf(string id, UserPoolClientDefinition definition)
        => definition.Validate().FirstOrDefault(f => f.Id == id)?.Message;

    private static string? ScopeMessage(string scope)
        => MessageOf("CGEN2011", BareClient.Definition with { AllowedOAuthScopes = [scope] });

    private static string? AttributeMessage(string name)
        => MessageOf("CGEN6003", BareClient.Definition with { ReadAttributes = [name] });

    private static string? AuthFlowMessage(string flow)
        => MessageOf("CGEN5001", BareClient.Definition with { ExplicitAuthFlows = [flow] });

    private static string? OAuthFlowMessage(string flow)
        => MessageOf("CGEN2001", BareClient.Definition with { AllowedOAuthFlows = [flow] });

    [Theory]
    [InlineData("opneid", "openid")]
    [InlineData("openi", "openid")]
    [InlineData("OpenId", "openid")]
    [InlineData("emial", "email")]
    [InlineData("phon", "phone")]
    [InlineData("mail", "email")] // 4 characters, one deletion away
    [InlineData("profiel", "profile")]
    [InlineData("aws.cognito.signin.user.admn", "aws.cognito.signin.user.admin")]
    public void A_misspelt_standard_scope_gets_the_standard_one(string typo, string expected)
    {
        var message = ScopeMessage(typo);
        Assert.NotNull(message);
        Assert.EndsWith($" Did you mean '{expected}'?", message);
    }

    [Theory]
    [InlineData("read")]          // 4 characters, distance 2 from "email"/"phone": nonsense to suggest
    [InlineData("Cognito")]
    [InlineData("openidconnect")] // far longer than any scope
    public void A_scope_that_is_not_a_near_miss_gets_no_suggestion(string value)
    {
        var message = ScopeMessage(value);
        Assert.NotNull(message);
        Assert.DoesNotContain("Did you mean", message);
    }

    [Theory]
    [InlineData("emial", "email")]
    [InlineData("Email", "email")]
    [InlineData("given_nam", "given_name")]
    [InlineData("phone_numbr", "phone_number")]
    [InlineData("familyname", "family_name")]
    public void A_misspelt_standard_attribute_gets_the_standard_one(string typo, string expected)
    {
        var message = AttributeMessage(typo);
        Assert.NotNull(message);
        Assert.EndsWith($" Did you mean '{expected}'?", message);
    }

    [Theory]
    [InlineData("tier")]
    [InlineData("favourite_colour")]
    [InlineData("x")]
    public void An_attribute_that_is_not_a_near_miss_gets_no_suggestion(string value)
    {
        var message = AttributeMessage(value);
        Assert.NotNull(message);
        Assert.DoesNotContain("Did you mean", message);
    }

    [Theory]
    [InlineData("ALLOW_USER_SRP_AUTHH", "ALLOW_USER_SRP_AUTH")]
    [InlineData("allow_user_srp_auth", "ALLOW_USER_SRP_AUTH")]
    [InlineData("ALLOW_REFRESH_TOKEN_AUT", "ALLOW_REFRESH_TOKEN_AUTH")]
    [InlineData("USER_PASWORD_AUTH", "USER_PASSWORD_AUTH")]
    public void A_misspelt_auth_flow_gets_the_real_one(string typo, string expected)
    {
        var message = AuthFlowMessage(typo);
        Assert.NotNull(message);
        Assert.EndsWith($" Did you mean '{expected}'?", message);
    }

    [Theory]
    [InlineData("ALLOW_SRP")]
    [InlineData("PASSWORD")]
    public void An_auth_flow_that_is_not_a_near_miss_gets_no_suggestion(string value)
    {
        var message = AuthFlowMessage(value);
        Assert.NotNull(message);
        Assert.DoesNotContain("Did you mean", message);
    }

    [Theory]
    [InlineData("cod", "code")]
    [InlineData("Code", "code")]
    [InlineData("implict", "implicit")]
    [InlineData("client_credential", "client_credentials")]
    public void A_misspelt_oauth_flow_gets_the_real_one(string typo, string expected)
    {
        var message = OAuthFlowMessage(typo);
        Assert.NotNull(message);
        Assert.EndsWith($" Did you mean '{expected}'?", message);
    }

    [Theory]
    [InlineData("pkce")]
    [InlineData("authorization_code")]
    [InlineData("token")]
    public void An_oauth_flow_that_is_not_a_near_miss_gets_no_suggestion(string value)
    {
        var message = OAuthFlowMessage(value);
        Assert.NotNull(message);
        Assert.DoesNotContain("Did you mean", message);
    }
}
