using System.Text.Json;

namespace CognitoGen.Tests.Infrastructure;

/// <summary>Files of the repository and of ../shared beside it, found by walking up from the test binaries.</summary>
public static class RepoFiles
{
    private const string SharedDirVariable = "COGNITOGEN_SHARED_DIR";
    private const string ModelFileName = "cognito-idp-service-2.json";

    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine(new[] { Root }.Concat(parts).ToArray());

    private static readonly Lazy<JsonDocument?> Model = new(() =>
    {
        var path = FindModelPath();
        return path is null ? null : JsonDocument.Parse(File.ReadAllBytes(path));
    });

    /// <summary>
    /// The service model's "shapes" object, or null when ../shared is absent (a clone on its own still runs the rest of
    /// the suite). CI always has ../shared beside the clone, so with CI=true an absent model fails the test instead.
    /// </summary>
    public static JsonElement? ServiceModelShapes()
    {
        var document = Model.Value;
        if (document is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"CI=true but the service model was not found: expected ../shared/aws/{ModelFileName} " +
                            $"beside the repository root (or ${SharedDirVariable}/aws/{ModelFileName}).");
            }

            return null;
        }

        return document.RootElement.GetProperty("shapes");
    }

    /// <summary>$COGNITOGEN_SHARED_DIR/aws/… when set (a wrong value fails), else ../shared/aws/… beside the repository root.</summary>
    private static string? FindModelPath()
    {
        var sharedDir = Environment.GetEnvironmentVariable(SharedDirVariable);
        if (!string.IsNullOrEmpty(sharedDir))
        {
            var fromVariable = System.IO.Path.Combine(sharedDir, "aws", ModelFileName);
            Assert.True(File.Exists(fromVariable), $"{SharedDirVariable} is set but {fromVariable} does not exist");
            return fromVariable;
        }

        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared", "aws", ModelFileName));
        return File.Exists(candidate) ? candidate : null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CognitoGen.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("CognitoGen.sln not found above " + AppContext.BaseDirectory);
    }
}
