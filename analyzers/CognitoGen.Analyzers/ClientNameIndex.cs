using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CognitoGen.Generator.Parsing;
using CognitoGen.Wire;
using Microsoft.CodeAnalysis;

namespace CognitoGen.Analyzers
{
    /// <summary>
    /// ClientName → declaring classes, for one compilation, built on first use. A per-symbol action cannot see other
    /// classes, and a compilation-end action would not report live in the IDE, so the index walks the assembly's types once.
    /// </summary>
    internal sealed class ClientNameIndex
    {
        private readonly Lazy<Dictionary<string, List<INamedTypeSymbol>>> _index;

        public ClientNameIndex(Compilation compilation) =>
            _index = new Lazy<Dictionary<string, List<INamedTypeSymbol>>>(() => Build(compilation.Assembly.GlobalNamespace), LazyThreadSafetyMode.ExecutionAndPublication);

        /// <summary>Display names of the other classes declaring <paramref name="clientName"/>, in a stable order.</summary>
        public List<string> Others(INamedTypeSymbol type, string clientName) =>
            _index.Value.TryGetValue(clientName, out var types)
                ? types.Where(t => !SymbolEqualityComparer.Default.Equals(t, type)).Select(t => t.ToDisplayString()).OrderBy(n => n, StringComparer.Ordinal).ToList()
                : new List<string>();

        private static Dictionary<string, List<INamedTypeSymbol>> Build(INamespaceSymbol root)
        {
            var index = new Dictionary<string, List<INamedTypeSymbol>>(StringComparer.Ordinal);
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                foreach (var member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceSymbol ns)
                    {
                        pending.Push(ns);
                    }
                    else if (member is INamedTypeSymbol type)
                    {
                        pending.Push(type);
                        foreach (var a in type.GetAttributes())
                        {
                            if (ClientParser.MetadataName(a) != AttributeNames.UserPoolClient) continue;
                            if (a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is string name)
                            {
                                if (!index.TryGetValue(name, out var list)) index[name] = list = new List<INamedTypeSymbol>();
                                list.Add(type);
                            }
                        }
                    }
                }
            }

            return index;
        }
    }
}
