extern alias analyzers;
using analyzers::CognitoGen.Analyzers;
using CognitoGen.Rules;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Analyzers;

/// <summary>Every rule has one descriptor, one doc page, one index row, one release row and at least one test.</summary>
public class CatalogueConsistencyTests
{
    public static TheoryData<string> Ids => new(RuleCatalogue.All.Select(r => r.Id));

    [Fact]
    public void Ids_and_names_are_unique_and_follow_the_scheme()
    {
        Assert.Equal(RuleCatalogue.All.Count, RuleCatalogue.All.Select(r => r.Id).Distinct().Count());
        Assert.Equal(RuleCatalogue.All.Count, RuleCatalogue.All.Select(r => r.Name).Distinct().Count());
        Assert.All(RuleCatalogue.All, r => Assert.Matches("^CGEN[1-9][0-9]{3}$", r.Id));
        Assert.All(RuleCatalogue.All, r => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", r.Name));
        Assert.All(RuleCatalogue.All, r => Assert.False(r.Title.EndsWith('.'), r.Id));
        Assert.All(RuleCatalogue.All, r => Assert.EndsWith(".", r.Description));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_matches_the_catalogue(string id)
    {
        var rule = RuleCatalogue.All.Single(r => r.Id == id);
        var descriptor = Descriptors.ById[id];

        Assert.Equal(rule.Title, descriptor.Title.ToString());
        Assert.Equal(rule.Category, descriptor.Category);
        Assert.Equal(rule.Name, Descriptors.RuleName(descriptor));
        Assert.Equal(rule.Severity.ToString(), descriptor.DefaultSeverity.ToString());
        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.Contains(descriptor, new UserPoolClientAnalyzer().SupportedDiagnostics);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_has_a_doc_page_an_index_row_a_release_row_and_a_test(string id)
    {
        var rule = RuleCatalogue.All.Single(r => r.Id == id);

        var page = File.ReadAllText(RepoFiles.Path("docs", "diagnostics", id + ".md"));
        Assert.StartsWith($"# {id}: {rule.Title}", page);
        Assert.Contains($"`{rule.Name}`", page);
        Assert.Contains("## Cause", page);
        Assert.Contains("### Violates", page);
        Assert.Contains("### Does not violate", page);

        var index = File.ReadAllLines(RepoFiles.Path("docs", "diagnostics", "README.md"));
        Assert.Single(index, l => l == $"| [{id}]({id}.md) | `{rule.Name}` | {rule.Severity} | {rule.Title} |");

        var release = File.ReadAllLines(RepoFiles.Path("analyzers", "CognitoGen.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Single(release, l => l.StartsWith($"{id} | {rule.Category} | {rule.Severity} | {rule.Name}", StringComparison.Ordinal));

        var tests = Directory.EnumerateFiles(RepoFiles.Path("tests", "CognitoGen.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.EndsWith("CatalogueConsistencyTests.cs", StringComparison.Ordinal));
        Assert.True(tests.Any(f => File.ReadAllText(f).Contains(id, StringComparison.Ordinal)), $"no test mentions {id}");
    }
}
