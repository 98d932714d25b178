using System.Reflection;
using Amazon;
using Amazon.CognitoIdentityProvider.Model;
using CognitoGen.Tests.Clients;

namespace CognitoGen.Tests.Sdk;

/// <summary>AWSConfigs.InitializeCollections is process-wide, so these tests run alone.</summary>
[CollectionDefinition(nameof(InitializeCollectionsTests), DisableParallelization = true)]
public class InitializeCollectionsCollection;

/// <summary>
/// An empty list in a generated request is sent as [] when AWSConfigs.InitializeCollections is false (Core 4.x default)
/// and not sent when it is true (the Core 3.7 default). Cognito treats an empty list as an absent one, so both mean the
/// same to the service; the README's SDK section says so.
/// </summary>
[Collection(nameof(InitializeCollectionsTests))]
public class InitializeCollectionsTests
{
    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void An_empty_list_is_sent_only_when_InitializeCollections_is_false(bool initializeCollections, bool sent)
    {
        var before = AWSConfigs.InitializeCollections;
        try
        {
            AWSConfigs.InitializeCollections = initializeCollections;
            var definition = BareClient.Definition with { LogoutURLs = Array.Empty<string>() };

            var update = definition.ToUpdateRequest("p_1", "c");
            Assert.NotNull(update.LogoutURLs);
            Assert.Empty(update.LogoutURLs);
            Assert.Equal(sent, IsSet(update, "IsSetLogoutURLs"));

            var create = definition.ToCreateRequest("p_1");
            Assert.Equal(sent, IsSet(create, "IsSetLogoutURLs"));

            // The CLI JSON does not depend on the setting.
            Assert.Contains("\"LogoutURLs\": []", definition.ToUpdateCliInputJson("p_1", "c"));

            // A list with values is sent under either setting.
            var withValue = (BareClient.Definition with { LogoutURLs = new[] { "https://app.example.com/bye" } }).ToUpdateRequest("p_1", "c");
            Assert.True(IsSet(withValue, "IsSetLogoutURLs"));
        }
        finally
        {
            AWSConfigs.InitializeCollections = before;
        }
    }

    /// <summary>The marshaller's own test (an internal IsSetXxx method of the request).</summary>
    private static bool IsSet(object request, string method) =>
        (bool)request.GetType().GetMethod(method, BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(request, null)!;
}
