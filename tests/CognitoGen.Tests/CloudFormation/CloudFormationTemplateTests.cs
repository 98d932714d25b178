using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoGen.Sample;
using CognitoGen.Tests.Clients;

namespace CognitoGen.Tests.CloudFormation;

/// <summary>
/// The CloudFormation writer uses CloudFormation's own property names. The names come, at test time, from the resource
/// specification that the AWS CDK publishes on npm (@aws-cdk/aws-service-spec); it is read, never copied into the repo.
/// </summary>
public sealed class CloudFormationTemplateTests : IClassFixture<CloudFormationTemplateTests.ResourceSpec>
{
    private readonly ResourceSpec _spec;

    public CloudFormationTemplateTests(ResourceSpec spec) => _spec = spec;

    [Fact]
    public void Property_names_are_CloudFormations_and_every_property_is_reachable()
    {
        var templates = new[]
        {
            JsonNode.Parse(MyTestClient.Definition.ToCloudFormationJson())!,
            JsonNode.Parse((AllMembersClient.Definition with { ClientSecretSuppliedAtRuntime = false }).ToCloudFormationJson("AllMembers", "PoolId"))!,
        };
        var properties = templates.Select(t => t["Resources"]!.AsObject().Single().Value!["Properties"]!.AsObject()).ToList();

        var written = properties.SelectMany(p => p.Select(m => m.Key)).ToHashSet();
        Assert.Subset(_spec.Properties.Keys.ToHashSet(), written);
        Assert.Equal(_spec.Properties.Keys.Order(), written.Order());
        foreach (var nested in new[] { "TokenValidityUnits", "AnalyticsConfiguration", "RefreshTokenRotation" })
        {
            var names = properties.Where(p => p.ContainsKey(nested)).SelectMany(p => p[nested]!.AsObject().Select(m => m.Key)).ToHashSet();
            Assert.Equal(_spec.Properties[nested].Order(), names.Order());
        }
    }

    [Fact]
    public void Template_refers_to_the_pool_parameter_and_outputs_the_client_id()
    {
        var template = JsonNode.Parse(MyTestClient.Definition.ToCloudFormationJson("Web", "Pool"))!;

        Assert.Equal("String", (string?)template["Parameters"]!["Pool"]!["Type"]);
        Assert.Equal("AWS::Cognito::UserPoolClient", (string?)template["Resources"]!["Web"]!["Type"]);
        Assert.Equal("Pool", (string?)template["Resources"]!["Web"]!["Properties"]!["UserPoolId"]!["Ref"]);
        Assert.Equal("Web", (string?)template["Outputs"]!["ClientId"]!["Value"]!["Ref"]);
        Assert.Equal("MyTestClient", (string?)template["Resources"]!["Web"]!["Properties"]!["ClientName"]);
    }

    [Fact]
    public void A_custom_secret_cannot_go_into_a_template()
    {
        Assert.Throws<NotSupportedException>(() => AllMembersClient.Definition.ToCloudFormationJson());
        Assert.Throws<ArgumentException>(() => MyTestClient.Definition.ToCloudFormationJson("not valid"));
    }

    /// <summary>AWS::Cognito::UserPoolClient's properties (and, for structures, their members) from the npm package.</summary>
    public sealed class ResourceSpec
    {
        private const string Package = "@aws-cdk/aws-service-spec@0.1.216";

        public ResourceSpec()
        {
            var dir = Directory.CreateTempSubdirectory("cognitogen-cfnspec-").FullName;
            var start = new ProcessStartInfo("npm", $"pack {Package} --pack-destination \"{dir}\"") { RedirectStandardOutput = true, RedirectStandardError = true };
            using (var npm = Process.Start(start)!)
            {
                var output = npm.StandardOutput.ReadToEnd() + npm.StandardError.ReadToEnd();
                Assert.True(npm.WaitForExit(TimeSpan.FromMinutes(3)) && npm.ExitCode == 0, "npm pack failed: " + output);
            }

            using var tgz = new GZipStream(File.OpenRead(Directory.GetFiles(dir, "*.tgz").Single()), CompressionMode.Decompress);
            using var tar = new TarReader(tgz);
            JsonDocument? db = null;
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.Name != "package/db.json.gz") continue;
                using var gz = new GZipStream(entry.DataStream!, CompressionMode.Decompress);
                db = JsonDocument.Parse(gz);
                break;
            }

            Assert.NotNull(db);
            var schema = db!.RootElement.GetProperty("schema");
            var resource = schema.GetProperty("resource").GetProperty("entities").EnumerateArray()
                .Single(e => e.TryGetProperty("cloudFormationType", out var t) && t.GetString() == "AWS::Cognito::UserPoolClient");
            var types = schema.GetProperty("typeDefinition").GetProperty("entities");
            foreach (var property in resource.GetProperty("properties").EnumerateObject())
            {
                var type = property.Value.GetProperty("type");
                var members = type.GetProperty("type").GetString() == "ref"
                    ? types.EnumerateArray().Single(t => t.GetProperty("$id").GetString() == type.GetProperty("reference").GetProperty("$ref").GetString())
                        .GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray()
                    : Array.Empty<string>();
                Properties[property.Name] = members;
            }

            Directory.Delete(dir, recursive: true);
        }

        public Dictionary<string, string[]> Properties { get; } = new();
    }
}
