using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CognitoGen.IdeBenchmarks;

/// <summary>
/// Proves, without timing, that the IDE benchmark measures what it says: each project builds for real, each measured
/// generator produces output for the annotated units, each annotated-file edit changes exactly the output it should
/// (and the text it should), each unrelated edit changes no generator output, the compilations with the generated
/// sources have no errors, and our analyzers report only the expected infos. Exits non-zero on any surprise.
/// </summary>
public static class Check
{
    private static readonly List<string> Failures = [];

    private static void Expect(bool ok, string what)
    {
        Console.WriteLine($"  [{(ok ? "ok" : "FAIL")}] {what}");
        if (!ok) Failures.Add(what);
    }

    public static async Task<int> RunAsync(int n)
    {
        var root = Directory.CreateTempSubdirectory($"cognitogen-ide-check-{n}-").FullName;
        try
        {
            Console.WriteLine($"Checking the IDE benchmark's workload for N = {n} in {root}");
            ConsumerSolution.Write(root, n);
            foreach (var name in new[] { "Clients", "Json", "Logging" })
            {
                var log = Tools.Dotnet($"build -c Release \"{ConsumerSolution.ProjectPath(root, name)}\" -nologo -clp:ErrorsOnly;Summary");
                Expect(log.Contains("0 Error(s)", StringComparison.Ordinal) || log.Contains("Build succeeded", StringComparison.Ordinal), $"{name}: `dotnet build -c Release` succeeds");
            }

            using var session = await IdeSession.OpenAsync(root, n, trackSteps: true);
            var mid = CognitoGen.Benchmarks.Workload.EditedClient(n);
            foreach (var state in session.Projects)
            {
                var name = state.Spec.Name;
                var outputs = Outputs(state.Driver, state.Spec.GeneratorType);
                Expect(outputs.Count > 0, $"{name}: {Short(state.Spec.GeneratorType)} generates {outputs.Count} file(s) on the first run");
                var unit = name switch { "Clients" => $"class Client{mid}", "Json" => $"Order{mid}", _ => $"Step{mid}(" };
                Expect(outputs.Values.Any(t => t.Contains(unit, StringComparison.Ordinal)), $"{name}: the generated code covers the edited unit ('{unit}')");
                if (name == "Clients") Expect(outputs.Count == n + 1, $"Clients: {n} client sources + the SDK extensions ({outputs.Count})");
                ExpectNoErrors(name + ", first run", state.Output);

                // The annotated edit, then the same edit undone (the next keystroke), then the unrelated edit.
                var before = outputs;
                var r = await session.EditAsync(state, state.Spec.Annotated);
                ExpectEdit(r, state.Spec.Annotated, inserted: true);
                var after = Outputs(state.Driver, state.Spec.GeneratorType);
                var changed = Changed(before, after);
                var marker = state.Spec.Annotated.After.Trim('"', ' ', '{');
                // Ours regenerates the one client's file; System.Text.Json and LoggerMessage emit per context / per class.
                Expect((name != "Clients" || changed.Count == 1) && changed.Count >= 1 && changed.Any(k => after.TryGetValue(k, out var t) && t.Contains(marker, StringComparison.Ordinal)),
                    $"{name}: the {state.Spec.Annotated.Kind} edit changes {(name == "Clients" ? "exactly one generated file" : "the generated files of the edited unit")}, with '{marker}' ({string.Join(", ", changed)})");
                Expect(Reasons(state.Driver, state.Spec.GeneratorType).Any(x => x is IncrementalStepRunReason.Modified), $"{name}: after that edit the driver reports a modified output step");
                ExpectNoErrors(name + ", after the annotated edit", r.Output);

                r = await session.EditAsync(state, state.Spec.Annotated);
                ExpectEdit(r, state.Spec.Annotated, inserted: false);
                Expect(Changed(before, Outputs(state.Driver, state.Spec.GeneratorType)).Count == 0, $"{name}: undoing it gives back the first run's output");

                before = Outputs(state.Driver, state.Spec.GeneratorType);
                var all = AllOutputs(state.Driver);
                r = await session.EditAsync(state, state.Spec.Unrelated);
                ExpectEdit(r, state.Spec.Unrelated, inserted: true);
                Expect(Changed(before, Outputs(state.Driver, state.Spec.GeneratorType)).Count == 0 && Changed(all, AllOutputs(state.Driver)).Count == 0,
                    $"{name}: the unrelated edit changes no generated file, of any generator");
                var reasons = Reasons(state.Driver, state.Spec.GeneratorType);
                var summary = string.Join(", ", reasons.GroupBy(x => x).OrderBy(g => g.Key.ToString()).Select(g => $"{g.Key}×{g.Count()}"));
                if (name == "Clients")
                {
                    Expect(reasons.All(x => x is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged),
                        $"{name}: after the unrelated edit every output step of {Short(state.Spec.GeneratorType)} is cached or unchanged ({summary})");
                }
                else
                {
                    // Not ours to assert: how the peer's pipeline treats an unrelated edit (shown in the README).
                    Console.WriteLine($"  [info] {name}: after the unrelated edit the output steps of {Short(state.Spec.GeneratorType)} are {summary}");
                }
                Expect(r.PerGenerator.Any(g => g.Generator == state.Spec.GeneratorType && g.Time > TimeSpan.Zero), $"{name}: the timing info has the measured generator ({r.Generator.TotalMilliseconds:F1} ms)");

                if (name == "Clients")
                {
                    var client = await session.EditAsync(state, state.Spec.Annotated);
                    var open = IdeSession.WithAnalyzers(client.Output, session.OurAnalyzers, session.Project(state));
                    var file = (await open.GetAnalyzerSemanticDiagnosticsAsync(client.Output.GetSemanticModel(client.EditedTree), null, CancellationToken.None))
                        .AddRange(await open.GetAnalyzerSyntaxDiagnosticsAsync(client.EditedTree, CancellationToken.None));
                    var ids = string.Join(", ", file.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
                    Expect(file.Length > 0 && file.All(d => d.Severity == DiagnosticSeverity.Info && d.Id.StartsWith("CGEN", StringComparison.Ordinal)),
                        $"Clients: our analyzers on the open file report only CGEN infos ({ids})");
                    var telemetry = await open.GetAnalyzerTelemetryInfoAsync(open.Analyzers[0], CancellationToken.None);
                    Expect(telemetry.ExecutionTime > TimeSpan.Zero, $"Clients: analyzer telemetry is recorded ({telemetry.ExecutionTime.TotalMilliseconds:F1} ms)");
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        Console.WriteLine(Failures.Count == 0 ? "check: all good" : $"check: {Failures.Count} failure(s)");
        return Failures.Count == 0 ? 0 : 1;
    }

    private static string Short(string type) => type[(type.LastIndexOf('.') + 1)..];

    private static void ExpectEdit(IdeSession.EditResult r, EditSpec edit, bool inserted)
    {
        var text = r.EditedTree.GetText().ToString();
        Expect(inserted ? text.Contains(edit.After, StringComparison.Ordinal) : !text.Contains(edit.After, StringComparison.Ordinal) && text.Contains(edit.Before, StringComparison.Ordinal),
            $"{r.Project}: the {edit.Kind} edit {(inserted ? "inserts" : "deletes")} one character in {edit.FileName} ('{edit.Before}' {(inserted ? "→" : "←")} '{edit.After}')");
    }

    private static void ExpectNoErrors(string what, Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Expect(errors.Count == 0, $"{what}: the compilation with the generated sources has no errors" + string.Concat(errors.Take(3).Select(e => "\n      " + e)));
    }

    private static Dictionary<string, string> Outputs(GeneratorDriver driver, string generator) =>
        driver.GetRunResult().Results.Single(r => IdeSession.GeneratorName(r.Generator) == generator)
            .GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    private static Dictionary<string, string> AllOutputs(GeneratorDriver driver) =>
        driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources.Select(s => (IdeSession.GeneratorName(r.Generator) + "/" + s.HintName, s.SourceText.ToString())))
            .ToDictionary(p => p.Item1, p => p.Item2);

    private static List<string> Changed(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(k => !before.TryGetValue(k, out var b) || !after.TryGetValue(k, out var a) || b != a).Order(StringComparer.Ordinal).ToList();

    private static ImmutableArray<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string generator) =>
        driver.GetRunResult().Results.Single(r => IdeSession.GeneratorName(r.Generator) == generator)
            .TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToImmutableArray();
}
