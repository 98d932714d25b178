using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace CognitoGen.Tests.Infrastructure;

/// <summary>Generates, compiles and loads sources, so tests can call what the generator emitted.</summary>
public static class InMemoryAssembly
{
    public static Assembly Load(params string[] sources)
    {
        var pipeline = FullPipeline.Execute(GeneratorHarness.Compilation(SdkShape.None, sources)).AssertSound("in-memory assembly");
        using var stream = new MemoryStream();
        var result = pipeline.Output.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;

        // A collectible context of its own; CognitoGen resolves to the runtime this test process already loaded, so types unify.
        return new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }

    public static UserPoolClientDefinition Definition(Assembly assembly, string typeName) =>
        (UserPoolClientDefinition)assembly.GetType(typeName, throwOnError: true)!.GetProperty("Definition")!.GetValue(null)!;
}
