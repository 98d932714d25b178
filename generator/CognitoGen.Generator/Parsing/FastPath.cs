using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CognitoGen.Generator.Model;
using CognitoGen.Wire;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CognitoGen.Generator.Parsing
{
    /// <summary>One syntax tree of the compilation and its position: equal while the tree is the same object, so the reading of an unchanged file is reused.</summary>
    internal sealed class TreeItem : IEquatable<TreeItem>
    {
        public TreeItem(int index, SyntaxTree tree)
        {
            Index = index;
            Tree = tree;
        }

        public int Index { get; }

        public SyntaxTree Tree { get; }

        public static ImmutableArray<TreeItem> Of(Compilation compilation)
        {
            var builder = ImmutableArray.CreateBuilder<TreeItem>();
            var i = 0;
            foreach (var tree in compilation.SyntaxTrees) builder.Add(new TreeItem(i++, tree));
            return builder.ToImmutable();
        }

        public bool Equals(TreeItem? other) => other is not null && other.Index == Index && ReferenceEquals(other.Tree, Tree);

        public override bool Equals(object? obj) => Equals(obj as TreeItem);

        public override int GetHashCode() => Index;
    }

    /// <summary>What the compilation's files say together: names that shadow ours, global usings and aliases, types declared twice.</summary>
    internal sealed record ClientFacts(
        bool Shadowed,
        bool GlobalUsingCognitoGen,
        EquatableArray<string> GlobalUsings,
        EquatableArray<string> GlobalAliases,
        EquatableArray<string> RepeatedTypes);

    /// <summary>
    /// One file's clients: read from syntax (<see cref="Semantic"/> false), or to be read by the compiler because the
    /// syntax reading cannot be sure of them (true; then <see cref="Clients"/> is empty).
    /// </summary>
    internal sealed record FileClients(int Index, bool Semantic, EquatableArray<ClientModel> Clients);

    /// <summary>
    /// The generator's way from syntax to models without binding: each file's <see cref="FileReading"/>, checked against
    /// what all files say (<see cref="ClientFacts"/>) and what our names mean (<see cref="Vocabulary"/>), becomes its
    /// clients' models through the same <see cref="ClientParser.ParseDefinition(AttributeView, IReadOnlyList{AttributeView}, CancellationToken, IParseObserver?, Compilation?)"/>
    /// the compiler's attributes go through; any file it cannot be sure of is read semantically (<see cref="Semantic"/>).
    /// </summary>
    internal static class FastPath
    {
        public static ClientFacts Facts(ImmutableArray<FileReading> files, CancellationToken ct)
        {
            var shadowed = false;
            var globalCognitoGen = false;
            var usings = new SortedSet<string>(StringComparer.Ordinal);
            var aliases = new SortedSet<string>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var repeated = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                ct.ThrowIfCancellationRequested();
                shadowed |= file.Shadows;
                globalCognitoGen |= file.GlobalUsingCognitoGen;
                foreach (var u in file.GlobalUsings) usings.Add(u);
                foreach (var a in file.GlobalAliases) aliases.Add(a);
                foreach (var t in file.DeclaredTypes)
                {
                    if (!seen.Add(t)) repeated.Add(t);
                }
            }

            return new ClientFacts(shadowed, globalCognitoGen, usings.ToEquatableArray(), aliases.ToEquatableArray(), repeated.ToEquatableArray());
        }

        public static FileClients Decide(FileReading file, ClientFacts facts, Vocabulary vocabulary, CancellationToken ct)
        {
            var aliased = file.AttributeNames.Any(n => facts.GlobalAliases.Contains(n));
            if (file.Clients.Count == 0 && !file.Unsure && !aliased) return new FileClients(file.Index, false, EquatableArray<ClientModel>.Empty);
            var semantic = new FileClients(file.Index, true, EquatableArray<ClientModel>.Empty);
            if (file.Unsure || aliased || facts.Shadowed || !vocabulary.Usable) return semantic;

            var models = new List<ClientModel>(file.Clients.Count);
            foreach (var client in file.Clients)
            {
                ct.ThrowIfCancellationRequested();
                var imports = client.ImportsCognitoGen || facts.GlobalUsingCognitoGen;
                if (client.NeedsCognitoGenImport && !imports) return semantic;
                if (client.FullNames.Any(n => facts.RepeatedTypes.Contains(n))) return semantic;
                if (vocabulary.ShadowingNamespaces.Count > 0 &&
                    (client.Scope.Any(vocabulary.ShadowingNamespaces.Contains) || facts.GlobalUsings.Any(vocabulary.ShadowingNamespaces.Contains) ||
                     (imports && vocabulary.ShadowingNamespaces.Contains(AttributeNames.Namespace))))
                {
                    return semantic;
                }

                if (Resolve(client, vocabulary, ct) is not { } model) return semantic;
                models.Add(model);
            }

            return new FileClients(file.Index, false, models.ToEquatableArray());
        }

        /// <summary>The clients of the files the syntax reading was not sure of (<see cref="FileClients.Semantic"/>), read by the compiler as a class-by-class attribute lookup would.</summary>
        public static EquatableArray<FileClients> Semantic(Compilation compilation, ImmutableArray<FileClients> files, CancellationToken ct)
        {
            List<FileClients>? result = null;
            ImmutableArray<SyntaxTree> trees = default;
            foreach (var file in files)
            {
                if (!file.Semantic) continue;
                if (trees.IsDefault) trees = compilation.SyntaxTrees.ToImmutableArray();
                if (file.Index >= trees.Length) continue;
                var tree = trees[file.Index];
                var model = compilation.GetSemanticModel(tree);
                var clients = new List<ClientModel>();
                foreach (var node in tree.GetRoot(ct).DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
                {
                    ct.ThrowIfCancellationRequested();
                    if (node is not ClassDeclarationSyntax { AttributeLists.Count: > 0 } declaration) continue;
                    if (model.GetDeclaredSymbol(declaration, ct) is not INamedTypeSymbol type || !HasMarker(type, declaration)) continue;
                    if (ClientParser.TryParse(type, compilation, ct) is { } client) clients.Add(client);
                }

                (result ??= new List<FileClients>()).Add(new FileClients(file.Index, true, clients.ToEquatableArray()));
            }

            return result?.ToEquatableArray() ?? EquatableArray<FileClients>.Empty;
        }

        /// <summary>Every client in file order: a syntax-read file's own, a compiler-read file's from <paramref name="semantic"/>.</summary>
        public static ImmutableArray<ClientModel> InOrder(ImmutableArray<FileClients> files, EquatableArray<FileClients> semantic)
        {
            var byIndex = new Dictionary<int, EquatableArray<ClientModel>>();
            foreach (var s in semantic) byIndex[s.Index] = s.Clients;
            var result = ImmutableArray.CreateBuilder<ClientModel>();
            foreach (var file in files.OrderBy(static f => f.Index))
            {
                var clients = file.Semantic ? (byIndex.TryGetValue(file.Index, out var read) ? read : EquatableArray<ClientModel>.Empty) : file.Clients;
                foreach (var c in clients) result.Add(c);
            }

            return result.ToImmutable();
        }

        /// <summary>Whether <c>[UserPoolClient]</c> is applied on this declaration (not another part, not a nested class).</summary>
        private static bool HasMarker(INamedTypeSymbol type, ClassDeclarationSyntax declaration)
        {
            foreach (var a in type.GetAttributes())
            {
                if (ClientParser.MetadataName(a) != AttributeNames.UserPoolClient || a.ApplicationSyntaxReference is not { } reference) continue;
                if (reference.SyntaxTree != declaration.SyntaxTree) continue;
                foreach (var list in declaration.AttributeLists)
                {
                    if (list.Span.Contains(reference.Span)) return true;
                }
            }

            return false;
        }

        /// <summary>The model of one class from its syntax reading, or null when an argument or attribute does not match what our names mean here.</summary>
        internal static ClientModel? Resolve(ClassReading client, Vocabulary vocabulary, CancellationToken ct)
        {
            var views = new List<AttributeView>(client.Attributes.Count);
            AttributeView? marker = null;
            foreach (var attribute in client.Attributes)
            {
                if (vocabulary.Attribute(attribute.MetadataName) is not { } shape || View(attribute, shape, vocabulary) is not { } view) return null;
                if (marker is null && attribute.MetadataName == AttributeNames.UserPoolClient) marker = view;
                views.Add(view);
            }

            if (marker is null) return null;
            return new ClientModel(client.Namespace, client.Parents, client.Type, client.HintName, ClientParser.ParseDefinition(marker, views, ct));
        }

        /// <summary>The attribute as the compiler would bind it: constructor arguments (params gathered, defaults filled in) and named arguments.</summary>
        private static AttributeView? View(AttributeReading attribute, AttributeShape shape, Vocabulary vocabulary)
        {
            var parameters = shape.Parameters;
            var positional = attribute.Positional;
            var constructor = ImmutableArray.CreateBuilder<ArgumentValue>(parameters.Count);
            var hasParams = parameters.Count > 0 && parameters[parameters.Count - 1].IsParams;
            var fixedCount = hasParams ? parameters.Count - 1 : parameters.Count;
            if (positional.Count > fixedCount && !hasParams) return null;
            for (var i = 0; i < fixedCount; i++)
            {
                if (i < positional.Count)
                {
                    if (Convert(positional[i], parameters[i].Type, vocabulary) is not { } value) return null;
                    constructor.Add(value);
                }
                else if (parameters[i].Default is bool b)
                {
                    constructor.Add(new ArgumentValue(ArgumentKind.Primitive, false, b, default));
                }
                else
                {
                    return null;
                }
            }

            if (hasParams)
            {
                var rest = positional.Skip(fixedCount).ToList();
                var type = parameters[parameters.Count - 1].Type;
                if (rest.Count == 1 && rest[0].Kind == ValueKind.Null)
                {
                    // A lone null is the array itself (normal form), not an element.
                    constructor.Add(new ArgumentValue(ArgumentKind.Array, true, null, default));
                }
                else
                {
                    var element = type.Substring(0, type.Length - 2);
                    var values = ImmutableArray.CreateBuilder<ArgumentValue>(rest.Count);
                    foreach (var r in rest)
                    {
                        if (Convert(r, element, vocabulary) is not { } value) return null;
                        values.Add(value);
                    }

                    constructor.Add(new ArgumentValue(ArgumentKind.Array, false, null, values.MoveToImmutable()));
                }
            }

            var named = ImmutableArray.CreateBuilder<KeyValuePair<string, ArgumentValue>>(attribute.Named.Count);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var n in attribute.Named)
            {
                if (!names.Add(n.Name)) return null;
                SlotShape? slot = null;
                foreach (var p in shape.Properties)
                {
                    if (p.Name == n.Name) { slot = p; break; }
                }

                if (slot is null || Convert(n.Value, slot.Type, vocabulary) is not { } value) return null;
                named.Add(new KeyValuePair<string, ArgumentValue>(n.Name, value));
            }

            return new AttributeView(attribute.MetadataName, true, constructor.MoveToImmutable(), named.MoveToImmutable(), null);
        }

        /// <summary>A written value as a constant of <paramref name="type"/>, exactly as the compiler's TypedConstant holds it, or null.</summary>
        private static ArgumentValue? Convert(ValueReading value, string type, Vocabulary vocabulary)
        {
            switch (type)
            {
                case "string":
                    if (value.Kind == ValueKind.Null) return new ArgumentValue(ArgumentKind.Primitive, true, null, default);
                    return Text(value, vocabulary) is { } text ? new ArgumentValue(ArgumentKind.Primitive, false, text, default) : null;
                case "bool":
                    return value.Kind switch
                    {
                        ValueKind.True => new ArgumentValue(ArgumentKind.Primitive, false, true, default),
                        ValueKind.False => new ArgumentValue(ArgumentKind.Primitive, false, false, default),
                        _ => null,
                    };
                case "int":
                    return value.Kind == ValueKind.Int ? new ArgumentValue(ArgumentKind.Primitive, false, value.Number, default) : null;
                default:
                    if (!type.StartsWith("enum:", StringComparison.Ordinal) || value.Kind != ValueKind.Member || value.Holder != type.Substring(5)) return null;
                    return vocabulary.Constant(value.Holder!, value.Text!) is { IsEnum: true } member ? new ArgumentValue(ArgumentKind.Enum, false, member.Number, default) : null;
            }
        }

        /// <summary>A string constant: a literal, one of our string constants, or a `+` of those.</summary>
        private static string? Text(ValueReading value, Vocabulary vocabulary)
        {
            switch (value.Kind)
            {
                case ValueKind.String:
                    return value.Text;
                case ValueKind.Member:
                    return vocabulary.Constant(value.Holder!, value.Text!) is { IsEnum: false } constant ? constant.Text : null;
                case ValueKind.Concat:
                    var parts = new List<string>(value.Parts.Count);
                    foreach (var part in value.Parts)
                    {
                        if (Text(part, vocabulary) is not { } text) return null;
                        parts.Add(text);
                    }

                    return string.Concat(parts);
                default:
                    return null;
            }
        }
    }
}
