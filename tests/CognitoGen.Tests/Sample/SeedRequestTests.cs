using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using Amazon.CognitoIdentityProvider;
using CognitoGen.Sample;

namespace CognitoGen.Tests.Sample;

/// <summary>
/// The sample reproduces the AWS CLI example exactly. The expected request (seed-request.json) was written out by hand
/// from the command line in ../shared/seed/create-user-pool-client.rst, one flag per member.
/// </summary>
public class SeedRequestTests
{
    private static readonly JsonNode Seed = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sample", "seed-request.json")))!;

    [Fact]
    public void Sample_prints_the_seed_request_and_nothing_else()
    {
        var sample = typeof(SeedRequestTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SampleAssembly").Value!;
        var start = new ProcessStartInfo("dotnet", $"\"{sample}\"") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, stderr);
        // Parsing the whole of stdout as one JSON document proves there is nothing else on it.
        AssertJsonEqual(Seed, JsonNode.Parse(stdout)!);
    }

    [Fact]
    public void Definition_writes_the_seed_request()
    {
        AssertJsonEqual(Seed, JsonNode.Parse(MyTestClient.Definition.ToCliInputJson("us-west-2_EXAMPLE"))!);
    }

    [Fact]
    public void Create_request_carries_every_seed_member()
    {
        var r = MyTestClient.ToCreateRequest("us-west-2_EXAMPLE");

        Assert.Equal("us-west-2_EXAMPLE", r.UserPoolId);
        Assert.Equal("MyTestClient", r.ClientName);
        Assert.True(r.GenerateSecret);
        Assert.Null(r.ClientSecret);
        Assert.Equal(10, r.RefreshTokenValidity);
        Assert.Equal(60, r.AccessTokenValidity);
        Assert.Equal(60, r.IdTokenValidity);
        Assert.Same(TimeUnitsType.Minutes, r.TokenValidityUnits.AccessToken);
        Assert.Same(TimeUnitsType.Minutes, r.TokenValidityUnits.IdToken);
        Assert.Same(TimeUnitsType.Days, r.TokenValidityUnits.RefreshToken);
        Assert.Equal(new[] { "email", "phone_number", "email_verified", "phone_number_verified" }, r.ReadAttributes);
        Assert.Equal(new[] { "email", "phone_number" }, r.WriteAttributes);
        Assert.Equal(new[] { "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" }, r.ExplicitAuthFlows);
        Assert.Equal(new[] { "Google", "Facebook", "MyOIDC" }, r.SupportedIdentityProviders);
        Assert.Equal(new[] { "https://www.amazon.com", "https://example.com", "http://localhost:8001", "myapp://example" }, r.CallbackURLs);
        Assert.Null(r.LogoutURLs);
        Assert.Null(r.DefaultRedirectURI);
        Assert.Equal(new[] { "code", "implicit" }, r.AllowedOAuthFlows);
        Assert.Equal(new[] { "openid", "profile", "aws.cognito.signin.user.admin", "solar-system-data/asteroids.add" }, r.AllowedOAuthScopes);
        Assert.True(r.AllowedOAuthFlowsUserPoolClient);
        Assert.Equal("arn:aws:mobiletargeting:us-west-2:767671399759:apps/thisisanexamplepinpointapplicationid", r.AnalyticsConfiguration.ApplicationArn);
        Assert.True(r.AnalyticsConfiguration.UserDataShared);
        Assert.Null(r.AnalyticsConfiguration.ApplicationId);
        Assert.Null(r.AnalyticsConfiguration.RoleArn);
        Assert.Null(r.AnalyticsConfiguration.ExternalId);
        Assert.Same(PreventUserExistenceErrorTypes.ENABLED, r.PreventUserExistenceErrors);
        Assert.True(r.EnableTokenRevocation);
        Assert.True(r.EnablePropagateAdditionalUserContextData);
        Assert.Equal(4, r.AuthSessionValidity);
        Assert.Null(r.RefreshTokenRotation);
    }

    private static void AssertJsonEqual(JsonNode expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected:\n{expected.ToJsonString()}\nActual:\n{actual.ToJsonString()}");
}
