extern alias analyzers;
extern alias generator;
using System.Collections.Immutable;
using analyzers::CognitoGen.Analyzers;
using BenchmarkDotNet.Attributes;
using generator::CognitoGen.Generator;
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
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByParams)]
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

    private GeneratorDriver _floorDriverAfterFull = null!;
    private SyntaxTree _editedClientFile = null!;

    private CompilationWithAnalyzers? _lastAnalysis;

    public static GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        new[] { new ClientGenerator().AsSourceGenerator() },
        parseOptions: Workload.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    public static CompilationWithAnalyzers WithOurAnalyzers(Compilation compilation) => WithAnalyzer(compilation, new UserPoolClientAnalyzer());

    public static CompilationWithAnalyzers WithAnalyzer(Compilation compilation, DiagnosticAnalyzer analyzer) => compilation.WithAnalyzers(
        ImmutableArray.Create(analyzer),
        new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null,
            concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));

    [GlobalSetup]
    public void Setup()
    {
        // The inputs depend on N only: built once per N and shared by every method (BenchmarkDotNet runs one N after another).
        if (s_inputs?.N != N)
        {
            s_inputs = null;
            GC.Collect();
            s_inputs = new Inputs(N);
        }

        var i = s_inputs;
        (_sources, _trees, _sourcesWithGenerated, _optionsTrees) = (i.Sources, i.Trees, i.SourcesWithGenerated, i.OptionsTrees);
        (_compilation, _driverAfterFull, _floorDriverAfterFull) = (i.Compilation, i.DriverAfterFull, i.FloorDriverAfterFull);
        (_unrelatedEdit, _clientEdit, _editedClientFile) = (i.UnrelatedEdit, i.ClientEdit, i.ClientEdit.Old);
    }

    private static Inputs? s_inputs;

    private sealed class Inputs
    {
        public readonly int N;
        public readonly ImmutableArray<(string Path, string Text)> Sources;
        public readonly ImmutableArray<SyntaxTree> Trees;
        public readonly ImmutableArray<(string Path, string Text)> SourcesWithGenerated;
        public readonly ImmutableArray<SyntaxTree> OptionsTrees;
        public readonly CSharpCompilation Compilation;
        public readonly GeneratorDriver DriverAfterFull;
        public readonly GeneratorDriver FloorDriverAfterFull;
        public readonly (SyntaxTree Old, SyntaxTree New) UnrelatedEdit;
        public readonly (SyntaxTree Old, SyntaxTree New) ClientEdit;

        public Inputs(int n)
        {
            N = n;
            Sources = Workload.ClientSources(n);
            Trees = Workload.Parse(Sources);
            Compilation = Workload.Compilation(Trees, References.Clients);
            DriverAfterFull = NewDriver().RunGenerators(Compilation);
            SourcesWithGenerated = Sources.AddRange(DriverAfterFull.GetRunResult().GeneratedTrees.Select(t => (t.FilePath, t.GetText().ToString())));
            FloorDriverAfterFull = CSharpGeneratorDriver.Create(new[] { new FloorGenerator().AsSourceGenerator() }, parseOptions: Workload.ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false)).RunGenerators(Compilation);
            UnrelatedEdit = EditedTree(Workload.UnrelatedPath, Workload.UnrelatedBefore, Workload.UnrelatedAfter);
            var edited = Workload.EditedClient(n);
            ClientEdit = EditedTree(Workload.EditedClientPath(n), string.Format(Workload.ClientEditBefore, edited), string.Format(Workload.ClientEditAfter, edited));
            OptionsTrees = Workload.Parse(Workload.OptionsSources(n));
        }

        private (SyntaxTree, SyntaxTree) EditedTree(string path, string before, string after)
        {
            var old = Trees.Single(t => t.FilePath == path);
            var text = old.GetText();
            var at = text.ToString().IndexOf(before, StringComparison.Ordinal);
            return (old, old.WithChangedText(text.Replace(at, before.Length, after)));
        }
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

    /// <summary>
    /// The floor under the two re-runs above: a generator that only asks Roslyn for the [UserPoolClient] classes (its
    /// ForAttributeWithMetadataName step re-binds every client's attributes on any compilation change), same edit.
    /// </summary>
    [Benchmark]
    public GeneratorDriver Floor_AttributeLookup_UnrelatedEdit() => _floorDriverAfterFull.RunGenerators(_compilation.ReplaceSyntaxTree(_unrelatedEdit.Old, _unrelatedEdit.New));

    /// <summary>(b) Our analyzer on a new compilation. Includes the binding it forces; subtract <see cref="Analyzers_Noop"/> for our share.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> Analyzers()
    {
        var analysis = WithOurAnalyzers(Workload.Compilation(_trees, References.Clients));
        var diagnostics = analysis.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        _lastAnalysis = analysis;
        return diagnostics;
    }

    /// <summary>The same analyzer run with <see cref="NoopAnalyzer"/> instead of ours: the driver and the binding it forces.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> Analyzers_Noop() =>
        WithAnalyzer(Workload.Compilation(_trees, References.Clients), new NoopAnalyzer()).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>The compiler binding the same trees (declarations and method bodies), for comparison.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> Compiler_Bind() => Workload.Compilation(_trees, References.Clients).GetDiagnostics();

    /// <summary>
    /// (b, as the IDE runs it after an edit) Our analyzer on one file of 50 clients of a new compilation: what the open
    /// document costs per keystroke. Includes the binding of that file; compare <see cref="Compiler_BindOneFile"/>.
    /// </summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> Analyzers_OneFile()
    {
        var compilation = Workload.Compilation(_trees, References.Clients);
        var analysis = WithOurAnalyzers(compilation);
        return analysis.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(_editedClientFile), filterSpan: null, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The one-file run with <see cref="NoopAnalyzer"/> instead of ours.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> Analyzers_OneFile_Noop()
    {
        var compilation = Workload.Compilation(_trees, References.Clients);
        return WithAnalyzer(compilation, new NoopAnalyzer()).GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(_editedClientFile), filterSpan: null, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The compiler's own diagnostics for that one file of a new compilation (what the IDE computes anyway).</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> Compiler_BindOneFile() => Workload.Compilation(_trees, References.Clients).GetSemanticModel(_editedClientFile).GetDiagnostics();

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
