using System.Text.Json.Nodes;
using CognitoGen.Cli;
using CognitoGen.Tests.Clients;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Cli;

/// <summary>
/// `cognitogen import` writes the class a user would write (import, compile, and the JSON equals the input), and
/// `cognitogen diff` reports drift between a definition and describe output.
/// </summary>
public class ImportAndDiffTests
{
    private const string Secret = "abcdefghijklmnopqrstuvwxyz012345";
    private static readonly string SeedRequest = File.ReadAllText(RepoFiles.Path("tests", "CognitoGen.Tests", "Sample", "seed-request.json"));
    private static readonly string SeedDescribe = RepoFiles.Path("tests", "CognitoGen.Tests", "Cli", "seed-describe-output.json");

    /// <summary>CLI inputs covering every member and both analytics forms, plus random clients.</summary>
    private static IEnumerable<string> Inputs()
    {
        yield return SeedRequest;
        yield return (AllMembersClient.Definition with { ClientSecret = Secret }).ToCliInputJson("eu-west-1_abc");
        yield return BareClient.Definition.ToCliInputJson("p_1");
        yield return new UserPoolClientDefinition("odd \"name\" \\ {x}\u2028") { CallbackURLs = new[] { "https://a.example.com/?q=\"*/", "x\ny" } }.ToCliInputJson("p_1");
        var random = new Random(42);
        for (var i = 0; i < 25; i++) yield return RandomDefinition(random, i).ToCliInputJson("us-east-1_r" + i);
    }

