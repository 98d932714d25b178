using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace CognitoGen.IdeBenchmarks;

/// <summary>
/// The measured run: for each N, the consumer solution written and opened, then for each project and each of its two
/// edits, <c>warmup</c> edits and up to <c>edits</c> measured ones (fewer when the N's time budget runs out, at least
/// one), medians printed as one side-by-side markdown table.
/// </summary>
public static class Runner
{
    public sealed record Options(int[] Sizes, int Warmup, int Edits, TimeSpan BudgetPerSize, string? Output, bool Keep);

    /// <summary>Medians of one (N, edit kind) row. Times in milliseconds; NaN where not measured.</summary>
    private sealed record Row(int N, string Edit, int Measured,
        double Ours, double Floor, double Json, double Logging, double CompilationWhole, double CompilationFile, double AnalyzerFile, double AnalyzerWhole,
        double ForkClients, double AllGeneratorsClients, double WallClients, double AnalyzerFileWall,
        double CpuClients, double CpuJson, double CpuLogging, double WallJson, double WallLogging);

    public static async Task<int> RunAsync(Options options)
    {
        var rows = new List<Row>();
        var notes = new List<string>();
        var started = DateTime.UtcNow;
        foreach (var n in options.Sizes)
        {
            var root = Directory.CreateTempSubdirectory($"cognitogen-ide-{n}-").FullName;
            try
            {
                Console.Error.WriteLine($"[N={n}] writing the consumer solution to {root}");
                ConsumerSolution.Write(root, n);
                foreach (var name in new[] { "Clients", "Json", "Logging" }) Tools.Dotnet($"restore \"{ConsumerSolution.ProjectPath(root, name)}\" -v:q -nologo");
                using var session = await IdeSession.OpenAsync(root, n, trackSteps: false);
                Console.Error.WriteLine($"[N={n}] workspace loaded in {session.LoadTime.TotalSeconds:F1} s; first generator runs: " +
                    string.Join(", ", session.Projects.Select(p => $"{p.Spec.Name} {p.FirstRun.TotalMilliseconds:F0} ms")));
                foreach (var p in session.Projects)
                {
                    Console.Error.WriteLine($"[N={n}]   {p.Spec.Name}, first run in this process, per generator: " +
                        string.Join(", ", p.FirstRunPerGenerator.Select(g => $"{g.Generator[(g.Generator.LastIndexOf('.') + 1)..]} {g.Time.TotalMilliseconds:F1} ms")));
                }

                var deadline = Stopwatch.StartNew();
                var measured = new Dictionary<(string Project, string Kind), List<Sample>>();
                // Edits interleave: one of each (project, kind) per round, so a burst of load elsewhere hits every column alike.
                var cases = session.Projects.SelectMany(p => new[] { (p, p.Spec.Annotated, true), (p, p.Spec.Unrelated, false) }).ToList();
                for (var round = 0; round < options.Warmup + options.Edits; round++)
                {
                    if (round > options.Warmup && deadline.Elapsed > options.BudgetPerSize)
                    {
                        notes.Add($"N = {n}: time budget of {options.BudgetPerSize.TotalMinutes:F0} min reached after {round - options.Warmup} measured edit(s) of each kind (asked for {options.Edits}).");
                        break;
                    }

                    foreach (var (state, edit, annotated) in cases)
                    {
                        var sample = await MeasureAsync(session, state, edit);
                        if (round < options.Warmup) continue;
                        var key = (state.Spec.Name, annotated ? "annotated" : "unrelated");
                        (measured.TryGetValue(key, out var list) ? list : measured[key] = []).Add(sample);
                    }

                    Console.Error.WriteLine($"[N={n}] round {round + 1}/{options.Warmup + options.Edits} done at {deadline.Elapsed.TotalSeconds:F0} s" + (round < options.Warmup ? " (warm-up)" : ""));
                }

                foreach (var kind in new[] { "annotated", "unrelated" })
                {
                    var c = measured[("Clients", kind)];
                    rows.Add(new Row(n, kind, c.Count,
                        Median(c, s => s.Generator), Median(c, s => s.Floor), Median(measured[("Json", kind)], s => s.Generator), Median(measured[("Logging", kind)], s => s.Generator),
                        Median(c, s => s.CompilationWhole), Median(c, s => s.CompilationFile), Median(c, s => s.AnalyzerFile), Median(c, s => s.AnalyzerWhole),
                        Median(c, s => s.Fork), Median(c, s => s.AllGenerators), Median(c, s => s.DriverWall), Median(c, s => s.AnalyzerFileWall),
                        Median(c, s => s.DriverCpu), Median(measured[("Json", kind)], s => s.DriverCpu), Median(measured[("Logging", kind)], s => s.DriverCpu),
                        Median(measured[("Json", kind)], s => s.DriverWall), Median(measured[("Logging", kind)], s => s.DriverWall)));
                }

                Console.WriteLine(Table(rows.Where(r => r.N == n)));
            }
            finally
            {
                if (options.Keep) Console.Error.WriteLine($"kept: {root}");
                else Directory.Delete(root, recursive: true);
            }
        }

        var report = new StringBuilder();
        report.AppendLine($"IDE benchmark, {started:yyyy-MM-dd HH:mm}–{DateTime.UtcNow:HH:mm} UTC, `{Environment.CommandLine}`; {Environment.ProcessorCount} cores; " +
                          $"warm-up {options.Warmup}, up to {options.Edits} measured edits of each kind per N; medians in ms.");
        report.AppendLine();
        report.AppendLine(Table(rows));
        report.AppendLine();
        report.AppendLine(Details(rows));
        foreach (var note in notes) report.AppendLine().Append("- ").AppendLine(note);
        Console.WriteLine();
        Console.WriteLine(report);
        if (options.Output is not null) File.WriteAllText(options.Output, report.ToString());
        return 0;
    }

