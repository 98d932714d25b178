using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using CognitoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CognitoGen.Tests.Cdk;

/// <summary>
/// A small stand-in for the AWS CDK's L1 Cognito types, written by hand from the CDK's public .NET API (as seen in
/// Amazon.CDK.Lib 2.160.0's metadata): numbers are <c>double?</c>, booleans and nested structures <c>object</c>,
/// lists <c>string[]</c>. <see cref="Shape.Old"/> lacks RefreshTokenRotation, as 2.160.0 does; <see cref="Shape.New"/> has it.
/// </summary>
public static class CdkStandIn
{
    public enum Shape { Old, New }

    public const string AssemblyName = "Amazon.CDK.Lib";

    private static string Source(Shape shape) => $$"""
        namespace Constructs
        {
            public class Construct { public Construct(Construct? scope, string id) { } }
        }
        namespace Amazon.CDK
        {
            public class App : Constructs.Construct { public App() : base(null, "") { } }
            public class Stack : Constructs.Construct { public Stack(Constructs.Construct? scope = null, string? id = null) : base(scope, id ?? "") { } }
            public class CfnResource : Constructs.Construct { public CfnResource(Constructs.Construct scope, string id) : base(scope, id) { } public string Ref => "token"; }
        }
        namespace Amazon.CDK.AWS.Cognito
        {
            public interface ICfnUserPoolClientProps { string UserPoolId { get; } }
            public class CfnUserPoolClientProps : ICfnUserPoolClientProps
            {
                public string UserPoolId { get; set; } = null!;
                public double? AccessTokenValidity { get; set; }
                public string[]? AllowedOAuthFlows { get; set; }
                public object? AllowedOAuthFlowsUserPoolClient { get; set; }
                public string[]? AllowedOAuthScopes { get; set; }
                public object? AnalyticsConfiguration { get; set; }
                public double? AuthSessionValidity { get; set; }
                public string[]? CallbackUrLs { get; set; }
                public string? ClientName { get; set; }
                public string? DefaultRedirectUri { get; set; }
                public object? EnablePropagateAdditionalUserContextData { get; set; }
                public object? EnableTokenRevocation { get; set; }
                public string[]? ExplicitAuthFlows { get; set; }
                public object? GenerateSecret { get; set; }
                public double? IdTokenValidity { get; set; }
                public string[]? LogoutUrLs { get; set; }
                public string? PreventUserExistenceErrors { get; set; }
                public string[]? ReadAttributes { get; set; }
        {{(shape == Shape.New ? "        public object? RefreshTokenRotation { get; set; }" : "")}}
                public double? RefreshTokenValidity { get; set; }
                public string[]? SupportedIdentityProviders { get; set; }
                public object? TokenValidityUnits { get; set; }
                public string[]? WriteAttributes { get; set; }
            }
            public class CfnUserPoolProps { public string? UserPoolName { get; set; } }
            public class CfnUserPool : Amazon.CDK.CfnResource
            {
                public CfnUserPool(Constructs.Construct scope, string id, CfnUserPoolProps? props = null) : base(scope, id) { }
            }
            public class CfnUserPoolClient : Amazon.CDK.CfnResource
            {
                public CfnUserPoolClient(Constructs.Construct scope, string id, ICfnUserPoolClientProps props) : base(scope, id) { }
                public class TokenValidityUnitsProperty { public string? AccessToken { get; set; } public string? IdToken { get; set; } public string? RefreshToken { get; set; } }
                public class AnalyticsConfigurationProperty
                {
                    public string? ApplicationArn { get; set; }
                    public string? ApplicationId { get; set; }
                    public string? ExternalId { get; set; }
                    public string? RoleArn { get; set; }
                    public object? UserDataShared { get; set; }
                }
        {{(shape == Shape.New ? "        public class RefreshTokenRotationProperty { public string? Feature { get; set; } public double? RetryGracePeriodSeconds { get; set; } }" : "")}}
            }
        }
        """;

    private static readonly Lazy<byte[]> OldImage = new(() => Compile(Shape.Old));
    private static readonly Lazy<byte[]> NewImage = new(() => Compile(Shape.New));

    public static byte[] Image(Shape shape) => shape == Shape.Old ? OldImage.Value : NewImage.Value;

    public static ImmutableArray<MetadataReference> References(Shape shape) =>
        TestReferences.For(SdkShape.None).Add(MetadataReference.CreateFromImage(Image(shape)));

    private static byte[] Compile(Shape shape)
    {
        var compilation = CSharpCompilation.Create(
            AssemblyName,
            new[] { CSharpSyntaxTree.ParseText(Source(shape), GeneratorHarness.ParseOptions) },
            TestReferences.FrameworkReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success) throw new InvalidOperationException("The CDK stand-in does not compile:\n" + string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }

    /// <summary>Runs the generator on <paramref name="sources"/> against the stand-in; returns the output compilation and run.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Run, ImmutableArray<Diagnostic> Diagnostics) Run(Shape shape, params string[] sources)
    {
        var input = CSharpCompilation.Create(
            "CdkTestAssembly",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, GeneratorHarness.ParseOptions, $"Source{i}.cs")),
            References(shape),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        ParserEquivalence.AssertSame(input);
        var driver = GeneratorHarness.Driver().RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);
        var diagnostics = generatorDiagnostics.AddRange(output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        return (output, driver.GetRunResult(), diagnostics);
    }

    /// <summary>Generates, compiles and loads <paramref name="sources"/> with the stand-in in a context of their own.</summary>
    public static Assembly Load(Shape shape, params string[] sources)
    {
        var (output, run, diagnostics) = Run(shape, sources);
        GeneratorHarness.AssertClean(diagnostics, run);
        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        return new Context(Image(shape)).LoadFromStream(stream);
    }

    private sealed class Context(byte[] standIn) : AssemblyLoadContext("cdk-" + Guid.NewGuid().ToString("N"), isCollectible: true)
    {
        private Assembly? _standIn;

        protected override Assembly? Load(AssemblyName name) =>
            name.Name == AssemblyName ? _standIn ??= LoadFromStream(new MemoryStream(standIn)) : null;
    }
}
