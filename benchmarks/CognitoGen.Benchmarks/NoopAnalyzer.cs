using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CognitoGen.Benchmarks;

/// <summary>
/// The analyzer driver's own cost: one named-type symbol action that does nothing. Whatever the driver makes the
/// compiler bind to raise its events is in this run too, so (our analyzer − this) is what our analyzer adds.
/// </summary>
/// <remarks>Not marked [DiagnosticAnalyzer]: it is only ever handed to CompilationWithAnalyzers here, never loaded by a compiler.</remarks>
#pragma warning disable RS1001, RS2008 // (no release tracking or attribute for a benchmark-only analyzer)
public sealed class NoopAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("NOOP0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Info, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start => start.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType));
    }
}
#pragma warning restore RS1001, RS2008
