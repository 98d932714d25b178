using CognitoGen.Cli;
using CognitoGen.Sample;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Readme;

/// <summary>
/// The output README.md's "Checking against your pool" shows for <c>cognitogen validate --pool infra/pool client.json</c>
/// is what the tool prints, for the sample's client.json and the sample pool files (tests/CognitoGen.Tests/Pool/Samples).
/// </summary>
public sealed class ReadmePoolSectionTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("cognitogen-readme-pool-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void The_validate_pool_output_in_the_readme_is_what_the_tool_prints()
    {
        var section = Section();
        var shown = TextBlockAfter(section, "cognitogen validate --pool infra/pool client.json");
        var broken = TextBlockAfter(section, "A pool file it cannot use comes first");

        // The snapshot as the README's commands name its files; the first four samples are exactly those outputs.
        var pool = Directory.CreateDirectory(Path.Combine(_directory.FullName, "infra", "pool")).FullName;
        var samples = RepoFiles.Path("tests", "CognitoGen.Tests", "Pool", "Samples");
        foreach (var (sample, name) in new[]
                 {
                     ("describe-user-pool.json", "user-pool.json"), ("list-resource-servers.json", "resource-servers.json"),
                     ("list-identity-providers.json", "identity-providers.json"), ("describe-user-pool-domain.json", "domain.json"),
                 })
        {
            File.Copy(Path.Combine(samples, sample), Path.Combine(pool, name));
        }

        File.WriteAllText(Path.Combine(_directory.FullName, "client.json"), MyTestClient.Definition.ToCliInputJson("us-west-2_EXAMPLE"));

        Assert.Equal((1, shown), Run("infra/pool", "client.json"));
        // "the files in tests/CognitoGen.Tests/Pool/Samples": the whole folder as the pool prints the same.
        Assert.Equal((1, shown), Run(samples, "client.json"));

        File.WriteAllText(Path.Combine(pool, "broken.json"), "{\n  \"ResourceServers\": [\n    { \"Identifier\": \"solar-system-data\" \"Scopes\": [] }\n  ]\n}\n");
        Assert.Equal((1, broken + shown), Run("infra/pool", "client.json"));
    }

    /// <summary>Runs the tool in process on paths relative to the temporary folder, printed as the README shows them.</summary>
    private (int Exit, string Stdout) Run(string pool, string file)
    {
        var prefix = _directory.FullName + Path.DirectorySeparatorChar;
        var stdout = new StringWriter { NewLine = "\n" };
        var exit = CommandLine.Run(
            new[] { "validate", "--pool", Path.IsPathRooted(pool) ? pool : prefix + pool, prefix + file }, stdout, new StringWriter());
        return (exit, stdout.ToString().Replace(prefix, string.Empty, StringComparison.Ordinal));
    }

    private static string Section()
    {
        var readme = File.ReadAllText(RepoFiles.Path("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("\n## Checking against your pool\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Checking against your pool' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)];
    }

    /// <summary>The first ```text block after <paramref name="marker"/>, with a final newline per line.</summary>
    private static string TextBlockAfter(string section, string marker)
    {
        var at = section.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the section does not contain '{marker}'");
        var open = section.IndexOf("```text\n", at, StringComparison.Ordinal) + "```text\n".Length;
        var close = section.IndexOf("```", open, StringComparison.Ordinal);
        return section[open..close];
    }
}
