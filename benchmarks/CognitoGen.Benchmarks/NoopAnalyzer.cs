using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CognitoGen.Benchmarks;

/// <summary>
/// The shape of the reference analyzers the benchmarks run beside ours: one descriptor, generated code skipped,
/// concurrent, and a compilation-start action that says what the reference does.
/// </summary>
/// <remarks>Not marked [DiagnosticAnalyzer]: they are only ever handed to CompilationWithAnalyzers here, never loaded by a compiler.</remarks>
#pragma warning disable RS1001, RS2008 // (no release tracking or attribute for a benchmark-only analyzer)
public abstract class ProbeAnalyzer : DiagnosticAnalyzer
{
    protected ProbeAnalyzer(string id, string messageFormat) =>
        Descriptor = new DiagnosticDescriptor(id, "Benchmark probe", messageFormat, "Benchmark", DiagnosticSeverity.Info, isEnabledByDefault: true);

    protected DiagnosticDescriptor Descriptor { get; }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    protected abstract void Start(CompilationStartAnalysisContext start);
}

/// <summary>
/// The analyzer driver's own cost: one named-type symbol action that does nothing. Whatever the driver makes the
/// compiler bind to raise its events is in this run too, so (our analyzer − this) is what our analyzer adds.
/// </summary>
public sealed class NoopAnalyzer : ProbeAnalyzer
{
    public NoopAnalyzer()
        : base("NOOP0001", "Never reported")
    {
    }

    protected override void Start(CompilationStartAnalysisContext start) => start.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
}
#pragma warning restore RS1001, RS2008
