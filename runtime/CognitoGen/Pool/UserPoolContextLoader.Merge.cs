using System;
using System.Collections.Generic;
using System.Linq;

namespace CognitoGen.Pool
{
    public static partial class UserPoolContextLoader
    {
        /// <summary>What one file says. A list left null is not mentioned; a flag set means the file shows the list exists but cannot be read completely.</summary>
        private sealed class Part
        {
            public Part(string file) => File = file;

            public string File { get; }

            public string? PoolId { get; set; }

            public string? Region { get; set; }

            public List<SchemaAttribute>? Schema { get; set; }

            public bool SchemaIncomplete { get; set; }

            public List<ResourceServer>? ResourceServers { get; set; }

            public bool ResourceServersIncomplete { get; set; }

            public List<string>? IdentityProviders { get; set; }

            public bool IdentityProvidersIncomplete { get; set; }

            public bool? HasDomain { get; set; }

            public List<DeployedClient>? Clients { get; set; }

            public List<PoolLoadDiagnostic> Notes { get; } = new();
        }

        private sealed class Merger
        {
            private readonly List<PoolLoadDiagnostic> _diagnostics = new();
            private string? _poolId;
            private string? _poolIdFile;
            private string? _region;
            private List<SchemaAttribute>? _schema;
            private bool _schemaIncomplete;
            private List<ResourceServer>? _servers;
            private bool _serversIncomplete;
            private List<string>? _providers;
            private bool _providersIncomplete;
            private bool? _hasDomain;
            private List<DeployedClient>? _clients;

            public void Report(string file, int line, int column, string message) => _diagnostics.Add(new PoolLoadDiagnostic(file, line, column, message));

            public void Add(Part part)
            {
                if (part.PoolId is not null && _poolId is not null && !string.Equals(part.PoolId, _poolId, StringComparison.Ordinal))
                {
                    Report(part.File, 1, 1,
                        $"describes user pool \"{part.PoolId}\", but {_poolIdFile} describes \"{_poolId}\"; one set of pool files describes one pool, so this file was ignored");
                    return;
                }

                _diagnostics.AddRange(part.Notes);
                if (part.PoolId is not null && _poolId is null)
                {
                    _poolId = part.PoolId;
                    _poolIdFile = part.File;
                }

                _region ??= part.Region ?? RegionOf(part.PoolId);
                if (part.Schema is not null)
                {
                    _schema ??= new List<SchemaAttribute>();
                    foreach (var a in part.Schema)
                    {
                        var i = _schema.FindIndex(x => x.IsCustom == a.IsCustom && string.Equals(x.Name, a.Name, StringComparison.Ordinal));
                        if (i < 0) _schema.Add(a);
                        else _schema[i] = new SchemaAttribute(a.Name, a.IsCustom, _schema[i].Required ?? a.Required, _schema[i].Mutable ?? a.Mutable);
                    }
                }

                _schemaIncomplete |= part.SchemaIncomplete;
                if (part.ResourceServers is not null)
                {
                    _servers ??= new List<ResourceServer>();
                    foreach (var s in part.ResourceServers)
                    {
                        var i = _servers.FindIndex(x => string.Equals(x.Identifier, s.Identifier, StringComparison.Ordinal));
                        if (i < 0)
                        {
                            _servers.Add(s);
                        }
                        else
                        {
                            var scopes = _servers[i].ScopeNames.Concat(s.ScopeNames.Where(n => !_servers[i].ScopeNames.Contains(n)));
                            _servers[i] = new ResourceServer(s.Identifier, _servers[i].Name ?? s.Name, new EquatableArray<string>(scopes));
                        }
                    }
                }

                _serversIncomplete |= part.ResourceServersIncomplete;
                if (part.IdentityProviders is not null)
                {
                    _providers ??= new List<string>();
                    foreach (var p in part.IdentityProviders)
                    {
                        if (!_providers.Contains(p, StringComparer.Ordinal)) _providers.Add(p);
                    }
                }

                _providersIncomplete |= part.IdentityProvidersIncomplete;
                if (part.HasDomain is { } hasDomain) _hasDomain = (_hasDomain ?? false) || hasDomain;
                if (part.Clients is not null)
                {
                    _clients ??= new List<DeployedClient>();
                    foreach (var c in part.Clients)
                    {
                        var i = _clients.FindIndex(x => string.Equals(x.ClientId, c.ClientId, StringComparison.Ordinal));
                        if (i < 0) _clients.Add(c);
                        else Report(part.File, 1, 1, $"describes app client \"{c.ClientId}\" again; the first description ({FirstClientFile(c.ClientId)}) is kept");
                    }
                }

                foreach (var c in part.Clients ?? Enumerable.Empty<DeployedClient>())
                {
                    if (!_clientFiles.ContainsKey(c.ClientId)) _clientFiles[c.ClientId] = part.File;
                }
            }

            private readonly Dictionary<string, string> _clientFiles = new(StringComparer.Ordinal);

            private string FirstClientFile(string clientId) => _clientFiles.TryGetValue(clientId, out var f) ? f : "an earlier file";

            /// <summary>A message quotes names from the file; a line break or other control character in one is written as \uXXXX, so every diagnostic stays one line.</summary>
            private static string OneLine(string message)
            {
                var clean = true;
                foreach (var c in message) clean &= !IsBreaking(c);
                if (clean) return message;
                var sb = new System.Text.StringBuilder(message.Length + 16);
                foreach (var c in message) sb.Append(IsBreaking(c) ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString());
                return sb.ToString();
            }

            private static bool IsBreaking(char c) => c < ' ' || c == '\u007f' || c == '\u0085' || c == '\u2028' || c == '\u2029';

            public PoolLoadResult Result() => new(
                new UserPoolContext(
                    _poolId,
                    _region,
                    _schema is null || _schemaIncomplete ? null : new EquatableArray<SchemaAttribute>(_schema),
                    _servers is null || _serversIncomplete ? null : new EquatableArray<ResourceServer>(_servers),
                    _providers is null || _providersIncomplete ? null : new EquatableArray<string>(_providers),
                    _hasDomain,
                    _clients is null ? null : new EquatableArray<DeployedClient>(_clients)),
                _diagnostics.Select(d => d with { Message = OneLine(d.Message) }).ToArray());
        }
    }
}
