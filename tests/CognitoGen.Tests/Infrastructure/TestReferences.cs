using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace CognitoGen.Tests.Infrastructure;

/// <summary>
/// One reference set for every in-memory compilation (resolving it is the costly part): .NET 8 reference assemblies,
/// the CognitoGen runtime, AWSSDK.Core, and the SDK stand-in in both shapes (with and without ClientSecret).
/// </summary>
public static class TestReferences
{
    public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() =>
        Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult());

    /// <summary>AWSSDK.Core's net8.0 build, next to the build this net10.0 test process loaded.</summary>
    public static string AwsCorePath { get; } = typeof(TestReferences).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AwsCoreNet8").Value!;

    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(UserPoolClientDefinition).Assembly.Location);

    public static MetadataReference AwsCore { get; } = MetadataReference.CreateFromFile(AwsCorePath);

    /// <summary>The stand-in project as built (the current SDK shape, with ClientSecret).</summary>
    public static MetadataReference StandIn { get; } =
        MetadataReference.CreateFromFile(typeof(Amazon.CognitoIdentityProvider.Model.CreateUserPoolClientRequest).Assembly.Location);

    private static readonly Lazy<MetadataReference> StandInWithoutSecretLazy = new(() => CompileStandIn("COGNITOGEN_STANDIN_NO_CLIENT_SECRET"));

    /// <summary>The stand-in compiled in memory with the shape of SDK packages older than 4.0.6.0 (no ClientSecret).</summary>
    public static MetadataReference StandInWithoutSecret => StandInWithoutSecretLazy.Value;

    public static ImmutableArray<MetadataReference> FrameworkReferences => Framework.Value;

    public static ImmutableArray<MetadataReference> For(SdkShape sdk) => sdk switch
    {
        SdkShape.None => Framework.Value.Add(Runtime),
        SdkShape.Current => Framework.Value.AddRange(new[] { Runtime, AwsCore, StandIn }),
        SdkShape.WithoutClientSecret => Framework.Value.AddRange(new[] { Runtime, AwsCore, StandInWithoutSecret }),
        _ => throw new ArgumentOutOfRangeException(nameof(sdk)),
    };

    /// <summary>The stand-in's sources, embedded in this assembly.</summary>
    public static IEnumerable<(string Name, string Text)> StandInSources()
    {
        var assembly = typeof(TestReferences).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("StandIn/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (name, reader.ReadToEnd());
        }
    }

    private static MetadataReference CompileStandIn(string define)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: new[] { define });
        var trees = StandInSources().Select(s => CSharpSyntaxTree.ParseText(s.Text, options, s.Name));
        var compilation = CSharpCompilation.Create(
            "CognitoGen.SdkStandIn.NoClientSecret",
            trees,
            Framework.Value.Add(AwsCore),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("The stand-in does not compile:\n" + string.Join("\n", result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}

/// <summary>Which SDK shape a test compilation references.</summary>
public enum SdkShape
{
    None,
    Current,
    WithoutClientSecret,
}
