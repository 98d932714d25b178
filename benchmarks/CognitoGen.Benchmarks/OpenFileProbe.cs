extern alias analyzers;
using System.Collections.Immutable;
using System.Diagnostics;
using analyzers::CognitoGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CognitoGen.Benchmarks;

/// <summary>
/// The open-file analyzer run as the IDE benchmark does it, in process: before each run one edit of the middle client's
/// file (its callback URL changed back and forth, a new tree each time), the generator driver kept across edits and run
/// on it (so the compilation has the generator's output, as the IDE's has), the compiler's diagnostics of that file, then
/// a new <see cref="CompilationWithAnalyzers"/> (a clone: nothing bound is shared with an earlier run) asked for the
/// syntax and semantic diagnostics of the edited file. Prints the analyzer's own time (telemetry, what the IDE benchmark
/// reports) and the wall time, median and best of <c>reps</c>, for our analyzer, <see cref="NoopAnalyzer"/> and
/// <see cref="AttributesOnlyAnalyzer"/> (Roslyn's binding of the attributes, which any analyzer reading them pays).
/// </summary>
public static class OpenFileProbe
{
    public static int Run(int n, int reps, string? only = null)
    {
        var trees = Workload.Parse(Workload.ClientSources(n));
        var compilation = Workload.Compilation(trees, References.Clients);
        var driver = ScaleBenchmarks.NewDriver().RunGenerators(compilation);
        var path = Workload.EditedClientPath(n);
        var original = trees.Single(t => t.FilePath == path);
        var edited = Workload.EditedClient(n);
        var before = string.Format(Workload.ClientEditBefore, edited);
        var after = string.Format(Workload.ClientEditAfter, edited);
        var current = original;
        var currentCompilation = compilation;
        var step = 0;

        // One edit as in the IDE: the open file's text changed back and forth (a new tree each time), the driver kept
        // across edits, its output compilation analyzed. Every analyzer gets the same sequence of edits.
        (Compilation Output, SyntaxTree Tree) Edit()
        {
            var text = current.GetText();
            var (from, to) = step++ % 2 == 0 ? (before, after) : (after, before);
            var at = text.ToString().IndexOf(from, StringComparison.Ordinal);
            var next = current.WithChangedText(text.Replace(at, from.Length, to));
            currentCompilation = currentCompilation.ReplaceSyntaxTree(current, next);
            current = next;
            driver = driver.RunGeneratorsAndUpdateCompilation(currentCompilation, out var output, out _);
            // As the IDE benchmark does before our analyzers: the compiler's diagnostics of the open file.
            _ = output.GetSemanticModel(next).GetDiagnostics();
            return (output, next);
        }

        Console.WriteLine($"N={n}: {Edit().Output.SyntaxTrees.Count()} trees, open file {path}, one edit of it before each run");

        foreach (var (name, make) in new (string, Func<DiagnosticAnalyzer>)[]
                 {
                     ("ours", () => new UserPoolClientAnalyzer()),
                     ("noop", () => new NoopAnalyzer()),
                     ("attributes-only", () => new AttributesOnlyAnalyzer()),
                     ("report-only", () => new ReportOnlyAnalyzer()),
                     ("lookup-only", () => new LookupOnlyAnalyzer()),
                 })
        {
            if (only is not null && name != only) continue;
            var own = new List<double>();
            var wall = new List<double>();
            var count = 0;
            for (var i = 0; i < reps + 1; i++)
            {
                var (output, tree) = Edit();
                var analysis = ScaleBenchmarks.WithAnalyzer(output, make());
                var sw = Stopwatch.StartNew();
                var diagnostics = analysis.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None).GetAwaiter().GetResult()
                    .AddRange(analysis.GetAnalyzerSemanticDiagnosticsAsync(analysis.Compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None).GetAwaiter().GetResult());
                var elapsed = sw.Elapsed.TotalMilliseconds;
                var telemetry = analysis.GetAnalyzerTelemetryInfoAsync(analysis.Analyzers[0], CancellationToken.None).GetAwaiter().GetResult();
                count = diagnostics.Length;
                if (i == 0) continue; // the first run JITs
                wall.Add(elapsed);
                own.Add(telemetry.ExecutionTime.TotalMilliseconds);
            }

            Console.WriteLine($"{name,-16} analyzer time median {Median(own),7:F2} ms best {own.Min(),7:F2} ms   wall median {Median(wall),7:F2} ms best {wall.Min(),7:F2} ms   {count} diagnostics");
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

#pragma warning disable RS1001 // benchmark-only analyzers, see ProbeAnalyzer
/// <summary>
/// An analyzer that only reads every named type's attributes (their arguments are bound with them): what binding the
/// attributes costs in a fresh compilation, which any analyzer that looks at them pays inside its own callback.
/// </summary>
public sealed class AttributesOnlyAnalyzer : ProbeAnalyzer
{
    public AttributesOnlyAnalyzer()
        : base("NOOP0002", "Never reported")
    {
    }

    protected override void Start(CompilationStartAnalysisContext start) => start.RegisterSymbolAction(static c =>
    {
        var count = 0;
        foreach (var a in c.Symbol.GetAttributes()) count += a.ConstructorArguments.Length + a.NamedArguments.Length;
        GC.KeepAlive(count);
    }, SymbolKind.NamedType);
}

/// <summary>
/// An analyzer that does what any analyzer gated on a type does first: one <c>GetTypeByMetadataName</c> in its
/// compilation-start action (ours, for <c>CognitoGen.UserPoolClientAttribute</c>), then an empty symbol action.
/// </summary>
public sealed class LookupOnlyAnalyzer : ProbeAnalyzer
{
    public LookupOnlyAnalyzer()
        : base("NOOP0004", "Never reported")
    {
    }

    protected override void Start(CompilationStartAnalysisContext start)
    {
        if (start.Compilation.GetTypeByMetadataName("CognitoGen.UserPoolClientAttribute") is null) return;
        start.RegisterSymbolAction(static _ => { }, SymbolKind.NamedType);
    }
}

/// <summary>
/// An analyzer that reports, on every named type with attributes, three infos at its first three attribute
/// arguments, as ours does on the workload's clients, and computes nothing: what the analyzer driver's handling of a
/// reported diagnostic costs (it runs inside the reporting callback, so it counts as that analyzer's time).
/// </summary>
public sealed class ReportOnlyAnalyzer : ProbeAnalyzer
{
    public ReportOnlyAnalyzer()
        : base("NOOP0003", "{0}")
    {
    }

    protected override void Start(CompilationStartAnalysisContext start)
    {
        var info = Descriptor;
        start.RegisterSymbolAction(c =>
        {
            foreach (var reference in c.Symbol.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(c.CancellationToken) is not Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax { AttributeLists.Count: > 0 } declaration) continue;
                foreach (var argument in declaration.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeArgumentSyntax>().Take(3))
                {
                    c.ReportDiagnostic(Diagnostic.Create(info, argument.Expression.GetLocation(), "reported"));
                }
            }
        }, SymbolKind.NamedType);
    }
}
#pragma warning restore RS1001
