using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace CognitoGen.Benchmarks;

/// <summary>
/// Metadata references for the in-memory compilations, all local (no download): .NET 8 reference assemblies from
/// Basic.Reference.Assemblies.Net80, the CognitoGen runtime, AWSSDK.Core's net8.0 build and the SDK stand-in (so the
/// generator also emits the SDK request builders, as in a project that references AWSSDK.CognitoIdentityProvider),
/// and for the peer Microsoft.Extensions.Options.
/// </summary>
public static class References
{
    private static string Metadata(string key) =>
        typeof(References).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static readonly ImmutableArray<MetadataReference> Framework =
        Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().ToImmutableArray();

    public static string RuntimePath { get; } = typeof(UserPoolClientDefinition).Assembly.Location;

    /// <summary>What a project using CognitoGen with the AWS SDK compiles against.</summary>
    public static ImmutableArray<MetadataReference> Clients { get; } = Framework.AddRange(new[]
    {
        MetadataReference.CreateFromFile(RuntimePath),
        MetadataReference.CreateFromFile(Metadata("AwsCoreNet8")),
        MetadataReference.CreateFromFile(typeof(Amazon.CognitoIdentityProvider.Model.CreateUserPoolClientRequest).Assembly.Location),
    });

    public static string OptionsPackage { get; } = Metadata("OptionsPackage");

    /// <summary>What a project using <c>[OptionsValidator]</c> compiles against (Options and the two packages it exposes).</summary>
    public static ImmutableArray<MetadataReference> Options { get; } = Framework.AddRange(new[]
    {
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Options.IValidateOptions<>).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Primitives.StringValues).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
    });

    private static readonly Lazy<Type> PeerType = new(() =>
    {
        var path = Path.Combine(OptionsPackage, "analyzers", "dotnet", "roslyn4.4", "cs", "Microsoft.Extensions.Options.SourceGeneration.dll");
        return Assembly.LoadFrom(path).GetTypes().Single(t => t.GetCustomAttributes<GeneratorAttribute>().Any() && typeof(IIncrementalGenerator).IsAssignableFrom(t));
    });

    /// <summary>A new instance of the [OptionsValidator] generator, loaded from the package's roslyn4.4 analyzer folder.</summary>
    public static ISourceGenerator OptionsValidatorGenerator() => ((IIncrementalGenerator)Activator.CreateInstance(PeerType.Value)!).AsSourceGenerator();
}
