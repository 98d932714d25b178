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
    /// Merging every file's scan again for each compilation was, at 5,000 clients, the largest part of analyzing the open
    /// file (3.8 of 9 ms): a compilation whose trees differ from a recent one's in a few files only reuses that merge
    /// and overlays the scans of the files that differ (see <see cref="Merged"/>).
    /// </summary>
    internal sealed class ClientNameIndex
    {
        private static readonly ConditionalWeakTable<SyntaxTree, FileScan> Scans = new();

        private readonly Compilation _compilation;
        private readonly Lazy<View> _index;

        public ClientNameIndex(Compilation compilation)
        {
            _compilation = compilation;
            _index = new Lazy<View>(() => Merged.For(compilation.SyntaxTrees), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>Display names of the other classes declaring <paramref name="clientName"/>, in a stable order.</summary>
        public List<string> Others(INamedTypeSymbol type, string clientName, CancellationToken ct)
        {
            var others = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var declaration in _index.Value.Candidates(clientName))
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

        private static FileScan ScanOf(SyntaxTree tree) => Scans.GetValue(tree, static t => new FileScan(t));

        private static bool IsMarkerName(string name) => name is "UserPoolClient" or "UserPoolClientAttribute";

        private static bool IsMarker(string name, HashSet<string> aliases) => IsMarkerName(name) || aliases.Contains(name) || aliases.Contains(name + "Attribute");

        /// <summary>
        /// The candidates of one compilation: a <see cref="Merged"/> index of (nearly) the same files, minus what the files at
        /// the changed positions contributed to it, plus what this compilation's trees at those positions declare.
        /// </summary>
        internal sealed class View
        {
            private readonly Merged _merged;
            private readonly SyntaxTree[] _trees;
            private readonly bool[] _changed;
            private readonly List<FileScan> _added;

            public View(Merged merged, SyntaxTree[] trees, bool[] changed, List<FileScan> added)
            {
                _merged = merged;
                _trees = trees;
                _changed = changed;
                _added = added;
            }

            /// <summary>The declarations that may declare <paramref name="clientName"/>: that literal, or a name that is not a literal.</summary>
            public IEnumerable<TypeDeclarationSyntax> Candidates(string clientName)
            {
                HashSet<int>? rescanned = null;
                var named = _merged.Literal.TryGetValue(clientName, out var list) ? list : Enumerable.Empty<(int, TypeDeclarationSyntax)>();
                foreach (var (tree, declaration) in named.Concat(_merged.NotLiteral))
                {
                    if (_changed[tree]) continue;
                    if (declaration.SyntaxTree == _trees[tree])
                    {
                        yield return declaration;
                        continue;
                    }

                    // The same text parsed again into a new tree object (a generator's unchanged output is a new tree on
                    // each run): the same declarations, taken from this compilation's tree.
                    if (!(rescanned ??= new HashSet<int>()).Add(tree)) continue;
                    foreach (var found in Matching(ScanOf(_trees[tree]), clientName)) yield return found;
                }

                foreach (var scan in _added)
                {
                    foreach (var found in Matching(scan, clientName)) yield return found;
                }
            }

            private IEnumerable<TypeDeclarationSyntax> Matching(FileScan scan, string clientName)
            {
                foreach (var (name, declaration, literal) in scan.Attributed)
                {
                    if ((literal is null || literal == clientName) && IsMarker(name, _merged.Aliases)) yield return declaration;
                }
            }
        }

        /// <summary>
        /// Every file's scan of one list of trees, merged, with using aliases of the attribute applied. Immutable once built.
        /// The most recent few are kept (the newest strongly, the others weakly), so that the next compilation, which in the
        /// IDE differs from the last one by the edited file, overlays that file instead of merging every file again. A file
        /// is the same when its tree is parsed from the same text object with the same options: the generator driver hands
        /// out a new tree for each unchanged generated file on every run, over the same text, and scanning those 5,000 trees
        /// again is what made the open file's cost grow with the number of clients. Only the texts are kept for that
        /// comparison, not the trees, but for the (few) files that declare a candidate.
        /// </summary>
        internal sealed class Merged
        {
            /// <summary>More differing files than this (or a different number of trees): the trees are merged anew.</summary>
            internal const int MaxChanged = 32;

            private const int CacheSize = 4;

            private static readonly object Gate = new();
            private static readonly List<WeakReference<Merged>> Recent = new();
            private static Merged? s_newest;
            private static int s_merges;

            public readonly Dictionary<string, List<(int Tree, TypeDeclarationSyntax Declaration)>> Literal = new(StringComparer.Ordinal);
            public readonly List<(int Tree, TypeDeclarationSyntax Declaration)> NotLiteral = new();

            /// <summary><c>using X = CognitoGen.UserPoolClientAttribute;</c> may be global, so aliases count in every file.</summary>
            public readonly HashSet<string> Aliases;

            /// <summary>Per position, what identifies the file: its text object, or the tree itself when it has no text yet.</summary>
            private readonly object[] _files;
            private readonly ParseOptions[] _options;
            private readonly string[] _paths;
            private readonly bool[] _hasAliases;

            private Merged(SyntaxTree[] trees)
            {
                _files = new object[trees.Length];
                _options = new ParseOptions[trees.Length];
                _paths = new string[trees.Length];
                _hasAliases = new bool[trees.Length];
                var scans = new FileScan[trees.Length];
                for (var i = 0; i < trees.Length; i++)
                {
                    scans[i] = ScanOf(trees[i]);
                    _files[i] = Identity(trees[i]);
                    _options[i] = trees[i].Options;
                    _paths[i] = trees[i].FilePath;
                    _hasAliases[i] = scans[i].Aliases.Count > 0;
                }

                Aliases = new HashSet<string>(scans.SelectMany(s => s.Aliases), StringComparer.Ordinal);
                for (var i = 0; i < scans.Length; i++)
                {
                    foreach (var (name, declaration, literal) in scans[i].Attributed)
                    {
                        if (!IsMarker(name, Aliases)) continue;
                        if (literal is null) NotLiteral.Add((i, declaration));
                        else
                        {
                            if (!Literal.TryGetValue(literal, out var list)) Literal[literal] = list = new List<(int, TypeDeclarationSyntax)>();
                            list.Add((i, declaration));
                        }
                    }
                }
            }

            /// <summary>How many times every file's scan was merged since the process started: for the caching tests.</summary>
            internal static int MergeCount => Volatile.Read(ref s_merges);

            /// <summary>The candidates of a compilation with these trees: a recent merge overlaid with the files that differ, else a new merge.</summary>
            public static View For(IEnumerable<SyntaxTree> syntaxTrees)
            {
                var trees = syntaxTrees.ToArray();
                lock (Gate)
                {
                    foreach (var merged in Candidates())
                    {
                        if (merged.Overlay(trees) is not { } view) continue;
                        MakeNewest(merged);
                        return view;
                    }
                }

                Interlocked.Increment(ref s_merges);
                var fresh = new Merged(trees);
                lock (Gate) MakeNewest(fresh);
                return new View(fresh, trees, new bool[trees.Length], new List<FileScan>());
            }

            /// <summary>The newest is held strongly, the few before it weakly (under <see cref="Gate"/>).</summary>
            private static void MakeNewest(Merged merged)
            {
                if (ReferenceEquals(merged, s_newest)) return;
                Recent.RemoveAll(w => !w.TryGetTarget(out var m) || ReferenceEquals(m, merged));
                if (s_newest is not null) Recent.Insert(0, new WeakReference<Merged>(s_newest));
                if (Recent.Count > CacheSize - 1) Recent.RemoveRange(CacheSize - 1, Recent.Count - (CacheSize - 1));
                s_newest = merged;
            }

            private static object Identity(SyntaxTree tree) => tree.TryGetText(out var text) ? text : tree;

            private static IEnumerable<Merged> Candidates()
            {
                if (s_newest is not null) yield return s_newest;
                foreach (var weak in Recent)
                {
                    if (weak.TryGetTarget(out var merged)) yield return merged;
                }
            }

            /// <summary>This merge as seen by <paramref name="trees"/>, or null when they differ too much or a differing file declares an alias.</summary>
            private View? Overlay(SyntaxTree[] trees)
            {
                if (trees.Length != _files.Length) return null;
                var changed = new bool[trees.Length];
                var added = new List<FileScan>();
                // Options objects usually repeat: the last pair found equal is remembered rather than compared again.
                ParseOptions? equalA = null, equalB = null;
                for (var i = 0; i < trees.Length; i++)
                {
                    var tree = trees[i];
                    var options = tree.Options;
                    var sameOptions = ReferenceEquals(options, _options[i]) || (ReferenceEquals(options, equalA) && ReferenceEquals(_options[i], equalB));
                    if (!sameOptions && options.Equals(_options[i])) (sameOptions, equalA, equalB) = (true, options, _options[i]);
                    if (ReferenceEquals(Identity(tree), _files[i]) && sameOptions && tree.FilePath == _paths[i]) continue;
                    if (added.Count == MaxChanged) return null;
                    // An alias added or removed changes which attributes count in every file: merge anew.
                    var scan = ScanOf(tree);
                    if (scan.Aliases.Count > 0 || _hasAliases[i]) return null;
                    changed[i] = true;
                    added.Add(scan);
                }

                return new View(this, trees, changed, added);
            }
        }

        /// <summary>One file, from syntax only: each type's attributes with a positional first argument, and the aliases it declares.</summary>
        internal sealed class FileScan
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
