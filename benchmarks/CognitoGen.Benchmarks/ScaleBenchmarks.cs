extern alias analyzers;
using System.Collections.Immutable;
using analyzers::CognitoGen.Analyzers;
using BenchmarkDotNet.Attributes;
using CognitoGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CognitoGen.Benchmarks;

/// <summary>
/// Everything side by side in one run, for N clients (and N options classes for the peer). Each operation starts from
/// already-parsed syntax trees unless its name says it parses; every compilation is new, so nothing bound by one
/// invocation is reused by the next.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class ScaleBenchmarks
{
    [Params(10, 100, 1000, 5000)]
    public int N;

    private ImmutableArray<(string Path, string Text)> _sources;
    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<(string Path, string Text)> _sourcesWithGenerated;
    private ImmutableArray<SyntaxTree> _optionsTrees;

    // Incremental: the driver after a full run on _compilation, and the edited trees that replace one of its trees.
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _driverAfterFull = null!;
    private (SyntaxTree Old, SyntaxTree New) _unrelatedEdit;
    private (SyntaxTree Old, SyntaxTree New) _clientEdit;

    private CompilationWithAnalyzers? _lastAnalysis;

    public static GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        new[] { new ClientGenerator().AsSourceGenerator() },
        parseOptions: Workload.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    public static CompilationWithAnalyzers WithOurAnalyzers(Compilation compilation) => compilation.WithAnalyzers(
        ImmutableArray.Create<DiagnosticAnalyzer>(new UserPoolClientAnalyzer()),
        new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
            concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));

    [GlobalSetup]
    public void Setup()
    {
        _sources = Workload.ClientSources(N);
        _trees = Workload.Parse(_sources);
        _compilation = Workload.Compilation(_trees, References.Clients);
        _driverAfterFull = NewDriver().RunGenerators(_compilation);

        var generated = _driverAfterFull.GetRunResult().GeneratedTrees.Select(t => (t.FilePath, t.GetText().ToString()));
        _sourcesWithGenerated = _sources.AddRange(generated);

        _unrelatedEdit = EditedTree(Workload.UnrelatedPath, Workload.UnrelatedBefore, Workload.UnrelatedAfter);
        var edited = Workload.EditedClient(N);
        _clientEdit = EditedTree(Workload.EditedClientPath(N), string.Format(Workload.ClientEditBefore, edited), string.Format(Workload.ClientEditAfter, edited));

        _optionsTrees = Workload.Parse(Workload.OptionsSources(N));
    }

    private (SyntaxTree, SyntaxTree) EditedTree(string path, string before, string after)
    {
        var old = _trees.Single(t => t.FilePath == path);
        var text = old.GetText();
        var at = text.ToString().IndexOf(before, StringComparison.Ordinal);
        return (old, old.WithChangedText(text.Replace(at, before.Length, after)));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_lastAnalysis is null) return;
        // What /reportanalyzer would show for the last invocation: time spent inside our analyzer's callbacks.
        var telemetry = _lastAnalysis.GetAnalyzerTelemetryInfoAsync(_lastAnalysis.Analyzers[0], CancellationToken.None).GetAwaiter().GetResult();
        Directory.CreateDirectory(BenchConfig.Artifacts);
        File.AppendAllText(Path.Combine(BenchConfig.Artifacts, "analyzer-telemetry.tsv"),
            $"{N}\t{telemetry.ExecutionTime.TotalMilliseconds:F3}\t{telemetry.SymbolActionsCount}\t{telemetry.OperationActionsCount}\n");
        _lastAnalysis = null;
    }

    /// <summary>(a) A new driver on a new compilation: every client parsed, emitted and its output parsed into a tree.</summary>
    [Benchmark]
    public GeneratorDriver Generator_Full() => NewDriver().RunGenerators(Workload.Compilation(_trees, References.Clients));

    /// <summary>(a) The driver of the full run, on the compilation with one method body changed in a file without clients.</summary>
    [Benchmark]
    public GeneratorDriver Generator_UnrelatedEdit() => _driverAfterFull.RunGenerators(_compilation.ReplaceSyntaxTree(_unrelatedEdit.Old, _unrelatedEdit.New));

    /// <summary>(a) The driver of the full run, on the compilation with one callback URL of one client changed.</summary>
    [Benchmark]
    public GeneratorDriver Generator_OneClientEdit() => _driverAfterFull.RunGenerators(_compilation.ReplaceSyntaxTree(_clientEdit.Old, _clientEdit.New));

    /// <summary>(b) Our analyzer on a new compilation. Includes the binding it forces; subtract <see cref="Compiler_Bind"/> for our share.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> Analyzers()
    {
        var analysis = WithOurAnalyzers(Workload.Compilation(_trees, References.Clients));
        var diagnostics = analysis.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        _lastAnalysis = analysis;
        return diagnostics;
    }

    /// <summary>The compiler binding the same trees (declarations and method bodies): what the analyzer driver forces anyway.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> Compiler_Bind() => Workload.Compilation(_trees, References.Clients).GetDiagnostics();

    /// <summary>(c) The baseline: the compiler alone on the user's sources, from text to a DLL in memory.</summary>
    [Benchmark(Baseline = true)]
    public bool Compiler_ParseBindEmit() => ParseBindEmit(_sources);

    /// <summary>For information: the same with our generated sources added, i.e. the compiler's work on our output as well.</summary>
    [Benchmark]
    public bool Compiler_ParseBindEmit_WithGenerated() => ParseBindEmit(_sourcesWithGenerated);

    /// <summary>(d) The peer: the [OptionsValidator] generator, new driver on a new compilation of N options classes.</summary>
    [Benchmark]
    public GeneratorDriver Peer_OptionsValidator_Full() =>
        CSharpGeneratorDriver.Create(new[] { References.OptionsValidatorGenerator() }, parseOptions: Workload.ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false))
            .RunGenerators(Workload.Compilation(_optionsTrees, References.Options));

    private static bool ParseBindEmit(ImmutableArray<(string Path, string Text)> sources)
    {
        var compilation = Workload.Compilation(Workload.Parse(sources), References.Clients);
        var diagnostics = compilation.GetDiagnostics();
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        return result.Success && diagnostics.Length >= 0;
    }
}
