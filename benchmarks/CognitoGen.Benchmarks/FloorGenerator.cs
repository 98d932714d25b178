using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CognitoGen.Benchmarks;

/// <summary>
/// The least any ForAttributeWithMetadataName generator on [UserPoolClient] can cost: Roslyn's own step (find the
/// classes, bind their attributes) with a transform that reads nothing and an output that writes nothing. Roslyn re-runs
/// that step for every client on every compilation change, so this is the floor under our incremental re-runs.
/// </summary>
public sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "CognitoGen.UserPoolClientAttribute",
            predicate: static (node, _) => node is ClassDeclarationSyntax,
            transform: static (ctx, _) => ctx.TargetSymbol.Name);
        context.RegisterSourceOutput(names, static (_, _) => { });
    }
}
