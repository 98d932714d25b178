extern alias analyzers;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using analyzers::CognitoGen.Analyzers;
using CognitoGen.Pool;
using CognitoGen.Rules;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CognitoGen.Tests.Analyzers;

/// <summary>
/// The analyzer (compile time, from the parser's model), <c>Validate()</c> (run time, on the generated
/// <c>Definition</c>) and <c>cognitogen validate --pool</c> (on its create input) must report the same findings, message
/// for message, for every case, with the case's pool ID and pool files. All cases go into one
/// compilation (class <c>CaseN</c> in tree <c>SourceN.cs</c>): one generator run, one emit, one analyzer run.
/// </summary>
public class ValidateAgreementTests
{
    private static readonly HashSet<string> RequestRules = RuleCatalogue.All.Where(r => !r.SourceOnly).Select(r => r.Id).ToHashSet();

    [Fact]
    public async Task Validate_and_the_analyzer_agree_on_every_rules_cases()
    {
        var cases = RuleCases.Attribute;
        var (output, run, diagnostics) = GeneratorHarness.Run(SdkShape.None, cases.Select((c, i) => c.PlainSource("Case" + i)).ToArray());
        GeneratorHarness.AssertClean(diagnostics, run);
        Assert.Equal(cases.Count, run.Results.Single().GeneratedSources.Length);

        var fromAnalyzer = await AnalyzerFindings(output, cases);
        var definitions = LoadDefinitions(output, cases.Count);
        var fromCli = CliFindings(cases, definitions);

        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            var validated = ClientValidator.Validate(definitions[i], PoolFile.Context(c.PoolFiles), c.PoolId).Select(f => $"{f.Id}: {f.Message}").Order(StringComparer.Ordinal).ToList();
            var analyzed = fromAnalyzer[i].Order(StringComparer.Ordinal).ToList();
            var cli = fromCli[i].Order(StringComparer.Ordinal).ToList();
            if (!validated.SequenceEqual(analyzed) || !validated.SequenceEqual(cli))
            {
                mismatches.Add($"Case{i} ({c.Name})\n  Validate(): {string.Join("\n              ", validated)}\n  analyzer:   {string.Join("\n              ", analyzed)}\n  CLI:        {string.Join("\n              ", cli)}");
            }

            // The batch sees each case as the theory does: its own rule is reported exactly when it is a violation.
            var reported = analyzed.Count(f => f.StartsWith(c.Id + ":", StringComparison.Ordinal));
            var marked = c.OnClass ? 1 : c.MarkedIds().Count;
            if (reported != (c.Kind == CaseKind.Violation ? marked : 0)) mismatches.Add($"Case{i} ({c.Name}): {c.Id} reported {reported} time(s), marked {marked}");
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cases.Count} cases disagree:\n" + string.Join("\n", mismatches));
    }

    /// <summary>
    /// Per case, the request-rule diagnostics as <c>ID: message</c>. The analyzer takes one pool ID and one set of pool
    /// files per compilation: the cases with neither are analyzed in the big compilation in one run; the others in a small
    /// compilation per pool ID and pool files (a run over the big one costs about a second, a small one a few milliseconds).
    /// The pool files go in as AdditionalFiles marked CognitoGenPool=true; each group's CGEN8001 diagnostics must be the
    /// loader's diagnostics for those files, one for one.
    /// </summary>
    private static async Task<List<string>[]> AnalyzerFindings(Compilation all, IReadOnlyList<RuleCase> cases)
    {
        var findings = cases.Select(_ => new List<string>()).ToArray();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new UserPoolClientAnalyzer());
        foreach (var group in Enumerable.Range(0, cases.Count).GroupBy(i => (cases[i].PoolId, Files: PoolFile.Key(cases[i].PoolFiles))))
        {
            var poolFiles = cases[group.First()].PoolFiles;
            var compilation = group.Key.PoolId is null && poolFiles.Count == 0
                ? all
                : GeneratorHarness.Compilation(SdkShape.None).AddSyntaxTrees(group.Select(i => CSharpSyntaxTree.ParseText(cases[i].PlainSource("Case" + i), GeneratorHarness.ParseOptions, $"Source{i}.cs")));
            var texts = poolFiles.Select(f => new AnalyzerVerifier.TestAdditionalText(f.Path, f.Text)).ToArray();
            var options = AnalyzerVerifier.Options(group.Key.PoolId, texts, texts);
            var members = group.ToHashSet();
            var unreadable = new List<string>();
            foreach (var d in await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync())
            {
                if (d.Id == "CGEN8001")
                {
                    var at = d.Location.GetLineSpan();
                    unreadable.Add($"{at.Path}({at.StartLinePosition.Line + 1},{at.StartLinePosition.Character + 1}): {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
                    continue;
                }

                if (!RequestRules.Contains(d.Id)) continue;
                var index = CaseIndex(d);
                if (members.Contains(index)) findings[index].Add($"{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            var loaded = poolFiles.Count == 0 ? Array.Empty<string>() : UserPoolContextLoader.Load(poolFiles.Select(f => (f.Path, f.Text))).Diagnostics.Select(x => x.ToString()).ToArray();
            Assert.Equal(loaded.Order(StringComparer.Ordinal), unreadable.Order(StringComparer.Ordinal));
        }

        return findings;
    }

    /// <summary>
    /// The Validate-only cases with pool files (updates against a deployed client; analyzers check create definitions):
    /// <c>cognitogen validate --pool</c> on the case's update input (<see cref="UserPoolClientDefinition.ToUpdateCliInputJson"/>
    /// with the case's client ID), or create input, prints exactly Validate()'s findings.
    /// </summary>
    [Fact]
    public void Validate_and_the_CLI_agree_on_the_pool_update_cases()
    {
        var cases = RuleCases.ValidateOnly.Where(c => c.PoolFiles.Count > 0).ToList();
        Assert.NotEmpty(cases);
        var folder = Directory.CreateTempSubdirectory("cognitogen-agreement-update-");
        try
        {
            var mismatches = new List<string>();
            for (var i = 0; i < cases.Count; i++)
            {
                var c = cases[i];
                var pools = c.PoolFiles.Select(f =>
                {
                    var path = Path.Combine(folder.FullName, $"c{i}-{Path.GetFileName(f.Path)}");
                    File.WriteAllText(path, f.Text);
                    return path;
                }).ToList();
                var input = Path.Combine(folder.FullName, $"case{i}.json");
                var definition = c.Build();
                File.WriteAllText(input, c.Operation == ClientOperation.Update ? definition.ToUpdateCliInputJson(c.PoolId!, c.ClientId!) : definition.ToCliInputJson(c.PoolId!));

                using var stdout = new StringWriter();
                using var stderr = new StringWriter();
                CognitoGen.Cli.ValidateCommand.Run(new[] { input }, pools, stdout, stderr);
                var cli = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))
                    .Select(l => l.Substring(input.Length + 2).Split(' ', 3)).Select(p => $"{p[1]}: {p[2].Substring(p[2].IndexOf(": ", StringComparison.Ordinal) + 2)}").Order(StringComparer.Ordinal).ToList();
                var validated = c.Validate().Select(f => $"{f.Id}: {f.Message}").Order(StringComparer.Ordinal).ToList();
                if (!validated.SequenceEqual(cli) || stderr.ToString().Length > 0)
                {
                    mismatches.Add($"{c.Name}\n  Validate(): {string.Join("\n              ", validated)}\n  CLI:        {string.Join("\n              ", cli)}\n  stderr: {stderr}");
                }
            }

            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Per case, what <c>cognitogen validate --pool P… FILE…</c> prints, as <c>ID: message</c>: one run per pool ID and pool
    /// files, each case's definition written as its create input (<see cref="UserPoolClientDefinition.ToCliInputJson"/>,
    /// with the case's pool ID as UserPoolId, none without one) and the pool files written to a folder and passed one
    /// <c>--pool</c> each, in the case's order. The CGEN8001 lines must be the loader's diagnostics, one for one.
    /// </summary>
    private static List<string>[] CliFindings(IReadOnlyList<RuleCase> cases, UserPoolClientDefinition[] definitions)
    {
        var findings = cases.Select(_ => new List<string>()).ToArray();
        var root = Directory.CreateTempSubdirectory("cognitogen-agreement-");
        try
        {
            var groupIndex = 0;
            foreach (var group in Enumerable.Range(0, cases.Count).GroupBy(i => (cases[i].PoolId, Files: PoolFile.Key(cases[i].PoolFiles))))
            {
                var folder = Directory.CreateDirectory(Path.Combine(root.FullName, "g" + groupIndex++));
                var poolFiles = cases[group.First()].PoolFiles;
                var pools = new List<string>();
                foreach (var file in poolFiles)
                {
                    var path = Path.Combine(folder.FullName, "pool-" + Path.GetFileName(file.Path));
                    File.WriteAllText(path, file.Text);
                    pools.Add(path);
                }

                var files = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var i in group)
                {
                    // A secret promised at run time has no JSON form; a valid secret in its place makes the same request.
                    var definition = definitions[i].ClientSecretSuppliedAtRuntime ? definitions[i] with { ClientSecret = "Agreement_Secret_0123456789_abc" } : definitions[i];
                    var path = Path.Combine(folder.FullName, $"case{i}.json");
                    File.WriteAllText(path, definition.ToCliInputJson(cases[i].PoolId!));
                    files[path] = i;
                }

                using var stdout = new StringWriter();
                using var stderr = new StringWriter();
                CognitoGen.Cli.ValidateCommand.Run(files.Keys.ToList(), pools, stdout, stderr);
                Assert.Equal(string.Empty, stderr.ToString());

                var unreadable = new List<string>();
                foreach (var line in stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    var text = line.TrimEnd('\r');
                    var file = files.Keys.FirstOrDefault(f => text.StartsWith(f + ": ", StringComparison.Ordinal));
                    if (file is null)
                    {
                        unreadable.Add(text);
                        continue;
                    }

                    // FILE: severity ID rule-name: message
                    var rest = text.Substring(file.Length + 2);
                    var parts = rest.Split(' ', 3);
                    Assert.True(parts.Length == 3 && parts[1].StartsWith("CGEN", StringComparison.Ordinal), "unexpected CLI line: " + text);
                    var message = parts[2].Substring(parts[2].IndexOf(": ", StringComparison.Ordinal) + 2);
                    if (RequestRules.Contains(parts[1])) findings[files[file]].Add($"{parts[1]}: {message}");
                }

                var loaded = poolFiles.Count == 0 ? 0 : UserPoolContextLoader.Load(poolFiles.Select(f => (f.Path, f.Text))).Diagnostics.Count;
                Assert.Equal(loaded, unreadable.Count(l => l.Contains(": warning CGEN8001 pool-file-unreadable: ", StringComparison.Ordinal)));
                Assert.Equal(unreadable.Count, loaded);
            }
        }
        finally
        {
            root.Delete(recursive: true);
        }

        return findings;
    }

    /// <summary>The case a diagnostic belongs to, from its tree (<c>SourceN.cs</c> holds <c>CaseN</c>).</summary>
    private static int CaseIndex(Diagnostic d)
    {
        var path = d.Location.SourceTree?.FilePath ?? throw new InvalidOperationException("Diagnostic outside source: " + d);
        var name = Path.GetFileNameWithoutExtension(path);
        Assert.StartsWith("Source", name, StringComparison.Ordinal);
        return int.Parse(name.AsSpan("Source".Length), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Emits <paramref name="compilation"/>, loads it next to the runtime this process already loaded, and reads every <c>CaseN.Definition</c>.</summary>
    private static UserPoolClientDefinition[] LoadDefinitions(Compilation compilation, int count)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;

        var context = new CasesLoadContext();
        try
        {
            var assembly = context.LoadFromStream(image);
            return Enumerable.Range(0, count).Select(i =>
            {
                var type = assembly.GetType("Case" + i, throwOnError: true)!;
                var value = type.GetProperty("Definition", BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
                return Assert.IsType<UserPoolClientDefinition>(value);
            }).ToArray();
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Resolves CognitoGen to the runtime assembly already loaded, so the generated definitions are this process's type.</summary>
    private sealed class CasesLoadContext : AssemblyLoadContext
    {
        private static readonly Assembly Runtime = typeof(UserPoolClientDefinition).Assembly;

        public CasesLoadContext()
            : base("RuleCases", isCollectible: true)
        {
        }

        protected override Assembly? Load(AssemblyName assemblyName) =>
            AssemblyName.ReferenceMatchesDefinition(assemblyName, Runtime.GetName()) ? Runtime : null;
    }
}
