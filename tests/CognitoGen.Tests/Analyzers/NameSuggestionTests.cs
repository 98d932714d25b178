using CognitoGen.Tests.Clients;
using CognitoGen.Rules;

namespace CognitoGen.Tests.Analyzers;

/// <summary>
/// "Did you mean" in the messages of CGEN2011 (scope), CGEN6003 (attribute), CGEN5001 (auth flow), CGEN2001
/// (OAuth flow) and CGEN6005/CGEN6006 (built-in identity provider): a near miss gets the one nearby valid value, anything
/// else gets no suggestion at all.
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

    private static RuleFinding? IdentityProviderFinding(string id, string name)
        => (BareClient.Definition with { SupportedIdentityProviders = [name] }).Validate().FirstOrDefault(f => f.Id == id);

    [Theory]
    [InlineData("google", "Google")]
    [InlineData("cognito", "COGNITO")]
    [InlineData("Cognito", "COGNITO")]
    [InlineData("FACEBOOK", "Facebook")]
    [InlineData("signinwithapple", "SignInWithApple")]
    [InlineData("LOGINWITHAMAZON", "LoginWithAmazon")]
    public void A_built_in_provider_in_the_wrong_case_gets_the_exact_name(string name, string expected)
    {
        var finding = IdentityProviderFinding("CGEN6005", name);
        Assert.NotNull(finding);
        Assert.Equal(expected, finding.Suggestion);
        Assert.Equal(
            $"Identity provider '{name}' differs from the built-in '{expected}' only in letter case; names are case-sensitive, so Cognito will likely answer: The provider {name} does not exist for User Pool. Did you mean '{expected}'?",
            finding.Message);
        Assert.Null(IdentityProviderFinding("CGEN6006", name));
    }

    [Theory]
    [InlineData("Gogle", "Google")]
    [InlineData("Googel", "Google")]
    [InlineData("Facebok", "Facebook")]
    [InlineData("FaceBok", "Facebook")] // a case difference and a deletion
    [InlineData("SignInWithAple", "SignInWithApple")]
    [InlineData("LoginWithAmazn", "LoginWithAmazon")]
    [InlineData("COGNITOO", "COGNITO")]
    public void A_near_miss_of_a_built_in_provider_gets_the_built_in_name(string name, string expected)
    {
        var finding = IdentityProviderFinding("CGEN6006", name);
        Assert.NotNull(finding);
        Assert.Equal(expected, finding.Suggestion);
        Assert.Equal(
            $"Identity provider '{name}' must be configured in the user pool under exactly this name, or Cognito answers InvalidParameterException: The provider {name} does not exist for User Pool. Did you mean '{expected}'?",
            finding.Message);
    }

    [Theory]
    [InlineData("MyOIDC")]
    [InlineData("Okta")]
    [InlineData("Gmail")]
    [InlineData("Azure")]
    [InlineData("Apple")]
    [InlineData("Amazon")]
    [InlineData("MySaml")]
    [InlineData("CorporateAD")]
    [InlineData("Google")]    // a built-in name itself: a reminder, nothing to suggest
    [InlineData("Facebook")]
    public void A_provider_that_is_not_a_near_miss_of_a_built_in_gets_no_suggestion(string name)
    {
        var finding = IdentityProviderFinding("CGEN6006", name);
        Assert.NotNull(finding);
        Assert.Null(finding.Suggestion);
        Assert.Equal(
            $"Identity provider '{name}' must be configured in the user pool under exactly this name, or Cognito answers InvalidParameterException: The provider {name} does not exist for User Pool.",
            finding.Message);
    }
}
