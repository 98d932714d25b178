extern alias analyzers;
using System.Collections.Immutable;
using analyzers::CognitoGen.Analyzers;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace CognitoGen.Tests.Performance;

/// <summary>The analyzers cost nothing where CognitoGen is unused, and use only per-symbol work where it is.</summary>
public class AnalyzerCostTests
{
    private static async Task<AnalyzerTelemetryInfo> Telemetry(bool referenceRuntime, string source)
    {
        var references = referenceRuntime ? TestReferences.For(SdkShape.None) : TestReferences.FrameworkReferences;
        var compilation = CSharpCompilation.Create("Cost", new[] { CSharpSyntaxTree.ParseText(source) }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = new UserPoolClientAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }

    [Fact]
    public async Task Without_CognitoGen_no_action_is_registered()
    {
        var telemetry = await Telemetry(referenceRuntime: false, "public class A { public void M() { var x = 1; } }");

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.SymbolActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount);
        Assert.Equal(0, telemetry.SyntaxNodeActionsCount);
        Assert.Equal(0, telemetry.CompilationEndActionsCount);
    }

    [Fact]
    public async Task With_CognitoGen_only_per_symbol_and_per_file_actions_run()
    {
        var telemetry = await Telemetry(referenceRuntime: true, "[CognitoGen.UserPoolClient(\"a\")] public partial class A { }");

        Assert.Equal(1, telemetry.SymbolActionsCount);
        // The secret-literal rule reads each file once, after a text check: an operation or syntax node action would make the
        // driver walk (or build IOperation trees for) every executable block, every client's attribute arguments included.
        Assert.Equal(1, telemetry.SemanticModelActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount);
        Assert.Equal(0, telemetry.OperationBlockActionsCount);
        Assert.Equal(0, telemetry.SyntaxNodeActionsCount);
        Assert.Equal(0, telemetry.CodeBlockActionsCount);
        Assert.Equal(0, telemetry.CompilationEndActionsCount);
        Assert.Equal(0, telemetry.CompilationActionsCount);
        Assert.Equal(0, telemetry.SymbolEndActionsCount);
        Assert.Equal(0, telemetry.SyntaxTreeActionsCount);
    }
}
