using System.Text.Json;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Pool;

/// <summary>
/// The hand-written pool samples use only member names that the service model's output shapes have, so the loader is
/// tested against what the AWS CLI really prints; so do the hand-written files of e2e/pool.sh. Reads ../shared/aws/cognito-idp-service-2.json (CI=true requires it).
/// </summary>
public sealed class PoolSamplesMatchServiceModelTests
{
    public static TheoryData<string, string> Samples() => new()
    {
        { "describe-user-pool.json", "DescribeUserPoolResponse" },
        { "list-resource-servers.json", "ListResourceServersResponse" },
        { "list-identity-providers.json", "ListIdentityProvidersResponse" },
        { "describe-user-pool-domain.json", "DescribeUserPoolDomainResponse" },
        { "describe-user-pool-domain-none.json", "DescribeUserPoolDomainResponse" },
        { "describe-user-pool-client.json", "DescribeUserPoolClientResponse" },
        // The hand-written files of e2e/pool.sh (cognito-local has no resource servers or identity providers).
        { "e2e/pool/list-resource-servers.json", "ListResourceServersResponse" },
        { "e2e/pool/list-identity-providers.json", "ListIdentityProvidersResponse" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_member_of_the_sample_is_in_the_output_shape(string sample, string shape)
    {
        var shapes = RepoFiles.ServiceModelShapes();
        if (shapes is null) return; // No ../shared beside this clone (and CI is not set): nothing to compare with.
        // A bare name is in Pool/Samples; a path with '/' is relative to the repository root.
        var path = sample.Contains('/') ? RepoFiles.Path(sample.Split('/')) : RepoFiles.Path("tests", "CognitoGen.Tests", "Pool", "Samples", sample);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var problems = new List<string>();
        var seen = new List<string>();
        Walk(shapes.Value, shape, document.RootElement, sample, "", problems, seen);
        Assert.Empty(problems);
        Assert.NotEmpty(seen);
    }

    [Fact]
    public void The_walk_reports_a_member_the_shape_does_not_have()
    {
        var shapes = RepoFiles.ServiceModelShapes();
        if (shapes is null) return;
        using var document = JsonDocument.Parse("""{"ResourceServers": [{"Identifier": "x", "Scopes": [{"Name": "read"}]}]}""");
        var problems = new List<string>();
        Walk(shapes.Value, "ListResourceServersResponse", document.RootElement, "inline", "", problems, new List<string>());
        Assert.Equal(new[] { "inline: ResourceServers[0].Scopes[0].Name is not a member of ResourceServerScopeType" }, problems);
    }

    private static void Walk(JsonElement shapes, string shapeName, JsonElement value, string file, string path, List<string> problems, List<string> seen)
    {
        var shape = shapes.GetProperty(shapeName);
        switch (shape.GetProperty("type").GetString())
        {
            case "structure":
                if (value.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{file}: {path} is not an object, but {shapeName} is a structure");
                    return;
                }

                var members = shape.GetProperty("members");
                foreach (var property in value.EnumerateObject())
                {
                    var memberPath = path.Length == 0 ? property.Name : path + "." + property.Name;
                    if (!members.TryGetProperty(property.Name, out var member))
                    {
                        problems.Add($"{file}: {memberPath} is not a member of {shapeName}");
                        continue;
                    }

                    seen.Add(memberPath);
                    Walk(shapes, member.GetProperty("shape").GetString()!, property.Value, file, memberPath, problems, seen);
                }

                break;
            case "list":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    problems.Add($"{file}: {path} is not an array, but {shapeName} is a list");
                    return;
                }

                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Walk(shapes, shape.GetProperty("member").GetProperty("shape").GetString()!, item, file, path + $"[{index++}]", problems, seen);
                }

                break;
            case "map":
                foreach (var property in value.EnumerateObject())
                {
                    Walk(shapes, shape.GetProperty("value").GetProperty("shape").GetString()!, property.Value, file, path + "." + property.Name, problems, seen);
                }

                break;
        }
    }
}
