extern alias analyzers;
using System.Collections.Immutable;
using analyzers::CognitoGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CognitoGen.Tests.Infrastructure;

/// <summary>Runs the generator and the analyzer on one compilation and collects everything that went wrong.</summary>
public sealed class FullPipeline
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new UserPoolClientAnalyzer());

    public required Compilation Output { get; init; }

    public required GeneratorDriverRunResult Run { get; init; }

    /// <summary>Exceptions thrown by the generator (CS8785) or the analyzer (AD0001).</summary>
    public required IReadOnlyList<Exception> Exceptions { get; init; }

    /// <summary>Our analyzer's diagnostics.</summary>
    public required ImmutableArray<Diagnostic> AnalyzerDiagnostics { get; init; }

    /// <summary>Compiler diagnostics (warning or worse) located in generated files.</summary>
    public required ImmutableArray<Diagnostic> GeneratedCodeDiagnostics { get; init; }

    public static FullPipeline Execute(Compilation input, GeneratorDriver? driver = null)
    {
        var exceptions = new List<Exception>();
        if (driver is null) ParserEquivalence.AssertSame(input);
        driver = (driver ?? GeneratorHarness.Driver()).RunGeneratorsAndUpdateCompilation(input, out var output, out _);
        var run = driver.GetRunResult();
        exceptions.AddRange(run.Results.Select(r => r.Exception).OfType<Exception>());

        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, _, _) => { lock (exceptions) exceptions.Add(e); }, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = output.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var generatedTrees = run.GeneratedTrees.ToHashSet();
        var generated = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree is { } t && generatedTrees.Contains(t)).ToImmutableArray();
        return new FullPipeline { Output = output, Run = run, Exceptions = exceptions, AnalyzerDiagnostics = diagnostics, GeneratedCodeDiagnostics = generated };
    }

    /// <summary>Nothing threw, and the generated code compiles with no warning.</summary>
    public FullPipeline AssertSound(string context)
    {
        Assert.True(Exceptions.Count == 0, $"{context}: {string.Join("\n", Exceptions)}");
        Assert.True(GeneratedCodeDiagnostics.IsEmpty, $"{context}: {string.Join("\n", GeneratedCodeDiagnostics)}");
        return this;
    }
}
