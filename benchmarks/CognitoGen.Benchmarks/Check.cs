extern alias generator;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CognitoGen.Benchmarks;

/// <summary>
/// Proves the workload is what the benchmarks claim, without timing it carefully: the sources compile cleanly with and
/// without our output, the edits hit what they should (tracked steps), the analyzers report only the expected infos, and
/// the peer generates validators that compile. Exits non-zero on any surprise.
/// </summary>
public static class Check
{
    public static int Run(int n)
    {
        var failures = new List<string>();
        void Expect(bool ok, string what)
        {
            Console.WriteLine($"  [{(ok ? "ok" : "FAIL")}] {what}");
            if (!ok) failures.Add(what);
        }

        Console.WriteLine($"Checking the workload for N = {n} ({Workload.ClientsPerFile} clients per file)");
        var sources = Workload.ClientSources(n);
        var trees = Workload.Parse(sources);
        var compilation = Workload.Compilation(trees, References.Clients);
        Expect(compilation.GetDiagnostics().All(d => d.Severity < DiagnosticSeverity.Warning), "user sources compile without warnings");

        var sw = Stopwatch.StartNew();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new generator::CognitoGen.Generator.ClientGenerator().AsSourceGenerator() }, parseOptions: Workload.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Console.WriteLine($"  generator full run (tracked, one shot): {sw.Elapsed.TotalMilliseconds:F0} ms");
        var run = driver.GetRunResult().Results.Single();
        Expect(run.GeneratedSources.Length == n + 1, $"{n} client sources + the SDK extensions are generated (got {run.GeneratedSources.Length})");
        Expect(generatorDiagnostics.IsEmpty && run.Exception is null, "the generator reports nothing and does not throw");
        var outputProblems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Expect(outputProblems.Count == 0, "user sources + generated code compile without warnings" + string.Concat(outputProblems.Take(3).Select(d => "\n      " + d)));
        var lines = run.GeneratedSources.Sum(s => s.SourceText.Lines.Count);
        Console.WriteLine($"  generated: {lines} lines, {run.GeneratedSources.Sum(s => s.SourceText.Length) / 1024} KB of C# (user sources: {sources.Sum(s => s.Text.Length) / 1024} KB)");

        CheckEdit(driver, compilation, Workload.UnrelatedPath, Workload.UnrelatedBefore, Workload.UnrelatedAfter, expectedModified: 0, Expect);
        var edited = Workload.EditedClient(n);
        CheckEdit(driver, compilation, Workload.EditedClientPath(n), string.Format(Workload.ClientEditBefore, edited), string.Format(Workload.ClientEditAfter, edited), expectedModified: 1, Expect);

        sw.Restart();
        var analysis = ScaleBenchmarks.WithOurAnalyzers(Workload.Compilation(trees, References.Clients));
        var diagnostics = analysis.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Console.WriteLine($"  analyzers (one shot, incl. binding): {sw.Elapsed.TotalMilliseconds:F0} ms");
        foreach (var group in diagnostics.GroupBy(d => (d.Id, d.Severity)).OrderBy(g => g.Key.Id))
        {
            Console.WriteLine($"    {group.Key.Id} {group.Key.Severity}: {group.Count()}  e.g. {group.First().GetMessage()}");
        }

        Expect(diagnostics.All(d => d.Severity == DiagnosticSeverity.Info), "the analyzers report infos only (the clients are valid)");
        var telemetry = analysis.GetAnalyzerTelemetryInfoAsync(analysis.Analyzers[0], CancellationToken.None).GetAwaiter().GetResult();
        Console.WriteLine($"  analyzer telemetry: {telemetry.ExecutionTime.TotalMilliseconds:F1} ms in callbacks; symbol actions {telemetry.SymbolActionsCount}, operation actions {telemetry.OperationActionsCount}");

        var optionsSources = Workload.OptionsSources(n);
        var optionsCompilation = Workload.Compilation(Workload.Parse(optionsSources), References.Options);
        sw.Restart();
        var peer = CSharpGeneratorDriver.Create(new[] { References.OptionsValidatorGenerator() }, parseOptions: Workload.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(optionsCompilation, out var peerOutput, out var peerDiagnostics);
        Console.WriteLine($"  peer full run (one shot): {sw.Elapsed.TotalMilliseconds:F0} ms");
        var peerRun = peer.GetRunResult().Results.Single();
        Expect(peerRun.Exception is null && peerRun.GeneratedSources.Length > 0, $"the peer generates ({peerRun.GeneratedSources.Length} files, {peerRun.GeneratedSources.Sum(s => s.SourceText.Lines.Count)} lines)");
        var peerProblems = peerDiagnostics.AddRange(peerOutput.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Expect(peerProblems.Count == 0, "options sources + the peer's validators compile without warnings" + string.Concat(peerProblems.Take(3).Select(d => "\n      " + d)));
        var validateMethods = peerRun.GeneratedSources.Sum(s => CountOf(s.SourceText.ToString(), " Validate(string? name, "));
        Expect(validateMethods == n, $"the peer emits one Validate method per options class ({validateMethods})");

        Console.WriteLine(failures.Count == 0 ? "check: all good" : $"check: {failures.Count} failure(s)");
        return failures.Count == 0 ? 0 : 1;
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private static void CheckEdit(GeneratorDriver driver, CSharpCompilation compilation, string path, string before, string after, int expectedModified, Action<bool, string> expect)
    {
        var edited = Workload.Edit(compilation, path, before, after);
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        var modified = outputs.Count(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        var cached = outputs.Count(o => o.Reason == IncrementalStepRunReason.Cached);
        expect(modified == expectedModified && cached == outputs.Count - expectedModified,
            $"edit '{before}' → '{after}' in {path}: {modified} output(s) regenerated, {cached} cached");
    }
}