    private sealed record Sample(double Generator, double Floor, double AllGenerators, double DriverWall, double DriverCpu, double Fork,
        double CompilationWhole, double CompilationFile, double AnalyzerFile, double AnalyzerWhole, double AnalyzerFileWall);

    private static async Task<Sample> MeasureAsync(IdeSession session, IdeSession.ProjectState state, EditSpec edit)
    {
        var r = await session.EditAsync(state, edit);
        double compilationWhole = double.NaN, compilationFile = double.NaN, analyzerFile = double.NaN, analyzerWhole = double.NaN, analyzerFileWall = double.NaN;
        if (state.Spec.Name == "Clients")
        {
            var project = session.Project(state);
            // The open document, as after each keystroke: the compiler's diagnostics for it, then our analyzers on it.
            var sw = Stopwatch.StartNew();
            _ = r.Output.GetSemanticModel(r.EditedTree).GetDiagnostics();
            compilationFile = sw.Elapsed.TotalMilliseconds;

            var open = IdeSession.WithAnalyzers(r.Output, session.OurAnalyzers, project);
            sw.Restart();
            _ = await open.GetAnalyzerSyntaxDiagnosticsAsync(r.EditedTree, CancellationToken.None);
            _ = await open.GetAnalyzerSemanticDiagnosticsAsync(r.Output.GetSemanticModel(r.EditedTree), filterSpan: null, CancellationToken.None);
            analyzerFileWall = sw.Elapsed.TotalMilliseconds;
            analyzerFile = await TelemetryAsync(open);

            // The whole project, as a build or full-solution analysis sees it (the compiler's pass binds everything first).
            sw.Restart();
            _ = r.Output.GetDiagnostics();
            compilationWhole = sw.Elapsed.TotalMilliseconds;
            var whole = IdeSession.WithAnalyzers(r.Output, session.OurAnalyzers, project);
            _ = await whole.GetAnalyzerDiagnosticsAsync();
            analyzerWhole = await TelemetryAsync(whole);
        }

        return new Sample(r.Generator.TotalMilliseconds, r.Floor?.TotalMilliseconds ?? double.NaN, r.AllGenerators.TotalMilliseconds, r.DriverWall.TotalMilliseconds, r.DriverCpu.TotalMilliseconds, r.Fork.TotalMilliseconds,
            compilationWhole, compilationFile, analyzerFile, analyzerWhole, analyzerFileWall);
    }

    /// <summary>Time inside the analyzers' callbacks, summed over our analyzers (what /reportanalyzer counts).</summary>
    private static async Task<double> TelemetryAsync(Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzers analysis)
    {
        var total = 0.0;
        foreach (var analyzer in analysis.Analyzers)
        {
            total += (await analysis.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalMilliseconds;
        }

        return total;
    }

    private static double Median(List<Sample> samples, Func<Sample, double> pick)
    {
        var values = samples.Select(pick).Where(v => !double.IsNaN(v)).Order().ToArray();
        if (values.Length == 0) return double.NaN;
        return values.Length % 2 == 1 ? values[values.Length / 2] : (values[values.Length / 2 - 1] + values[values.Length / 2]) / 2;
    }

    private static string Ms(double v) => double.IsNaN(v) ? "–" : v.ToString(v >= 100 ? "F0" : "F1", CultureInfo.InvariantCulture);

    private static string Table(IEnumerable<Row> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| N | one-character edit in | edits | our generator | (floor: attribute lookup only) | System.Text.Json generator | LoggerMessage generator | compilation, whole project | compilation, open file | our analyzer, open file | our analyzer, whole project |");
        sb.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            var edit = r.Edit == "annotated" ? "an annotated file (client / [JsonSerializable] / [LoggerMessage])" : "the unrelated file (a method body)";
            sb.AppendLine($"| {r.N:N0} | {edit} | {r.Measured} | {Ms(r.Ours)} | {Ms(r.Floor)} | {Ms(r.Json)} | {Ms(r.Logging)} | {Ms(r.CompilationWhole)} | {Ms(r.CompilationFile)} | {Ms(r.AnalyzerFile)} | {Ms(r.AnalyzerWhole)} |");
        }

        return sb.ToString().TrimEnd();
    }

    private static string Details(IEnumerable<Row> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("Same edits, more detail. Clients project: the workspace's fork (WithDocumentText → GetCompilationAsync), every generator of the project (ours and the .NET SDK's, timing info), our analyzer on the open file by the clock (incl. the binding it triggers). " +
                      "Each project: the driver's wall time and the process CPU time during it (all its generators; robust to other processes' load, which inflates wall-clock times).");
        sb.AppendLine();
        sb.AppendLine("| N | edit | workspace fork | all generators, Clients | our analyzer, open file, wall | driver wall / CPU, Clients | driver wall / CPU, Json | driver wall / CPU, Logging |");
        sb.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            sb.AppendLine($"| {r.N:N0} | {r.Edit} | {Ms(r.ForkClients)} | {Ms(r.AllGeneratorsClients)} | {Ms(r.AnalyzerFileWall)} | {Ms(r.WallClients)} / {Ms(r.CpuClients)} | {Ms(r.WallJson)} / {Ms(r.CpuJson)} | {Ms(r.WallLogging)} / {Ms(r.CpuLogging)} |");
        }

        return sb.ToString().TrimEnd();
    }
}
