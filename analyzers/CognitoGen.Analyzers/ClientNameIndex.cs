using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CognitoGen.Generator.Parsing;
using CognitoGen.Wire;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CognitoGen.Analyzers
{
    /// <summary>
    /// ClientName → declaring classes, for one compilation. A per-symbol action cannot see other classes, and a
    /// compilation-end action would not report live in the IDE, so the index looks at every file, but from syntax: a
    /// <c>[UserPoolClient("literal")]</c> is indexed by its literal without binding anything, and only the classes that
    /// could share a name (same literal, or a name that is not a literal) are bound to confirm. Binding every class's
    /// attributes made analyzing one open file cost as much as the whole project. The per-file scan is cached per syntax
    /// tree, and an edit keeps every other file's tree, so after a keystroke only the edited file is scanned again.
    /// </summary>
    internal sealed class ClientNameIndex
    {
        private static readonly ConditionalWeakTable<SyntaxTree, FileScan> Scans = new();

        private readonly Compilation _compilation;
        private readonly Lazy<Index> _index;

        public ClientNameIndex(Compilation compilation)
        {
            _compilation = compilation;
            _index = new Lazy<Index>(() => new Index(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>Display names of the other classes declaring <paramref name="clientName"/>, in a stable order.</summary>
        public List<string> Others(INamedTypeSymbol type, string clientName, CancellationToken ct)
        {
            var index = _index.Value;
            var candidates = index.Literal.TryGetValue(clientName, out var named) ? named.Concat(index.NotLiteral) : index.NotLiteral;
            var others = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var declaration in candidates)
            {
                // The class itself, recognised from syntax: in the usual case (unique names) nothing is bound at all.
                if (type.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == declaration.SyntaxTree && r.Span == declaration.Span)) continue;
                // Confirm with the bound attribute, exactly as the rules read it.
                if (!_compilation.ContainsSyntaxTree(declaration.SyntaxTree)) continue;
                var symbol = _compilation.GetSemanticModel(declaration.SyntaxTree).GetDeclaredSymbol(declaration, ct);
                if (symbol is null || SymbolEqualityComparer.Default.Equals(symbol, type)) continue;
                if (ClientName(symbol) == clientName) others.Add(symbol);
            }

            return others.Select(t => t.ToDisplayString()).OrderBy(n => n, StringComparer.Ordinal).ToList();
        }

        private static string? ClientName(INamedTypeSymbol type)
        {
            foreach (var a in type.GetAttributes())
            {
                if (ClientParser.MetadataName(a) != AttributeNames.UserPoolClient) continue;
                return a.ConstructorArguments.Length == 1 ? a.ConstructorArguments[0].Value as string : null;
            }

            return null;
        }

        /// <summary>The candidates of one compilation: its files' scans merged, with using aliases of the attribute applied.</summary>
        private sealed class Index
        {
            public readonly Dictionary<string, List<TypeDeclarationSyntax>> Literal = new(StringComparer.Ordinal);
            public readonly List<TypeDeclarationSyntax> NotLiteral = new();

            public Index(Compilation compilation)
            {
                var scans = compilation.SyntaxTrees.Select(t => Scans.GetValue(t, static tree => new FileScan(tree))).ToList();
                // `using X = CognitoGen.UserPoolClientAttribute;` may be global, so aliases count in every file.
                var aliases = new HashSet<string>(scans.SelectMany(s => s.Aliases), StringComparer.Ordinal);
                foreach (var scan in scans)
                {
                    foreach (var (name, declaration, literal) in scan.Attributed)
                    {
                        if (!IsMarkerName(name) && !aliases.Contains(name) && !aliases.Contains(name + "Attribute")) continue;
                        if (literal is null) NotLiteral.Add(declaration);
                        else
                        {
                            if (!Literal.TryGetValue(literal, out var list)) Literal[literal] = list = new List<TypeDeclarationSyntax>();
                            list.Add(declaration);
                        }
                    }
                }
            }

            private static bool IsMarkerName(string name) => name is "UserPoolClient" or "UserPoolClientAttribute";
        }

        /// <summary>One file, from syntax only: each type's attributes with a positional first argument, and the aliases it declares.</summary>
        private sealed class FileScan
        {
            /// <summary>(rightmost attribute name, the type declaring it, the string literal argument or null).</summary>
            public readonly List<(string Name, TypeDeclarationSyntax Declaration, string? Literal)> Attributed = new();
            public readonly List<string> Aliases = new();

            public FileScan(SyntaxTree tree)
            {
                var root = tree.GetRoot();
                foreach (var node in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
                {
                    if (node is UsingDirectiveSyntax { Alias: { } alias } && RightmostName(alias.Name) is { } aliasName && node is UsingDirectiveSyntax { Name: { } target }
                        && RightmostName(target) is "UserPoolClient" or "UserPoolClientAttribute")
                    {
                        Aliases.Add(aliasName);
                    }

                    if (node is not TypeDeclarationSyntax declaration) continue;
                    foreach (var list in declaration.AttributeLists)
                    {
                        foreach (var attribute in list.Attributes)
                        {
                            // The name is the first positional argument; named ones (GenerateSecret = …) may follow.
                            if (RightmostName(attribute.Name) is not { } name || attribute.ArgumentList?.Arguments is not { Count: > 0 } arguments || arguments[0].NameEquals is not null) continue;
                            var literal = arguments[0] is { NameColon: null, Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } text }
                                ? text.Token.ValueText
                                : null;
                            Attributed.Add((name, declaration, literal));
                        }
                    }
                }
            }

            private static string? RightmostName(NameSyntax name) => name switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
                _ => null,
            };
        }
    }
}
