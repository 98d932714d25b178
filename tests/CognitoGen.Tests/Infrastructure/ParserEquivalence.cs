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

    /// <summary>
    /// Compares an incremental run of the default generator (a driver kept across edits) with fresh runs on the same
    /// compilation: its sources with the semantic-only run's, and a fresh default run's models with the semantic-only
    /// run's (an incremental run records steps only for what it re-ran, so its own models are not all visible).
    /// </summary>
    public static void AssertSame(GeneratorRunResult incremental, Compilation input, IEnumerable<AdditionalText>? files = null, AnalyzerConfigOptionsProvider? options = null, CSharpParseOptions? parse = null)
    {
        var semantic = Run(new ClientGenerator(semanticOnly: true), input, files, options, parse);
        AssertSame(semantic, Run(new ClientGenerator(), input, files, options, parse));
        AssertSameSources(semantic, incremental);
    }

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

    /// <summary>The client models a fresh run produced (each client's own step in both modes), in a stable order.</summary>
    public static List<object> Models(GeneratorRunResult run) =>
        Outputs(run, TrackingNames.NonNullClients)
            .OrderBy(v => v.GetType().GetProperty("HintName")!.GetValue(v) as string, StringComparer.Ordinal)
            .ThenBy(v => v.ToString(), StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<object> Outputs(GeneratorRunResult run, string step) =>
        (run.TrackedSteps.TryGetValue(step, out var steps) ? steps : System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>.Empty)
            .SelectMany(s => s.Outputs)
            .Where(o => o.Reason != IncrementalStepRunReason.Removed)
            .Select(o => o.Value);

    private static void AssertSame(GeneratorRunResult semantic, GeneratorRunResult fast)
    {
        var expected = Models(semantic);
        var actual = Models(fast);
        Assert.True(expected.SequenceEqual(actual), "The syntax reading's models differ from the compiler's.\nCompiler:\n" + string.Join("\n", expected) + "\nSyntax:\n" + string.Join("\n", actual));
        AssertSameSources(semantic, fast);
    }

    private static void AssertSameSources(GeneratorRunResult semantic, GeneratorRunResult fast)
    {
        Assert.Equal(semantic.Exception?.ToString(), fast.Exception?.ToString());
        var expectedSources = semantic.GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        var actualSources = fast.GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        Assert.True(expectedSources.Select(s => s.HintName).SequenceEqual(actualSources.Select(s => s.HintName)),
            "Generated files differ.\nCompiler reading: " + string.Join(", ", expectedSources.Select(s => s.HintName)) + "\nSyntax reading: " + string.Join(", ", actualSources.Select(s => s.HintName)));
        Assert.Equal(expectedSources, actualSources);
        Assert.Equal(semantic.Diagnostics.Select(d => d.ToString()), fast.Diagnostics.Select(d => d.ToString()));
    }
}
