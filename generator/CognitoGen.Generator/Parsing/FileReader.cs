using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CognitoGen.Generator.Model;
using CognitoGen.Wire;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CognitoGen.Generator.Parsing
{
    /// <summary>
    /// Reads the app clients of one file from its syntax alone, for the generator: no binding, so the reading is cached
    /// per syntax tree and an edit re-reads only the edited file. It reads only what syntax decides for certain (literal
    /// arguments, our constants and enum members, our attribute names where the file imports CognitoGen) and calls
    /// the file <see cref="FileReading.Unsure"/> at anything else, which the generator then reads with the compiler
    /// (<see cref="ClientParser"/>). What one file cannot know (a type or alias elsewhere that shadows one of our names, a
    /// second part of a partial class) is recorded here and decided over all files by <see cref="FastPath"/>.
    /// </summary>
    internal static class FileReader
    {
        private const string AttributeSuffix = "Attribute";

        /// <summary>Our attributes by the names they can be written with (<c>CallbackUrl</c>, <c>CallbackUrlAttribute</c>).</summary>
        internal static readonly Dictionary<string, string> Attributes = BuildAttributes();

        /// <summary>Our constant classes and enums, whose members an argument may name.</summary>
        internal static readonly HashSet<string> Holders = new(StringComparer.Ordinal)
        {
            "StandardScope", "StandardAttribute", "BuiltInIdentityProvider", "TimeUnit", "AuthFlow", "OAuthFlow", "RefreshTokenRotationFeature",
        };

        /// <summary>Every name whose declaration anywhere else could change what our names bind to.</summary>
        internal static readonly HashSet<string> Known = new(Attributes.Keys.Concat(Holders).Append(AttributeNames.Namespace), StringComparer.Ordinal);

        private static Dictionary<string, string> BuildAttributes()
        {
            var names = new[]
            {
                AttributeNames.UserPoolClient, AttributeNames.CustomClientSecret, AttributeNames.TokenValidity, AttributeNames.ReadAttributes,
                AttributeNames.WriteAttributes, AttributeNames.ExplicitAuthFlows, AttributeNames.IdentityProvider, AttributeNames.CallbackUrl,
                AttributeNames.LogoutUrl, AttributeNames.DefaultRedirectUri, AttributeNames.AllowedOAuthFlows, AttributeNames.OAuthScope,
                AttributeNames.EnableOAuth, AttributeNames.Analytics, AttributeNames.PreventUserExistenceErrors, AttributeNames.EnableTokenRevocation,
                AttributeNames.PropagateAdditionalUserContextData, AttributeNames.AuthSessionValidity, AttributeNames.RefreshTokenRotation,
            };
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var full in names)
            {
                var simple = full.Substring(AttributeNames.Namespace.Length + 1);
                map[simple] = full;
                map[simple.Substring(0, simple.Length - AttributeSuffix.Length)] = full;
            }

            return map;
        }

        public static FileReading Read(int index, SyntaxTree tree, CancellationToken ct)
        {
            var root = tree.GetRoot(ct);
            var state = new FileState();
            if (root is CompilationUnitSyntax unit)
            {
                if (unit.Externs.Count > 0) state.Odd = true;
                Usings(unit.Usings, state, isCompilationUnit: true);
                Members(unit.Members, state, ct);
            }
            else
            {
                state.Odd = true;
            }

            if (state.Odd && state.Candidates > 0) state.Unsure = true;

            return new FileReading(
                index,
                state.Unsure,
                state.Shadows,
                state.GlobalUsingCognitoGen,
                state.GlobalUsings.ToEquatableArray(),
                state.GlobalAliases.ToEquatableArray(),
                state.AttributeNames.OrderBy(static n => n, StringComparer.Ordinal).ToEquatableArray(),
                state.DeclaredTypes.ToEquatableArray(),
                state.Unsure ? EquatableArray<ClassReading>.Empty : state.Clients.ToEquatableArray());
        }

        private sealed class FileState
        {
            public bool Unsure;

            /// <summary>Something (an extern alias, a `using static`, an odd namespace name) that makes any client in this file unsure.</summary>
            public bool Odd;
            public int Candidates;
            public bool Shadows;
            public bool GlobalUsingCognitoGen;
            public readonly List<string> GlobalUsings = new();
            public readonly List<string> GlobalAliases = new();
            public readonly HashSet<string> AttributeNames = new(StringComparer.Ordinal);
            public readonly HashSet<string> LocalAliases = new(StringComparer.Ordinal);
            public readonly List<string> DeclaredTypes = new();
            public readonly List<ClassReading> Clients = new();
        }

        private static void Usings(SyntaxList<UsingDirectiveSyntax> usings, FileState state, bool isCompilationUnit)
        {
            foreach (var u in usings)
            {
                var isGlobal = u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword);
                if (u.Alias is { } alias)
                {
                    // An alias spelled like one of our names hides it; any other alias is looked up by name where it is used.
                    if (Known.Contains(alias.Name.Identifier.ValueText)) state.Shadows = true;
                    if (isGlobal) state.GlobalAliases.Add(alias.Name.Identifier.ValueText);
                    else state.LocalAliases.Add(alias.Name.Identifier.ValueText);
                    continue;
                }

                if (!u.StaticKeyword.IsKind(SyntaxKind.None))
                {
                    // `using static T` brings T's nested types and members into scope: only the compiler knows them.
                    if (isGlobal) state.Shadows = true;
                    else state.Odd = true;
                    continue;
                }

                if (isGlobal && isCompilationUnit && u.Name is { } name)
                {
                    var text = NamespaceText(name);
                    if (text is null) state.Shadows = true;
                    else if (text == AttributeNames.Namespace) state.GlobalUsingCognitoGen = true;
                    else state.GlobalUsings.Add(text);
                }
            }
        }

        private static void Members(SyntaxList<MemberDeclarationSyntax> members, FileState state, CancellationToken ct)
        {
            foreach (var member in members)
            {
                ct.ThrowIfCancellationRequested();
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax ns:
                        // A namespace spelled like one of our names, other than CognitoGen at the root, can hide it;
                        // a part that is no plain identifier (a keyword) is left to the compiler.
                        var names = Segments(ns.Name).ToList();
                        var topLevel = !Ancestors(ns).Any();
                        for (var i = 0; i < names.Count; i++)
                        {
                            if (names[i] is not { } n) state.Odd = true;
                            else if (Known.Contains(n) && !(n == AttributeNames.Namespace && i == 0 && topLevel)) state.Shadows = true;
                        }

                        if (ns.Externs.Count > 0) state.Odd = true;
                        Usings(ns.Usings, state, isCompilationUnit: false);
                        Members(ns.Members, state, ct);
                        break;
                    case BaseTypeDeclarationSyntax type:
                        Type(type, state, ct);
                        break;
                    case DelegateDeclarationSyntax d:
                        Declared(d.Identifier.ValueText, d.TypeParameterList?.Parameters.Count ?? 0, d, state);
                        break;
                }
            }
        }

        private static void Type(BaseTypeDeclarationSyntax type, FileState state, CancellationToken ct)
        {
            var arity = (type as TypeDeclarationSyntax)?.TypeParameterList?.Parameters.Count ?? 0;
            Declared(type.Identifier.ValueText, arity, type, state);

            if (type is ClassDeclarationSyntax c && c.AttributeLists.Count > 0) Class(c, state, ct);

            if (type is TypeDeclarationSyntax t)
            {
                foreach (var nested in t.Members)
                {
                    switch (nested)
                    {
                        case BaseTypeDeclarationSyntax n: Type(n, state, ct); break;
                        case DelegateDeclarationSyntax d: Declared(d.Identifier.ValueText, d.TypeParameterList?.Parameters.Count ?? 0, d, state); break;
                    }
                }
            }
        }

        private static void Declared(string name, int arity, SyntaxNode node, FileState state)
        {
            if (Known.Contains(name)) state.Shadows = true;
            state.DeclaredTypes.Add(FullName(node, name, arity) ?? string.Empty);
        }

        /// <summary>`Ns.Outer+Inner`1` of a declaration, or null when a name is missing.</summary>
        private static string? FullName(SyntaxNode node, string name, int arity)
        {
            if (string.IsNullOrEmpty(name)) return null;
            var result = Metadata(name, arity);
            foreach (var ancestor in Ancestors(node))
            {
                switch (ancestor)
                {
                    case TypeDeclarationSyntax t:
                        result = Metadata(t.Identifier.ValueText, t.TypeParameterList?.Parameters.Count ?? 0) + "+" + result;
                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        result = string.Join(".", Segments(ns.Name).Select(static s => s ?? string.Empty)) + "." + result;
                        break;
                }
            }

            return result;
        }

        private static string Metadata(string name, int arity) => arity == 0 ? name : name + "`" + arity;

        private static IEnumerable<SyntaxNode> Ancestors(SyntaxNode node)
        {
            for (var p = node.Parent; p is not null && p is not CompilationUnitSyntax; p = p.Parent) yield return p;
        }

        /// <summary>The identifiers of a namespace name (`A.B.C`); null for a part that is not a plain identifier.</summary>
        private static IEnumerable<string?> Segments(NameSyntax name)
        {
            switch (name)
            {
                case QualifiedNameSyntax q:
                    foreach (var s in Segments(q.Left)) yield return s;
                    foreach (var s in Segments(q.Right)) yield return s;
                    break;
                case IdentifierNameSyntax id when !id.Identifier.IsMissing && id.Identifier.ValueText.Length > 0 && !IsKeyword(id.Identifier.ValueText):
                    yield return id.Identifier.ValueText;
                    break;
                default:
                    yield return null;
                    break;
            }
        }

        private static bool IsKeyword(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None;

        /// <summary>A using's namespace as text (`System.Text`, `global::System` as `System`), or null for anything else.</summary>
        private static string? NamespaceText(NameSyntax name)
        {
            if (name is AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global" } global) name = global.Name;
            var parts = Segments(name).ToList();
            return parts.Any(static p => p is null) ? null : string.Join(".", parts);
        }

        // ---- one class ----

        private static void Class(ClassDeclarationSyntax c, FileState state, CancellationToken ct)
        {
            var mayBeClient = false;
            foreach (var list in c.AttributeLists)
            {
                foreach (var a in list.Attributes)
                {
                    var (first, last) = Ends(a.Name);
                    if (first is not null) state.AttributeNames.Add(first);
                    if (last is not null && Attributes.TryGetValue(last, out var full) && full == AttributeNames.UserPoolClient) mayBeClient = true;

                    // `using Client = CognitoGen.UserPoolClientAttribute;` then `[Client("web")]`: only the compiler knows.
                    if (first is not null && state.LocalAliases.Contains(first)) mayBeClient = true;
                }
            }

            if (!mayBeClient) return;
            state.Candidates++;
            if (ReadClass(c, ct) is { } reading) state.Clients.Add(reading);
            else state.Unsure = true;
        }

        /// <summary>The first and last identifiers of an attribute name (`A.B.C` → A, C), for alias and marker checks.</summary>
        private static (string? First, string? Last) Ends(NameSyntax name) => name switch
        {
            IdentifierNameSyntax id => (id.Identifier.ValueText, id.Identifier.ValueText),
            QualifiedNameSyntax q => (Ends(q.Left).First, Ends(q.Right).Last),
            AliasQualifiedNameSyntax aq => (aq.Alias.Identifier.ValueText, Ends(aq.Name).Last),
            _ => (null, null),
        };

        /// <summary>The class as syntax declares it, or null when anything about it needs the compiler.</summary>
        private static ClassReading? ReadClass(ClassDeclarationSyntax c, CancellationToken ct)
        {
            // Every part must be plain: partial, named, no base types or variance (lookup would then see inherited names).
            var chain = new List<TypeDeclarationSyntax> { c };
            string? ns = null;
            var nsSegments = new List<string>();
            var usingsInScope = new List<string>();
            var imports = false;
            for (var p = c.Parent; p is not null; p = p.Parent)
            {
                switch (p)
                {
                    case TypeDeclarationSyntax t: chain.Insert(0, t); break;
                    case BaseNamespaceDeclarationSyntax n:
                        var segments = Segments(n.Name).ToList();
                        if (segments.Any(static s => s is null)) return null;
                        nsSegments.InsertRange(0, segments!);
                        if (!Plain(n.Usings, usingsInScope, ref imports)) return null;
                        break;
                    case CompilationUnitSyntax unit:
                        if (!Plain(unit.Usings, usingsInScope, ref imports)) return null;
                        break;
                    default:
                        return null;
                }
            }

            foreach (var t in chain)
            {
                if (t.Identifier.IsMissing || t.Identifier.ValueText.Length == 0 || !t.Modifiers.Any(SyntaxKind.PartialKeyword) || t.Modifiers.Any(SyntaxKind.FileKeyword)) return null;
                if (t.BaseList is not null) return null;
                if (t is RecordDeclarationSyntax { ParameterList: not null } || t is ClassDeclarationSyntax { ParameterList: not null } || t is StructDeclarationSyntax { ParameterList: not null }) return null;
                if (t.TypeParameterList is { } tps && tps.Parameters.Any(tp => Known.Contains(tp.Identifier.ValueText) || (t == c && !tp.VarianceKeyword.IsKind(SyntaxKind.None)))) return null;
                if (t.TypeParameterList is { } withAttributes && withAttributes.Parameters.Any(static tp => tp.AttributeLists.Count > 0)) return null;
                if (MemberNames(t).Any(Known.Contains) || t.Members.Any(static m => m is IncompleteMemberSyntax)) return null;
            }

            if (nsSegments.Count > 0) ns = string.Join(".", nsSegments);
            if (nsSegments.Count > 0 && nsSegments[0] == AttributeNames.Namespace) imports = true;

            var attributes = new List<AttributeReading>();
            var needsImport = false;
            foreach (var list in c.AttributeLists)
            {
                ct.ThrowIfCancellationRequested();
                if (list.ContainsDiagnostics) return null;
                var ours = list.Attributes.Any(a => Ours(a.Name, out _, out _));
                if (list.Target is { } target && !target.Identifier.IsKind(SyntaxKind.TypeKeyword))
                {
                    if (ours) return null;
                    continue;
                }

                foreach (var a in list.Attributes)
                {
                    var (first, last) = Ends(a.Name);
                    if (!Ours(a.Name, out var full, out var unqualified))
                    {
                        // Spelled like ours but qualified otherwise (`Other.CallbackUrl`, `alias::X`): the compiler decides.
                        if (last is not null && Attributes.ContainsKey(last)) return null;
                        continue;
                    }

                    needsImport |= unqualified;
                    if (ReadAttribute(a, full!, ref needsImport) is not { } reading) return null;
                    attributes.Add(reading);
                }
            }

            var parents = new List<TypeShape>();
            var fullNames = new List<string>();
            var hint = new List<string>();
            for (var i = 0; i < chain.Count; i++)
            {
                var t = chain[i];
                var shape = Shape(t);
                if (shape is null) return null;
                if (i < chain.Count - 1) parents.Add(shape);
                hint.Add(Metadata(t.Identifier.ValueText, t.TypeParameterList?.Parameters.Count ?? 0));
                fullNames.Add((nsSegments.Count > 0 ? string.Join(".", nsSegments) + "." : string.Empty) + string.Join("+", hint));
            }

            var scope = new List<string> { string.Empty };
            for (var i = 1; i <= nsSegments.Count; i++) scope.Add(string.Join(".", nsSegments.Take(i)));
            scope.AddRange(usingsInScope);

            var hintName = (nsSegments.Count > 0 ? string.Join(".", nsSegments) + "." : string.Empty) + string.Join("+", hint);
            return new ClassReading(
                ns,
                parents.ToEquatableArray(),
                Shape(c)!,
                hintName.Replace('`', '_') + ".CognitoClient.g.cs",
                fullNames.ToEquatableArray(),
                scope.Distinct(StringComparer.Ordinal).OrderBy(static s => s, StringComparer.Ordinal).ToEquatableArray(),
                needsImport,
                imports,
                attributes.ToEquatableArray());
        }

        /// <summary>Usings of one scope: plain namespace usings are noted (and CognitoGen's import); aliases, static and extern ones need the compiler.</summary>
        private static bool Plain(SyntaxList<UsingDirectiveSyntax> usings, List<string> inScope, ref bool imports)
        {
            foreach (var u in usings)
            {
                if (u.Alias is not null || !u.StaticKeyword.IsKind(SyntaxKind.None) || u.Name is null) return false;
                var text = NamespaceText(u.Name);
                if (text is null) return false;
                if (text == AttributeNames.Namespace) imports = true;
                else inScope.Add(text);
            }

            return true;
        }

        /// <summary>Names declared inside a type (members, nested types, parameters of a primary constructor): all in scope in its attributes.</summary>
        private static IEnumerable<string> MemberNames(TypeDeclarationSyntax t)
        {
            foreach (var m in t.Members)
            {
                switch (m)
                {
                    case BaseTypeDeclarationSyntax n: yield return n.Identifier.ValueText; break;
                    case DelegateDeclarationSyntax d: yield return d.Identifier.ValueText; break;
                    case MethodDeclarationSyntax method: yield return method.Identifier.ValueText; break;
                    case PropertyDeclarationSyntax p: yield return p.Identifier.ValueText; break;
                    case EventDeclarationSyntax e: yield return e.Identifier.ValueText; break;
                    case BaseFieldDeclarationSyntax f:
                        foreach (var v in f.Declaration.Variables) yield return v.Identifier.ValueText;
                        break;
                }
            }
        }

        private static TypeShape? Shape(TypeDeclarationSyntax t)
        {
            string prefix() => (t.Modifiers.Any(SyntaxKind.ReadOnlyKeyword) ? "readonly " : string.Empty) + (t.Modifiers.Any(SyntaxKind.RefKeyword) ? "ref " : string.Empty);
            var keyword = t switch
            {
                InterfaceDeclarationSyntax => "interface",
                RecordDeclarationSyntax r when r.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) => prefix() + "record struct",
                RecordDeclarationSyntax => "record",
                StructDeclarationSyntax => prefix() + "struct",
                ClassDeclarationSyntax => "class",
                _ => null,
            };
            if (keyword is null) return null;
            var typeParameters = t.TypeParameterList is not { Parameters.Count: > 0 } list
                ? string.Empty
                : "<" + string.Join(", ", list.Parameters.Select(static p => Variance(p) + ClientParser.Identifier(p.Identifier.ValueText))) + ">";
            return new TypeShape(keyword, ClientParser.Identifier(t.Identifier.ValueText), typeParameters);
        }

        private static string Variance(TypeParameterSyntax p) => p.VarianceKeyword.Kind() switch
        {
            SyntaxKind.InKeyword => "in ",
            SyntaxKind.OutKeyword => "out ",
            _ => string.Empty,
        };

        /// <summary>One of our attribute names (`CallbackUrl`, `CallbackUrlAttribute`, `CognitoGen.CallbackUrl`, `global::CognitoGen.CallbackUrl`).</summary>
        private static bool Ours(NameSyntax name, out string? full, out bool unqualified)
        {
            full = null;
            unqualified = false;
            switch (name)
            {
                case IdentifierNameSyntax id:
                    unqualified = true;
                    return Attributes.TryGetValue(id.Identifier.ValueText, out full);
                case QualifiedNameSyntax { Right: IdentifierNameSyntax right } q when IsCognitoGen(q.Left):
                    return Attributes.TryGetValue(right.Identifier.ValueText, out full);
                default:
                    return false;
            }
        }

        /// <summary>`CognitoGen` or `global::CognitoGen`, as a qualifier.</summary>
        private static bool IsCognitoGen(SyntaxNode node) => node switch
        {
            IdentifierNameSyntax { Identifier.ValueText: AttributeNames.Namespace } => true,
            AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global", Name: IdentifierNameSyntax { Identifier.ValueText: AttributeNames.Namespace } } => true,
            _ => false,
        };

        private static AttributeReading? ReadAttribute(AttributeSyntax a, string full, ref bool needsImport)
        {
            var positional = new List<ValueReading>();
            var named = new List<NamedReading>();
            if (a.ArgumentList is { } list)
            {
                foreach (var argument in list.Arguments)
                {
                    if (argument.NameColon is not null) return null;
                    var value = Value(argument.Expression, ref needsImport);
                    if (value is null) return null;
                    if (argument.NameEquals is { } nameEquals)
                    {
                        named.Add(new NamedReading(nameEquals.Name.Identifier.ValueText, value));
                    }
                    else
                    {
                        // Positional after named is a compiler error.
                        if (named.Count > 0) return null;
                        positional.Add(value);
                    }
                }
            }

            return new AttributeReading(full, positional.ToEquatableArray(), named.ToEquatableArray());
        }

        /// <summary>A constant argument as written, or null for anything only the compiler can evaluate.</summary>
        private static ValueReading? Value(ExpressionSyntax e, ref bool needsImport)
        {
            switch (e)
            {
                case ParenthesizedExpressionSyntax p:
                    return Value(p.Expression, ref needsImport);
                case LiteralExpressionSyntax literal:
                    switch (literal.Kind())
                    {
                        case SyntaxKind.StringLiteralExpression: return new ValueReading(ValueKind.String, literal.Token.ValueText);
                        case SyntaxKind.NullLiteralExpression: return new ValueReading(ValueKind.Null);
                        case SyntaxKind.TrueLiteralExpression: return new ValueReading(ValueKind.True);
                        case SyntaxKind.FalseLiteralExpression: return new ValueReading(ValueKind.False);
                        case SyntaxKind.NumericLiteralExpression when literal.Token.Value is int i: return new ValueReading(ValueKind.Int, Number: i);
                        default: return null;
                    }

                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { Token.Value: int n } } when n != 0:
                    return new ValueReading(ValueKind.Int, Number: -n);
                case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } access:
                    var member = access.Name is IdentifierNameSyntax m ? m.Identifier.ValueText : null;
                    switch (access.Expression)
                    {
                        case IdentifierNameSyntax holder when member is not null && Holders.Contains(holder.Identifier.ValueText):
                            needsImport = true;
                            return new ValueReading(ValueKind.Member, member, Holder: holder.Identifier.ValueText);
                        case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax holder } inner
                            when member is not null && Holders.Contains(holder.Identifier.ValueText) && IsCognitoGen(inner.Expression):
                            return new ValueReading(ValueKind.Member, member, Holder: holder.Identifier.ValueText);
                        default:
                            return null;
                    }

                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add:
                    var left = Value(add.Left, ref needsImport);
                    var right = Value(add.Right, ref needsImport);
                    if (left is null || right is null || !Joinable(left) || !Joinable(right)) return null;
                    return new ValueReading(ValueKind.Concat, Parts: Flatten(left).Concat(Flatten(right)).ToEquatableArray());
                default:
                    return null;
            }
        }

        private static bool Joinable(ValueReading v) => v.Kind is ValueKind.String or ValueKind.Member or ValueKind.Concat;

        private static IEnumerable<ValueReading> Flatten(ValueReading v) => v.Kind == ValueKind.Concat ? v.Parts : new[] { v };
    }
}
