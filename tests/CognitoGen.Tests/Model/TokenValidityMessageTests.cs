namespace CognitoGen.Tests.Model;

/// <summary>CGEN4002's message states a lifetime once, and converts it only when that says something new.</summary>
public class TokenValidityMessageTests
{
    [Fact]
    public void CGEN4002_does_not_echo_the_value_in_its_own_unit()
    {
        var finding = Assert.Single(new UserPoolClientDefinition("c") { AccessTokenValidity = 2, TokenValidityUnits = new TokenValidityUnits("minutes", null, null) }.Validate(), f => f.Id == "CGEN4002");
        Assert.StartsWith("AccessTokenValidity 2 minutes is outside ", finding.Message);
        Assert.DoesNotContain("minute(s)", finding.Message);
    }

    [Fact]
    public void CGEN4002_converts_a_value_given_in_another_unit()
    {
        var finding = Assert.Single(new UserPoolClientDefinition("c") { AccessTokenValidity = 90000, TokenValidityUnits = new TokenValidityUnits("seconds", null, null) }.Validate(), f => f.Id == "CGEN4002");
        Assert.StartsWith("AccessTokenValidity 90000 seconds (25 hour(s)) is outside ", finding.Message);
    }
}
