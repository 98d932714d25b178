extern alias generator;

using generator::CognitoGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CognitoGen.Tests.Infrastructure;

/// <summary>
/// The generator reads clients from syntax where it can be sure and with the compiler elsewhere; before that, every
/// client went through ForAttributeWithMetadataName and the symbol parser. Every harness run compares the two on its
/// input: the same client models (record equality, every field) and the same generated sources, or the test fails.
/// </summary>
public static class ParserEquivalence
{
    /// <summary>Runs both readings on <paramref name="input"/>; fails on any difference. Returns how many files the syntax reading handed to the compiler.</summary>
    public static void AssertSame(Compilation input, IEnumerable<AdditionalText>? files = null, AnalyzerConfigOptionsProvider? options = null, CSharpParseOptions? parse = null)
    {
        var fast = Run(new ClientGenerator(), input, files, options, parse);
        var semantic = Run(new ClientGenerator(semanticOnly: true), input, files, options, parse);
        AssertSame(semantic, fast);
    }

    /// <summary>Compares a run of the default generator with a fresh semantic-only run on the same compilation.</summary>
    public static void AssertSame(GeneratorRunResult fast, Compilation input, IEnumerable<AdditionalText>? files = null, AnalyzerConfigOptionsProvider? options = null, CSharpParseOptions? parse = null) =>
        AssertSame(Run(new ClientGenerator(semanticOnly: true), input, files, options, parse), fast);

    public static GeneratorRunResult Run(ClientGenerator generator, Compilation input, IEnumerable<AdditionalText>? files, AnalyzerConfigOptionsProvider? options, CSharpParseOptions? parse)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            files,
            parse ?? (input.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions) ?? GeneratorHarness.ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return driver.RunGenerators(input).GetRunResult().Results.Single();
    }

    /// <summary>The client models a run produced, in a stable order.</summary>
    public static List<object> Models(GeneratorRunResult run) =>
        (run.TrackedSteps.TryGetValue(TrackingNames.NonNullClients, out var steps) ? steps : System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>.Empty)
            .SelectMany(s => s.Outputs)
            .Where(o => o.Reason != IncrementalStepRunReason.Removed)
            .Select(o => o.Value)
            .OrderBy(v => v.GetType().GetProperty("HintName")!.GetValue(v) as string, StringComparer.Ordinal)
            .ThenBy(v => v.ToString(), StringComparer.Ordinal)
            .ToList();

    private static void AssertSame(GeneratorRunResult semantic, GeneratorRunResult fast)
    {
        Assert.Equal(semantic.Exception?.ToString(), fast.Exception?.ToString());
        var expected = Models(semantic);
        var actual = Models(fast);
        Assert.True(expected.SequenceEqual(actual), "The syntax reading's models differ from the compiler's.\nCompiler:\n" + string.Join("\n", expected) + "\nSyntax:\n" + string.Join("\n", actual));
        var expectedSources = semantic.GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        var actualSources = fast.GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        Assert.Equal(expectedSources, actualSources);
        Assert.Equal(semantic.Diagnostics.Select(d => d.ToString()), fast.Diagnostics.Select(d => d.ToString()));
    }
}
