using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CognitoGen.Generator.Emitting;
using CognitoGen.Generator.Model;
using CognitoGen.Pool;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CognitoGen.Generator.PoolNames
{
    /// <summary>
    /// Pool files to names: each file is read by the one pool loader (<see cref="UserPoolContextLoader"/>), the same the
    /// analyzers and the CLI use, then the files' names are merged. File problems are the analyzers' to report; here a file
    /// that cannot be read just contributes nothing.
    /// </summary>
    internal static class PoolNamesReader
    {
        public const string ClassNameProperty = "build_property.CognitoGenPoolClassName";
        public const string NamespaceProperty = "build_property.CognitoGenPoolNamespace";
        public const string DefaultClassName = "CognitoPool";

        public static PoolFile ToPoolFile(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken ct)
        {
            options.GlobalOptions.TryGetValue("build_property.ProjectDir", out var projectDir);
            var text = file.GetText(ct)?.ToString() ?? string.Empty;
            return new PoolFile(DisplayPath(file.Path, projectDir), text);
        }

        /// <summary>
        /// The path as generated docs show it: relative to the project folder when the file is inside it, else the file name,
        /// so no machine-specific folder is written into source.
        /// </summary>
        public static string DisplayPath(string path, string? projectDir)
        {
            var p = (path ?? string.Empty).Replace('\\', '/');
            var dir = (projectDir ?? string.Empty).Replace('\\', '/');
            if (dir.Length > 0 && !dir.EndsWith("/", StringComparison.Ordinal)) dir += "/";
            if (dir.Length > 1 && p.StartsWith(dir, StringComparison.OrdinalIgnoreCase) && p.Length > dir.Length) return p.Substring(dir.Length);
            var slash = p.LastIndexOf('/');
            return slash >= 0 && slash < p.Length - 1 ? p.Substring(slash + 1) : p;
        }

        /// <summary>The names one file gives. Never throws.</summary>
        public static PoolNamesModel Read(PoolFile file, CancellationToken ct)
        {
            var files = new[] { file.DisplayPath }.ToEquatableArray();
            try
            {
                var context = UserPoolContextLoader.Load(new[] { (file.DisplayPath, file.Text) }).Context;
                ct.ThrowIfCancellationRequested();
                return new PoolNamesModel(
                    files,
                    context.UserPoolId,
                    context.ResourceServers?.Select(s => new PoolServerNames(
                        s.Identifier, s.Name, file.DisplayPath, s.ScopeNames.Select(n => new PoolName(n, file.DisplayPath)).ToEquatableArray())).ToEquatableArray(),
                    context.IdentityProviderNames?.Select(n => new PoolName(n, file.DisplayPath)).ToEquatableArray(),
                    context.SchemaAttributes?.Where(a => a.IsCustom).Select(a => new PoolName(a.ClientAttributeName, file.DisplayPath)).ToEquatableArray());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new PoolNamesModel(files, null, null, null, null);
            }
        }

        /// <summary>
        /// Merges the files' names in order, as the loader merges contexts: a name's file is the first that lists it, and a
        /// file that describes another pool than the first one does is left out (the analyzers report it).
        /// </summary>
        public static PoolNamesModel Merge(ImmutableArray<PoolNamesModel> parts, CancellationToken ct)
        {
            string? poolId = null;
            var files = new List<string>();
            List<PoolServerNames>? servers = null;
            List<PoolName>? providers = null;
            List<PoolName>? attributes = null;
            foreach (var part in parts)
            {
                ct.ThrowIfCancellationRequested();
                files.AddRange(part.Files);
                if (part.UserPoolId is not null)
                {
                    if (poolId is not null && !string.Equals(poolId, part.UserPoolId, StringComparison.Ordinal)) continue;
                    poolId = part.UserPoolId;
                }

                if (part.ResourceServers is { } partServers)
                {
                    servers ??= new List<PoolServerNames>();
                    foreach (var s in partServers)
                    {
                        var i = servers.FindIndex(x => string.Equals(x.Identifier, s.Identifier, StringComparison.Ordinal));
                        if (i < 0)
                        {
                            servers.Add(s);
                            continue;
                        }

                        var known = servers[i];
                        var scopes = known.Scopes.Concat(s.Scopes.Where(n => !known.Scopes.Any(k => string.Equals(k.Value, n.Value, StringComparison.Ordinal))));
                        servers[i] = new PoolServerNames(known.Identifier, known.Name ?? s.Name, known.File, scopes.ToEquatableArray());
                    }
                }

                if (part.IdentityProviders is { } partProviders) providers = Union(providers, partProviders);
                if (part.CustomAttributes is { } partAttributes) attributes = Union(attributes, partAttributes);
            }

            return new PoolNamesModel(
                files.ToEquatableArray(),
                poolId,
                servers?.ToEquatableArray(),
                providers?.ToEquatableArray(),
                attributes?.ToEquatableArray());
        }

        private static List<PoolName> Union(List<PoolName>? known, IEnumerable<PoolName> more)
        {
            known ??= new List<PoolName>();
            foreach (var name in more)
            {
                if (!known.Any(k => string.Equals(k.Value, name.Value, StringComparison.Ordinal))) known.Add(name);
            }

            return known;
        }

        /// <summary>
        /// The class name (<c>CognitoGenPoolClassName</c>, default <c>CognitoPool</c>) and namespace (<c>CognitoGenPoolNamespace</c>,
        /// default the project's <c>RootNamespace</c>; <c>global::</c> or an empty root namespace for the global namespace).
        /// </summary>
        public static PoolOptions ReadOptions(AnalyzerConfigOptions global, bool nullableDirective)
        {
            global.TryGetValue(ClassNameProperty, out var className);
            global.TryGetValue(NamespaceProperty, out var ns);
            if (string.IsNullOrWhiteSpace(ns)) global.TryGetValue("build_property.RootNamespace", out ns);
            var name = string.IsNullOrWhiteSpace(className) ? DefaultClassName : Identifiers.Exact(className!.Trim(), DefaultClassName);
            return new PoolOptions(name, Namespace(ns), nullableDirective);
        }

        private static string? Namespace(string? value)
        {
            var ns = value?.Trim() ?? string.Empty;
            if (ns.StartsWith("global::", StringComparison.Ordinal)) ns = ns.Substring("global::".Length);
            if (ns.Length == 0) return null;
            return string.Join(".", ns.Split('.').Select(part => Identifiers.Escape(Identifiers.Exact(part.Trim(), "Pool"))));
        }
    }
}
