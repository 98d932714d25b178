using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;

namespace CognitoGen.IdeBenchmarks;

/// <summary>
/// What a fresh process pays the first time our generator and analyzers run, against later runs in the same process:
/// the Clients project of N clients opened in MSBuildWorkspace, then, each on a fresh clone of its compilation (no bound
/// state carried over) and with a new driver, in the order <c>sdk-first</c> (the .NET SDK's generators first, then ours)
/// or <c>ours-first</c> (ours first, as on the csc command line of a build), then ours again several times warm, and the
/// same for our analyzers. Wall and process CPU time for each step. Run it in a new process for each figure.
/// </summary>
public static class FirstRun
{
    public static async Task<int> RunAsync(int n, string order, int warmRuns)
    {
        using var jit = new JitTally();
        var windows = new List<(string Step, DateTime From, DateTime To)>();
        var root = Directory.CreateTempSubdirectory($"cognitogen-firstrun-{n}-").FullName;
        try
        {
            ConsumerSolution.Write(root, n);
            Tools.Dotnet($"restore \"{ConsumerSolution.ProjectPath(root, "Clients")}\" -v:q -nologo");
            using var workspace = MSBuildWorkspace.Create(new Dictionary<string, string> { ["Configuration"] = "Release" });
            var project = await workspace.OpenProjectAsync(ConsumerSolution.ProjectPath(root, "Clients"));
            var references = project.AnalyzerReferences.ToImmutableArray();
            project = project.Solution.WithProjectAnalyzerReferences(project.Id, []).GetProject(project.Id)!;
            var compilation = (await project.GetCompilationAsync())!;
            var parse = (CSharpParseOptions)project.ParseOptions!;
            var options = project.AnalyzerOptions.AnalyzerConfigOptionsProvider;

            var all = references.SelectMany(r => r.GetGenerators(LanguageNames.CSharp)).ToImmutableArray();
            var ours = all.Where(g => IdeSession.GeneratorName(g) == ConsumerSolution.OurGenerator).ToImmutableArray();
            var sdk = all.RemoveRange(ours);
            var analyzers = references.Where(r => r.Display == "CognitoGen.Analyzers").SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();

            Console.WriteLine($"first run in a fresh process: {n} client(s), order {order}, then {warmRuns} warm runs; " +
                              $"DOTNET_TieredCompilation={Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") ?? "(default)"}, " +
                              $"DOTNET_TieredPGO={Environment.GetEnvironmentVariable("DOTNET_TieredPGO") ?? "(default)"}");
            Console.WriteLine("| step | wall ms | process CPU ms | generator's own time (timing info) ms |");
            Console.WriteLine("|---|---:|---:|---:|");

            void Generators(string step, ImmutableArray<ISourceGenerator> generators)
            {
                GeneratorDriver driver = CSharpGeneratorDriver.Create(generators, project.AnalyzerOptions.AdditionalFiles, parse, options,
                    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
                var clone = compilation.Clone();
                var from = DateTime.UtcNow;
                var (wall, cpu) = Measure(() => driver = driver.RunGenerators(clone));
                windows.Add((step, from, DateTime.UtcNow));
                var own = driver.GetTimingInfo().GeneratorTimes.Where(t => generators.Contains(t.Generator)).Sum(t => t.ElapsedTime.TotalMilliseconds);
                Console.WriteLine($"| {step} | {wall:F1} | {cpu:F0} | {own:F1} |");
            }

            void Analyzers(string step)
            {
                var clone = compilation.Clone();
                _ = clone.GetDiagnostics(); // the compiler's own binding first, as in a build
                var analysis = IdeSession.WithAnalyzers(clone, analyzers, project);
                var from = DateTime.UtcNow;
                var (wall, cpu) = Measure(() => analysis.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
                windows.Add((step, from, DateTime.UtcNow));
                var own = analyzers.Sum(a => analysis.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
                Console.WriteLine($"| {step} | {wall:F1} | {cpu:F0} | {own:F1} (telemetry) |");
            }

            if (order == "sdk-first") Generators("the SDK's generators, first run", sdk);
            Generators("our generator, first run" + (order == "sdk-first" ? " (after the SDK's)" : " (first of all)"), ours);
            if (order == "ours-first") Generators("the SDK's generators, first run (after ours)", sdk);
            for (var i = 0; i < warmRuns; i++) Generators($"our generator, warm run {i + 1}", ours);
            Analyzers("our analyzers, first run");
            for (var i = 0; i < warmRuns; i++) Analyzers($"our analyzers, warm run {i + 1}");
            Console.WriteLine();
            Console.WriteLine("| step | compiled by the JIT during the step (runtime events) |");
            Console.WriteLine("|---|---|");
            foreach (var (step, from, to) in windows) Console.WriteLine($"| {step} | {jit.Between(from, to)} |");
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static (double Wall, double Cpu) Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action();
        var wall = sw.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }
}
