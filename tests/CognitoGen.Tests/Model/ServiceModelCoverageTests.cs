using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoGen.Sample;
using CognitoGen.Tests.Clients;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Model;

/// <summary>Every member of the service model's CreateUserPoolClientRequest can be declared with attributes.</summary>
public class ServiceModelCoverageTests
{
    [Fact]
    public void Every_service_model_member_is_reachable_from_attributes()
    {
        if (RepoFiles.ServiceModelShapes() is not { } shapes) return; // ../shared absent outside CI (CI fails instead)

        // The definitions are what the generator built from attributes only; the custom secret is the one run-time value.
        var declared = new[]
        {
            JsonNode.Parse(MyTestClient.Definition.ToCliInputJson("p_1"))!.AsObject(),
            JsonNode.Parse((AllMembersClient.Definition with { ClientSecret = "abcdefghijklmnopqrstuvwxyz012345" }).ToCliInputJson("p_1"))!.AsObject(),
        };

        var missing = new List<string>();
        Collect(shapes, "CreateUserPoolClientRequest", declared, "", missing);
        Assert.Empty(missing);
    }

    /// <summary>Walks the shape's members, descending into structures, and records any member no declaration wrote.</summary>
    private static void Collect(JsonElement shapes, string shapeName, IReadOnlyList<JsonObject> declared, string prefix, List<string> missing)
    {
        foreach (var member in shapes.GetProperty(shapeName).GetProperty("members").EnumerateObject())
        {
            var present = declared.Where(d => d.ContainsKey(member.Name)).Select(d => d[member.Name]).ToList();
            if (present.Count == 0)
            {
                missing.Add(prefix + member.Name);
                continue;
            }

            var target = member.Value.GetProperty("shape").GetString()!;
            if (shapes.GetProperty(target).GetProperty("type").GetString() == "structure")
            {
                Collect(shapes, target, present.Select(p => p!.AsObject()).ToList(), prefix + member.Name + ".", missing);
            }
        }
    }
}
