using BenchmarkDotNet.Running;
using CognitoGen.Benchmarks;

// Modes:
//   (no arguments, or BenchmarkDotNet arguments such as --filter)  the whole run, then the ratios from its report
//   check [N]                                                       validates the workload (default N = 1000), no timing
//   sources DIR [N]                                                 writes the N-client sources to DIR (default N = 1000)
//   generated DIR [N]                                               writes the generator's output for N clients to DIR (default N = 10)
//   probe [N [name [reps]]]                                         quick best-of-3 (or best-of-reps) timings without BenchmarkDotNet
//   openfile [N [reps]]                                             the IDE benchmark's open-file analyzer run, in process: telemetry of ours, no-op, attributes-only
//   ratios [path/to/ScaleBenchmarks-report-full.json]              the ratios again, from an earlier run's report
if (args.Length > 0 && args[0] == "check")
{
    return Check.Run(args.Length > 1 ? int.Parse(args[1]) : 1000);
}

if (args.Length > 0 && args[0] == "sources")
{
    // The benchmark's client sources, written to a folder (used by ../run-report-analyzer.sh).
    var directory = args[1];
    Directory.CreateDirectory(directory);
    foreach (var (path, text) in Workload.ClientSources(args.Length > 2 ? int.Parse(args[2]) : 1000)) File.WriteAllText(Path.Combine(directory, path), text);
    return 0;
}

if (args.Length > 0 && args[0] == "generated")
{
    // The generator's output for the N-client workload, written to a folder for reading.
    var directory = args[1];
    Directory.CreateDirectory(directory);
    var n = args.Length > 2 ? int.Parse(args[2]) : 10;
    var run = ScaleBenchmarks.NewDriver().RunGenerators(Workload.Compilation(Workload.Parse(Workload.ClientSources(n)), References.Clients)).GetRunResult();
    foreach (var tree in run.GeneratedTrees) File.WriteAllText(Path.Combine(directory, Path.GetFileName(tree.FilePath)), tree.GetText().ToString());
    return 0;
}

if (args.Length > 0 && args[0] == "probe")
{
    return Probe.Run(args.Length > 1 ? int.Parse(args[1]) : 1000, args.Length > 2 ? args[2] : null, args.Length > 3 ? int.Parse(args[3]) : 3);
}

if (args.Length > 0 && args[0] == "openfile")
{
    return OpenFileProbe.Run(args.Length > 1 ? int.Parse(args[1]) : 5000, args.Length > 2 ? int.Parse(args[2]) : 7, args.Length > 3 ? args[3] : null);
}

if (args.Length > 0 && args[0] == "ratios")
{
    Ratios.FromReport(args.Length > 1 ? args[1] : ReportPath());
    return 0;
}

var telemetry = Path.Combine(BenchConfig.Artifacts, "analyzer-telemetry.tsv");
if (File.Exists(telemetry)) File.Delete(telemetry);
var summary = BenchmarkRunner.Run<ScaleBenchmarks>(new BenchConfig(), args);
if (summary.HasCriticalValidationErrors || summary.Reports.Length == 0) return 1;
var ratios = Ratios.FromReport(ReportPath());
File.WriteAllText(Path.Combine(BenchConfig.Artifacts, "ratios.md"), ratios);
return 0;

static string ReportPath() => Path.Combine(BenchConfig.Artifacts, "results", "CognitoGen.Benchmarks.ScaleBenchmarks-report-full.json");