    [Fact]
    public void Import_then_compile_gives_back_the_input_json()
    {
        var inputs = Inputs().ToList();
        var documents = inputs.Select(UserPoolClientDefinition.FromJson).ToList();
        var sources = documents.Select((d, i) => ImportCommand.ToCSharp(d, "Imported", "C" + i, $"input{i}.json")).ToArray();

        var assembly = InMemoryAssembly.Load(sources);

        for (var i = 0; i < inputs.Count; i++)
        {
            var definition = InMemoryAssembly.Definition(assembly, "Imported.C" + i);
            if (documents[i].Definition.ClientSecret is { } secret) definition = definition with { ClientSecret = secret };
            var json = definition.ToCliInputJson(documents[i].UserPoolId!);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(inputs[i]), JsonNode.Parse(json)), $"input {i}:\n{inputs[i]}\nimported:\n{sources[i]}\nwrote:\n{json}");
        }

        Assert.All(sources, s => Assert.DoesNotContain(Secret, s));
    }

    [Fact]
    public void Importing_describe_output_gives_the_request_a_user_would_write()
    {
        var document = UserPoolClientDefinition.FromJson(File.ReadAllText(SeedDescribe));
        var source = ImportCommand.ToCSharp(document, null, null, "describe.json");

        Assert.Contains("public partial class MyTestClient", source);
        Assert.DoesNotContain("RoleArn", source); // Cognito's own service-linked role is not part of the request.
        Assert.DoesNotContain("this1234is5678my91011example1213client1415secret", source);
        // Describe output cannot tell a generated secret from a custom one: the safe default is GenerateSecret = true.
        Assert.DoesNotContain("\n[CustomClientSecret]", source);
        Assert.Contains("[UserPoolClient(\"MyTestClient\", GenerateSecret = true)]", source);
        Assert.Contains("// The described client has a secret; describe output cannot tell a secret Cognito generated from one you brought, so this declares GenerateSecret = true", source);

        var imported = InMemoryAssembly.Definition(InMemoryAssembly.Load(source), "MyTestClient");
        Assert.DoesNotContain(imported.Validate(), f => f.Severity == Rules.RuleSeverity.Error);
        // What the import declares is what is deployed: no drift.
        Assert.Empty(imported.Diff(document.Definition));
    }

    [Fact]
    public void A_unit_without_its_lifetime_imports_as_is_and_builds_under_warnaserror()
    {
        // cognito-local describes clients this way: IdToken unit, no IdTokenValidity.
        const string Json = """{"ClientName": "local", "AccessTokenValidity": 60, "TokenValidityUnits": {"AccessToken": "minutes", "IdToken": "hours"}}""";
        var document = UserPoolClientDefinition.FromJson(Json);
        var source = ImportCommand.ToCSharp(document, "Imported", "Local", "local.json");

        var input = GeneratorHarness.Compilation(SdkShape.Current, source);
        var pipeline = FullPipeline.Execute(input).AssertSound("unit without lifetime");
        Assert.DoesNotContain(pipeline.AnalyzerDiagnostics, d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        var warnAsError = pipeline.Output.WithOptions(pipeline.Output.Options.WithGeneralDiagnosticOption(Microsoft.CodeAnalysis.ReportDiagnostic.Error));
        Assert.Empty(warnAsError.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        Assert.Contains("#pragma warning disable CGEN1005 // imported as described: IdUnit without a lifetime", source);

        var imported = InMemoryAssembly.Definition(InMemoryAssembly.Load(source), "Imported.Local");
        Assert.Equal(document.Definition, imported);
    }

    [Fact]
    public void A_described_secret_imports_as_generated_says_so_on_stderr_and_is_written_nowhere()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, CommandLine.Run(new[] { "import", SeedDescribe }, stdout, stderr));

        Assert.Contains("GenerateSecret = true", stdout.ToString());
        Assert.Contains("note: The described client has a secret; describe output cannot tell a secret Cognito generated from one you brought", stderr.ToString());
        Assert.DoesNotContain("this1234is5678my91011example1213client1415secret", stdout.ToString() + stderr.ToString());
        var imported = InMemoryAssembly.Definition(InMemoryAssembly.Load(stdout.ToString()), "MyTestClient");
        Assert.Null(imported.ClientSecret);
        Assert.True(imported.GenerateSecret);
    }

    [Fact]
    public void Empty_lists_import_as_absent_with_a_comment()
    {
        // Terraform writes [] for unset sets.
        const string Json = """{"ClientName": "tf", "SupportedIdentityProviders": [], "CallbackURLs": [], "LogoutURLs": [], "AllowedOAuthScopes": [], "ReadAttributes": ["email"]}""";
        var file = Path.Combine(Directory.CreateTempSubdirectory("cognitogen-import-").FullName, "client.json");
        File.WriteAllText(file, Json);
        var stdout = new StringWriter();
        Assert.Equal(0, CommandLine.Run(new[] { "import", file, "--namespace", "Imported", "--class", "Tf" }, stdout, new StringWriter()));
        var source = stdout.ToString();

        Assert.Contains("// CallbackURLs was an empty list in the input; Cognito treats an empty list as an absent one, so no [CallbackUrl] is declared.", source);
        Assert.Contains("// SupportedIdentityProviders was an empty list in the input;", source);
        Assert.Contains("// LogoutURLs was an empty list in the input;", source);
        Assert.Contains("// AllowedOAuthScopes was an empty list in the input;", source);
        var imported = InMemoryAssembly.Definition(InMemoryAssembly.Load(source), "Imported.Tf");
        Assert.Equal(new UserPoolClientDefinition("tf") { ReadAttributes = new[] { "email" } }, imported);
    }

    [Fact]
    public void An_empty_TokenValidityUnits_imports_as_the_defaults_with_a_comment()
    {
        var document = UserPoolClientDefinition.FromJson("""{"ClientName": "units", "TokenValidityUnits": {}}""");
        var source = ImportCommand.ToCSharp(document, "Imported", "Units", "units.json");

        Assert.Contains("// TokenValidityUnits was an empty object in the input, which leaves every unit at its default; no unit is declared.", source);
        Assert.DoesNotContain("[TokenValidity", source);
        Assert.Equal(new UserPoolClientDefinition("units"), InMemoryAssembly.Definition(InMemoryAssembly.Load(source), "Imported.Units"));
    }

    [Theory]
    [InlineData("""{"ClientName": "c", "AllowedOAuthFlows": ["token"]}""", "AllowedOAuthFlows: 'token'")]
    [InlineData("""{"ClientName": "c", "TokenValidityUnits": {"AccessToken": "weeks"}}""", "TokenValidityUnits.AccessToken: 'weeks'")]
    [InlineData("""{"ClientName": "c", "PreventUserExistenceErrors": "DISABLED"}""", "PreventUserExistenceErrors: 'DISABLED'")]
    [InlineData("""{"ClientName": "c", "RefreshTokenRotation": {"RetryGracePeriodSeconds": 5}}""", "RefreshTokenRotation: Feature is missing")]
    public void What_attributes_cannot_express_exits_non_zero_with_a_reason(string json, string reason)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("cognitogen-import-").FullName, "client.json");
        File.WriteAllText(file, json);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        Assert.Equal(2, CommandLine.Run(new[] { "import", file }, stdout, stderr));
        Assert.Empty(stdout.ToString());
        Assert.Contains(reason, stderr.ToString());
    }

    [Fact]
    public void Diff_reports_each_drifting_member_of_the_seed_and_nothing_else()
    {
        var dir = Directory.CreateTempSubdirectory("cognitogen-diff-").FullName;
        var declared = Path.Combine(dir, "declared.json");
        File.WriteAllText(declared, SeedRequest);

        // The AWS example itself differs in one place: its describe output shows the analytics project under another
        // account ID (123456789012) than its command line (767671399759). List order, the service-linked role and the
        // secret are not drift.
        const string ArnDrift = "drift AnalyticsConfiguration.ApplicationArn: declared 'arn:aws:mobiletargeting:us-west-2:767671399759:apps/thisisanexamplepinpointapplicationid', deployed 'arn:aws:mobiletargeting:us-west-2:123456789012:apps/thisisanexamplepinpointapplicationid'";
        var stdout = new StringWriter();
        Assert.Equal(1, CommandLine.Run(new[] { "diff", declared, SeedDescribe }, stdout, new StringWriter()));
        Assert.Equal($"{SeedDescribe}: {ArnDrift}\n", stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));

        var fixedArn = Path.Combine(dir, "deployed.json");
        File.WriteAllText(fixedArn, File.ReadAllText(SeedDescribe).Replace("mobiletargeting:us-west-2:123456789012", "mobiletargeting:us-west-2:767671399759", StringComparison.Ordinal));
        stdout = new StringWriter();
        Assert.Equal(0, CommandLine.Run(new[] { "diff", declared, fixedArn }, stdout, new StringWriter()));
        Assert.Empty(stdout.ToString());

        var edited = Path.Combine(dir, "edited.json");
        File.WriteAllText(edited, File.ReadAllText(fixedArn).Replace("\"AuthSessionValidity\": 4", "\"AuthSessionValidity\": 9", StringComparison.Ordinal));
        stdout = new StringWriter();
        Assert.Equal(1, CommandLine.Run(new[] { "diff", declared, edited }, stdout, new StringWriter()));
        Assert.Equal($"{edited}: drift AuthSessionValidity: declared 4, deployed 9\n", stdout.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));

        Assert.Equal(2, CommandLine.Run(new[] { "diff", declared, Path.Combine(dir, "missing.json") }, new StringWriter(), new StringWriter()));
    }

    /// <summary>A random but attribute-expressible client: every member present or not, values from small pools.</summary>
    internal static UserPoolClientDefinition RandomDefinition(Random r, int i)
    {
        T Pick<T>(params T[] values) => values[r.Next(values.Length)];
        bool Maybe() => r.Next(2) == 0;
        string[] Some(params string[] values) => values.Where(_ => Maybe()).DefaultIfEmpty(values[0]).ToArray();
        var units = new[] { "seconds", "minutes", "hours", "days" };
        return new UserPoolClientDefinition("client " + i)
        {
            GenerateSecret = Maybe() ? Maybe() : null,
            AccessTokenValidity = Maybe() ? r.Next(1, 100) : null,
            IdTokenValidity = Maybe() ? r.Next(1, 100) : null,
            RefreshTokenValidity = Maybe() ? r.Next(0, 100) : null,
            TokenValidityUnits = Maybe() ? new TokenValidityUnits(Pick(units), Maybe() ? Pick(units) : null, Pick(units)) : null,
            ReadAttributes = Maybe() ? Some("email", "name", "custom:tier", "address") : null,
            WriteAttributes = Maybe() ? Some("email", "custom:tier") : null,
            ExplicitAuthFlows = Maybe() ? Some("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_AUTH") : null,
            SupportedIdentityProviders = Maybe() ? Some("COGNITO", "Google", "Corp SAML") : null,
            CallbackURLs = Maybe() ? Some("https://a.example.com/cb", "myapp://cb", "http://localhost:3000") : null,
            LogoutURLs = Maybe() ? Some("https://a.example.com/bye") : null,
            DefaultRedirectURI = Maybe() ? "https://a.example.com/cb" : null,
            AllowedOAuthFlows = Maybe() ? Some("code", "implicit", "client_credentials") : null,
            AllowedOAuthScopes = Maybe() ? Some("openid", "email", "api/read") : null,
            AllowedOAuthFlowsUserPoolClient = Maybe() ? Maybe() : null,
            AnalyticsConfiguration = Maybe() ? Pick(
                new AnalyticsConfiguration(ApplicationArn: "arn:aws:mobiletargeting:us-east-1:123456789012:apps/abc", UserDataShared: Maybe() ? true : null),
                new AnalyticsConfiguration(ApplicationId: "abc123", RoleArn: "arn:aws:iam::123456789012:role/r", ExternalId: "x")) : null,
            PreventUserExistenceErrors = Maybe() ? Pick("ENABLED", "LEGACY") : null,
            EnableTokenRevocation = Maybe() ? Maybe() : null,
            EnablePropagateAdditionalUserContextData = Maybe() ? Maybe() : null,
            AuthSessionValidity = Maybe() ? r.Next(3, 16) : null,
            RefreshTokenRotation = Maybe() ? new RefreshTokenRotation(Pick("ENABLED", "DISABLED"), Maybe() ? r.Next(0, 61) : null) : null,
        };
    }
}
