using System.IO.Compression;
using CognitoGen.Tests.Infrastructure;

namespace CognitoGen.Tests.Package;

/// <summary>
/// `dotnet pack` makes one package that works the way users consume Roslyn tools: restored from a folder feed into a
/// fresh project, it generates the definition and fails the build on a rule violation.
/// </summary>
public sealed class PackageTests : IClassFixture<PackageTests.PackedFeed>
{
    private readonly PackedFeed _feed;

    public PackageTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void Package_layout_puts_the_runtime_in_lib_and_the_Roslyn_components_in_analyzers()
    {
        using var zip = ZipFile.OpenRead(_feed.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("lib/netstandard2.0/CognitoGen.dll", entries);
        Assert.Contains("lib/net8.0/CognitoGen.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CognitoGen.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CognitoGen.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CognitoGen.CodeFixes.dll", entries);
        Assert.Contains("buildTransitive/CognitoGen.props", entries);
        Assert.Contains("build/CognitoGen.props", entries);
        Assert.Contains("buildTransitive/CognitoGen.targets", entries);
        Assert.Contains("build/CognitoGen.targets", entries);
        Assert.Contains("PACKAGE.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && (e.Contains("Generator") || e.Contains("Analyzers") || e.Contains("CodeFixes")));
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<license type=\"expression\">MIT</license>", text);
        Assert.Contains("<repository type=\"git\"", text);
        Assert.DoesNotContain("AWSSDK", text);
        Assert.Contains("<readme>PACKAGE.md</readme>", text);
        using var readme = new StreamReader(zip.GetEntry("PACKAGE.md")!.Open());
        AssertNoRelativeLinks(readme.ReadToEnd());
    }

    [Fact]
    public void The_tool_package_has_a_license_and_a_readme_whose_links_work_on_a_package_page()
    {
        var feed = Directory.CreateTempSubdirectory("cognitogen-tool-package-").FullName;
        try
        {
            var (code, output) = DotNet.Run(RepoFiles.Root, "pack", RepoFiles.Path("cli", "CognitoGen.Cli", "CognitoGen.Cli.csproj"), "-c", "Release", "-o", feed, "-p:Version=0.1.0-tooltest");
            Assert.True(code == 0, output);
            using var zip = ZipFile.OpenRead(System.IO.Path.Combine(feed, "CognitoGen.Cli.0.1.0-tooltest.nupkg"));
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("LICENSE", entries);
            Assert.Contains("README.md", entries);
            using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            var text = nuspec.ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", text);
            Assert.Contains("<readme>README.md</readme>", text);
            using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
            AssertNoRelativeLinks(readme.ReadToEnd());
        }
        finally
        {
            Directory.Delete(feed, recursive: true);
        }
    }

    [Theory]
    [InlineData("see [the rules](docs/diagnostics/README.md)")]
    [InlineData("see [speed](./benchmarks/README.md) and more")]
    [InlineData("![logo](images/logo.png)")]
    public void The_relative_link_check_catches_relative_links(string markdown)
    {
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertNoRelativeLinks(markdown));
    }

    /// <summary>A package page has no repository around it: every Markdown link target must be an absolute https URL.</summary>
    private static void AssertNoRelativeLinks(string markdown)
    {
        var targets = System.Text.RegularExpressions.Regex.Matches(markdown, @"\]\(([^)\s]+)").Select(m => m.Groups[1].Value).ToList();
        var relative = targets.Where(t => !t.StartsWith("https://", StringComparison.Ordinal)).ToList();
        Assert.True(relative.Count == 0, "relative links: " + string.Join(", ", relative));
    }

    [Fact]
    public void A_fresh_project_gets_the_generated_definition_and_the_diagnostics()
    {
        var project = _feed.Consumer("Valid", """
            [CognitoGen.UserPoolClient("web"), CognitoGen.CallbackUrl("https://app.example.com/cb")]
            public partial class WebClient { }
            """);
        var (code, output) = DotNet.Run(project, "run", "--no-restore");
        Assert.True(code == 0, output);
        Assert.Contains("\"ClientName\": \"web\"", output);

        var broken = _feed.Consumer("Broken", """
            [CognitoGen.UserPoolClient("web"), CognitoGen.CallbackUrl("http://app.example.com/cb")]
            public partial class WebClient { }
            """);
        (code, output) = DotNet.Run(broken, "build", "--no-restore");
        Assert.NotEqual(0, code);
        Assert.Contains("error CGEN3004", output);
    }

