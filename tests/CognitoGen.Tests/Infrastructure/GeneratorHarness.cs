extern alias generator;

using System.Collections.Immutable;
using generator::CognitoGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CognitoGen.Tests.Infrastructure;

/// <summary>Runs <see cref="ClientGenerator"/> on in-memory sources and compiles the result.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>A compilation of <paramref name="sources"/>; every one a test makes is also run through both client readings (<see cref="ParserEquivalence"/>).</summary>
    public static CSharpCompilation Compilation(SdkShape sdk, params string[] sources)
    {
        var compilation = CSharpCompilation.Create(
            "TestAssembly",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, $"Source{i}.cs")),
            TestReferences.For(sdk),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        if (sources.Length > 0) ParserEquivalence.AssertSame(compilation);
        return compilation;
    }

    public static GeneratorDriver Driver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new ClientGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator; returns the output compilation, the run result and every diagnostic (generator and compiler).</summary>
    public static (Compilation Output, GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> Diagnostics) Run(SdkShape sdk, params string[] sources)
    {
        var input = Compilation(sdk, sources);
        var driver = Driver().RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);
        var diagnostics = generatorDiagnostics.AddRange(output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        return (output, driver.GetRunResult(), diagnostics);
    }

    public static string GeneratedText(GeneratorDriverRunResult run, string hintName) =>
        run.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Fails with the full diagnostic list and generated sources when anything at warning level or above was reported.</summary>
    public static void AssertClean(ImmutableArray<Diagnostic> diagnostics, GeneratorDriverRunResult run)
    {
        if (diagnostics.IsEmpty) return;
        var generated = string.Join("\n\n", run.Results.SelectMany(r => r.GeneratedSources).Select(s => "// " + s.HintName + "\n" + s.SourceText));
        Assert.Fail("Expected no diagnostics, got:\n" + string.Join("\n", diagnostics) + "\n\nGenerated:\n" + generated);
    }
}
