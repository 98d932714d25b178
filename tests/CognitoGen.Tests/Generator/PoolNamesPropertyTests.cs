using System.Reflection;
using System.Text.Json;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static CognitoGen.Tests.Generator.PoolNamesHarness;

namespace CognitoGen.Tests.Generator;

/// <summary>
/// Random pool names, hostile characters included: the pool class always compiles without a warning, and every name
/// of the pool is the value of exactly one constant (no collision loses a name).
/// </summary>
public class PoolNamesPropertyTests
{
    /// <summary>Pieces names are built from: letters, digits, separators, keywords, markup, escapes, line breaks, control, format and non-ASCII characters (pool files are UTF-8, so no lone surrogates).</summary>
    private static readonly string[] Pieces =
    {
        "a", "B", "z", "read", "Read", "READ", "1", "42", ".", "-", "_", "/", ":", " ", "\t", "\n", "\r\n", "\u2028", "\u0085",
        "class", "int", "event", "ToString", "Equals", "Scopes", "IdentityProviders", "CustomAttributes", "CognitoPool",
        "\"", "\\", "<", ">", "&", "</summary>", "*/", "//", "é", "ß", "Ω", "\u0301", "\u200B", "\u00AD", "🚀", "\u0000", "\u007F", "日本",
    };

    private static readonly Microsoft.CodeAnalysis.CSharp.CSharpParseOptions Diagnose = GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    private static string Name(Random random, int maxPieces)
    {
        var n = random.Next(0, maxPieces + 1);
        return string.Concat(Enumerable.Range(0, n).Select(_ => Pieces[random.Next(Pieces.Length)]));
    }

    [Fact]
    public void Random_pool_names_always_compile_and_every_name_keeps_its_own_constant()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var random = new Random(seed);
            var servers = Enumerable.Range(0, random.Next(0, 5)).Select(_ => (Identifier: Name(random, 3), Name: random.Next(3) == 0 ? null : Name(random, 3)))
                .GroupBy(s => s.Identifier).Select(g => g.First())
                .Select(s => (s.Identifier, s.Name, Scopes: Enumerable.Range(0, random.Next(0, 6)).Select(_ => Name(random, 4)).Distinct().ToArray()))
                .ToArray();
            var providers = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Name(random, 3)).Distinct().ToArray();
            var attributes = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Name(random, 3)).Where(n => n.Length > 0).Distinct().ToArray();

            var files = new[]
            {
                PoolFile("servers.json", JsonSerializer.Serialize(new
                {
                    ResourceServers = servers.Select(s => new Dictionary<string, object?>
                    {
                        ["Identifier"] = s.Identifier,
                        ["Name"] = s.Name,
                        ["Scopes"] = s.Scopes.Select(n => new { ScopeName = n }).ToArray(),
                    }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value)).ToArray(),
                })),
                PoolFile("providers.json", JsonSerializer.Serialize(new { Providers = providers.Select(n => new { ProviderName = n }).ToArray() })),
                PoolFile("pool.json", JsonSerializer.Serialize(new { UserPool = new { Id = "us-east-1_Random", SchemaAttributes = attributes.Select(n => new { Name = "custom:" + n }).ToArray() } })),
            };

            // Documentation comments are checked too (as with GenerateDocumentationFile), so a name cannot break their XML.
            var (output, run, diagnostics) = Run(
                files, Properties(className: Name(random, 2), ns: random.Next(2) == 0 ? null : Name(random, 2).Replace("\n", ".")), Diagnose);
            Assert.Null(run.Results.Single().Exception);
            var strict = output.WithOptions(output.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
            var problems = diagnostics.AddRange(strict.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            Assert.True(problems.IsEmpty, $"seed {seed}:\n" + string.Join("\n", problems) + "\n\n" + PoolSource(run));

            using var stream = new MemoryStream();
            Assert.True(output.Emit(stream).Success, $"seed {seed}");
            var assembly = new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true).LoadFromStream(new MemoryStream(stream.ToArray()));
            var pool = assembly.GetTypes().Single(t => t.IsAbstract && t.IsSealed && t.DeclaringType is null && t.GetCustomAttributes().Any(a => a.GetType().Name == "GeneratedCodeAttribute"));
            var groups = pool.GetNestedTypes();

            // Scopes: the constants of the per-server classes. Providers and attributes: the constants of the groups without classes.
            var scopeValues = groups.SelectMany(g => g.GetNestedTypes()).SelectMany(Values).Order(StringComparer.Ordinal).ToArray();
            var expectedScopes = servers.SelectMany(s => s.Scopes.Select(n => s.Identifier + "/" + n)).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(expectedScopes, scopeValues);
            Assert.Equal(servers.Length, groups.SelectMany(g => g.GetNestedTypes()).Count());
            var flat = groups.Where(g => g.GetNestedTypes().Length == 0).SelectMany(Values).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(providers.Concat(attributes.Select(a => "custom:" + a)).Order(StringComparer.Ordinal).ToArray(), flat);
        }
    }

    private static IEnumerable<string> Values(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
}
