extern alias generator;

using generator::CognitoGen.Generator;
using CognitoGen.Tests.Generator;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CognitoGen.Tests.Cdk;

/// <summary>The CDK facts join the environment as primitives, so a project that references the CDK still caches.</summary>
public class CdkCachingTests
{
    private static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "CdkTestAssembly",
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, GeneratorHarness.ParseOptions, $"Source{i}.cs")),
        CdkStandIn.References(CdkStandIn.Shape.New),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    [Fact]
    public void With_the_CDK_unchanged_input_and_unrelated_edits_regenerate_nothing()
    {
        var compilation = Compilation(GeneratorOutputTests.SeedSource, "namespace App; public static class Helpers { }");
        var driver = GeneratorHarness.Driver(trackSteps: true).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        Assert.Contains(first.GeneratedSources, s => s.HintName == "CognitoGen.CdkProps.g.cs");

        foreach (var next in new[]
                 {
                     compilation.Clone(),
                     compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App; public class Another { }", GeneratorHarness.ParseOptions, "Another.cs")),
                 })
        {
            var result = driver.RunGenerators(next).GetRunResult().Results.Single();
            foreach (var name in new[] { TrackingNames.Environment, TrackingNames.ClientEnvironment })
            {
                Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.True(
                    o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
            }

            Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output: {o.Reason}"));
        }
    }
}