    [Fact]
    public void CognitoGenPool_items_reach_the_compiler_as_pool_files_and_ordinary_AdditionalFiles_do_not()
    {
        // One build: a glob item, a folder item and an ordinary AdditionalFile that is shaped like a pool file too.
        var project = _feed.Consumer("PoolItems", """
            [CognitoGen.UserPoolClient("web"), CognitoGen.CallbackUrl("https://app.example.com/cb")]
            [CognitoGen.AllowedOAuthFlows(CognitoGen.OAuthFlow.Code), CognitoGen.EnableOAuth, CognitoGen.OAuthScope(CognitoGen.StandardScope.OpenId)]
            [CognitoGen.OAuthScope(PoolItems.Auth.Pool.Scopes.SolarSystemData.AsteroidsAdd)]
            [CognitoGen.IdentityProvider(PoolItems.Auth.Pool.IdentityProviders.Google)]
            public partial class WebClient { }
            """,
            """
            <PropertyGroup><CognitoGenPoolClassName>Pool</CognitoGenPoolClassName><CognitoGenPoolNamespace>PoolItems.Auth</CognitoGenPoolNamespace></PropertyGroup>
            <ItemGroup>
              <CognitoGenPool Include="infra/pool/*.json" />
              <CognitoGenPool Include="providers/" />
              <AdditionalFiles Include="notes/ordinary.json" />
            </ItemGroup>
            """,
            beforeRestore: dir =>
            {
                var samples = RepoFiles.Path("tests", "CognitoGen.Tests", "Pool", "Samples");
                Directory.CreateDirectory(System.IO.Path.Combine(dir, "infra", "pool"));
                Directory.CreateDirectory(System.IO.Path.Combine(dir, "providers"));
                Directory.CreateDirectory(System.IO.Path.Combine(dir, "notes"));
                File.Copy(System.IO.Path.Combine(samples, "list-resource-servers.json"), System.IO.Path.Combine(dir, "infra", "pool", "list-resource-servers.json"));
                File.Copy(System.IO.Path.Combine(samples, "list-identity-providers.json"), System.IO.Path.Combine(dir, "providers", "list-identity-providers.json"));
                File.WriteAllText(System.IO.Path.Combine(dir, "notes", "ordinary.json"), """{ "Providers": [ { "ProviderName": "NotAPoolFile" } ] }""");
            });

        var (code, output) = DotNet.Run(project, "build", "--no-restore", "-p:EmitCompilerGeneratedFiles=true", "-p:TreatWarningsAsErrors=true");
        Assert.True(code == 0, output);

        // The compiler's options file: the metadata on both pool files, none on the ordinary one.
        var editorConfig = File.ReadAllText(Directory.GetFiles(System.IO.Path.Combine(project, "obj"), "PoolItems.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single());
        var sections = editorConfig.Replace("\r\n", "\n").Split("\n[").Skip(1).ToDictionary(s => s[..s.IndexOf(']')].Replace('\\', '/'), s => s[(s.IndexOf(']') + 1)..].Trim());
        Assert.Equal("build_metadata.AdditionalFiles.CognitoGenPool = true", sections.Single(s => s.Key.EndsWith("/infra/pool/list-resource-servers.json", StringComparison.Ordinal)).Value);
        Assert.Equal("build_metadata.AdditionalFiles.CognitoGenPool = true", sections.Single(s => s.Key.EndsWith("/providers/list-identity-providers.json", StringComparison.Ordinal)).Value);
        Assert.Equal("build_metadata.AdditionalFiles.CognitoGenPool =", sections.Single(s => s.Key.EndsWith("/notes/ordinary.json", StringComparison.Ordinal)).Value);
        Assert.Contains("build_property.CognitoGenPoolClassName = Pool", editorConfig);
        Assert.Contains("build_property.CognitoGenPoolNamespace = PoolItems.Auth", editorConfig);

        // The generator read the two pool files, and only those.
        var generated = File.ReadAllText(Directory.GetFiles(System.IO.Path.Combine(project, "obj"), "CognitoGen.Pool.g.cs", SearchOption.AllDirectories).Single());
        Assert.Contains("namespace PoolItems.Auth", generated);
        Assert.Contains("internal static partial class Pool", generated);
        Assert.Contains("public const string AsteroidsAdd = \"solar-system-data/asteroids.add\";", generated);
        Assert.Contains("public const string MyOIDC = \"MyOIDC\";", generated);
        Assert.Contains("<c>infra/pool/list-resource-servers.json</c>", generated);
        Assert.Contains("<c>providers/list-identity-providers.json</c>", generated);
        Assert.DoesNotContain("NotAPoolFile", generated);
    }

    /// <summary>Packs once per test class, under a version of its own, into a throwaway folder feed.</summary>
    public sealed class PackedFeed : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("cognitogen-package-").FullName;
        private readonly string _version = "0.1.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

        public PackedFeed()
        {
            var feed = System.IO.Path.Combine(_root, "feed");
            var (code, output) = DotNet.Run(RepoFiles.Root, "pack", RepoFiles.Path("runtime", "CognitoGen", "CognitoGen.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + _version);
            Assert.True(code == 0, output);
            PackagePath = System.IO.Path.Combine(feed, $"CognitoGen.{_version}.nupkg");
        }

        public string PackagePath { get; }

        /// <summary>A console project that references only the package, restored into its own packages folder.</summary>
        public string Consumer(string name, string client, string projectBody = "", Action<string>? beforeRestore = null)
        {
            var dir = Directory.CreateDirectory(System.IO.Path.Combine(_root, name)).FullName;
            File.WriteAllText(System.IO.Path.Combine(dir, "nuget.config"), $"""
                <configuration>
                  <packageSources>
                    <add key="local" value="{System.IO.Path.GetDirectoryName(PackagePath)}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(System.IO.Path.Combine(dir, name + ".csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
                  <ItemGroup><PackageReference Include="CognitoGen" Version="{_version}" /></ItemGroup>
                {projectBody}
                </Project>
                """);
            beforeRestore?.Invoke(dir);
            File.WriteAllText(System.IO.Path.Combine(dir, "Client.cs"), client);
            File.WriteAllText(System.IO.Path.Combine(dir, "Program.cs"), "System.Console.WriteLine(WebClient.Definition.ToCliInputJson(\"us-west-2_abc\"));\n");
            var (code, output) = DotNet.Run(dir, "restore", "--packages", System.IO.Path.Combine(_root, "packages"));
            Assert.True(code == 0, output);
            return dir;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
