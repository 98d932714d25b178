using System;
using System.Collections.Generic;
using System.Linq;
using CognitoGen.Pool;
using R = CognitoGen.Rules.RuleCatalogue;

namespace CognitoGen.Rules
{
    /// <summary>
    /// The 8xxx rules: what only the user pool can decide. Each asks one part of the <see cref="UserPoolContext"/> and,
    /// where that part is unknown (null), decides nothing, so the request rules' reminders (CGEN2015, CGEN6006, CGEN6007)
    /// stay as they are. Where it is known, the reminder is replaced by the verdict: nothing, or the pool rule's finding.
    /// </summary>
    public static partial class ClientValidator
    {
        /// <summary>
        /// The attributes the pool requires that WriteAttributes <paramref name="write"/> leaves out (CGEN8005), in schema
        /// order, as a client names them; never sub, which no client may write; empty when the schema is unknown.
        /// The add-to-WriteAttributes code fix offers exactly these.
        /// </summary>
        internal static IReadOnlyList<string> RequiredNotWritable(UserPoolContext pool, IReadOnlyList<string> write)
        {
            if (pool.SchemaAttributes is not { } schema) return Array.Empty<string>();
            return schema.Where(a => a.Required == true && !NotWritable.Contains(a.ClientAttributeName, StringComparer.Ordinal))
                .Select(a => a.ClientAttributeName)
                .Where(name => !write.Contains(name, StringComparer.Ordinal))
                .ToList();
        }

        private sealed partial class Run
        {
            private readonly UserPoolContext _pool;
            private readonly DeployedClient? _deployed;

            /// <summary>" us-east-1_AbC" when the pool ID is known, else empty: for messages.</summary>
            private string PoolName => _poolId is { } id ? " " + Shorten(id) : string.Empty;

            /// <summary>The pool's region: from its ID when it is well-formed, else from the context.</summary>
            private string? PoolRegion() => _poolId is { } id && PoolIdValid(id) ? id.Substring(0, id.IndexOf('_')) : _pool.Region;

            /// <summary>CGEN8002. True when the pool's resource servers are known, so CGEN2015 has nothing to remind of.</summary>
            private bool PoolDecidesScope(string scope, int index)
            {
                if (_pool.ResourceServers is not { } servers) return false;
                var defined = servers.SelectMany(s => s.FullScopes).ToList();
                if (defined.Contains(scope, StringComparer.Ordinal)) return true;

                var identifier = scope.Substring(0, scope.LastIndexOf('/'));
                var server = servers.FirstOrDefault(s => string.Equals(s.Identifier, identifier, StringComparison.Ordinal));
                var known = server is not null
                    ? server.ScopeNames.Count == 0 ? $"Resource server '{Shorten(server.Identifier)}' defines no scopes." : $"Resource server '{Shorten(server.Identifier)}' defines {List(server.ScopeNames)}."
                    : servers.Count == 0 ? "The pool has no resource servers." : $"The pool's resource servers are {List(servers.Select(s => s.Identifier))}.";
                Suggest(R.PoolScopeUndefined, $"Custom scope '{Shorten(scope)}' is not defined by any resource server of the pool{PoolName}: Cognito answers ScopeDoesNotExistException: Invalid scope requested: {Shorten(scope)}. {known}",
                    "AllowedOAuthScopes", index, NameSuggestion.Nearest(scope, defined));
                return true;
            }

            /// <summary>CGEN8003. True when the pool's identity providers are known, so CGEN6005/CGEN6006 have nothing to say.</summary>
            private bool PoolDecidesIdentityProvider(string name, int index)
            {
                if (_pool.IdentityProviderNames is not { } names) return false;
                if (names.Contains(name, StringComparer.Ordinal)) return true;
                var known = names.Count == 0 ? "The pool has no identity providers besides COGNITO." : $"The pool has {List(new[] { "COGNITO" }.Concat(names))}.";
                Suggest(R.PoolIdentityProviderUndefined, $"Identity provider '{Shorten(name)}' is not in the pool{PoolName} (names are case-sensitive): Cognito answers InvalidParameterException: The provider {Shorten(name)} does not exist for User Pool{PoolName}. {known}",
                    "SupportedIdentityProviders", index, NameSuggestion.Nearest(name, names.Concat(new[] { "COGNITO" })));
                return true;
            }

            /// <summary>CGEN8004. True when the pool's schema is known, so CGEN6007 has nothing to remind of.</summary>
            private bool PoolDecidesAttribute(string name, string member, string kind, int index)
            {
                if (_pool.SchemaAttributes is not { } schema) return false;
                var developerOnly = name.StartsWith("dev:", StringComparison.Ordinal);
                var baseName = BaseName(name);
                var custom = schema.Where(a => a.IsCustom).Select(a => BaseName(a.Name)).ToList();
                if (custom.Contains(baseName, StringComparer.Ordinal)) return true;

                var prefix = developerOnly ? "dev:custom:" : "custom:";
                var known = custom.Count == 0 ? "The schema has no custom attributes." : $"The schema's custom attributes are {List(custom.Select(c => "custom:" + c))}.";
                var suggestion = NameSuggestion.Nearest(baseName, custom);
                Suggest(R.PoolAttributeUndefined, $"'{Shorten(name)}' is not in the pool{PoolName}'s schema: Cognito answers InvalidParameterException: Invalid {kind} attributes specified while {Verb} a client. {known}",
                    member, index, suggestion is null ? null : prefix + suggestion);
                return true;
            }

            /// <summary><c>dev:custom:x</c>, <c>custom:x</c> and a schema's <c>x</c> all name the custom attribute <c>x</c>.</summary>
            private static string BaseName(string name)
            {
                if (name.StartsWith("dev:", StringComparison.Ordinal)) name = name.Substring(4);
                return name.StartsWith("custom:", StringComparison.Ordinal) ? name.Substring(7) : name;
            }

            /// <summary>CGEN8005: declared WriteAttributes without an attribute the pool requires (sub is required but never writable).</summary>
            private void PoolRequiredWritable(IReadOnlyList<string> write)
            {
                var missing = RequiredNotWritable(_pool, write);
                if (missing.Count == 0) return;
                Add(R.PoolRequiredAttributeNotWritable, $"WriteAttributes leaves out {List(missing)}, which the pool{PoolName} requires: an app client must have write access to every required attribute, or Cognito answers InvalidParameterException: Invalid write attributes specified while {Verb} a client. Add {(missing.Count == 1 ? "it" : "them")} to WriteAttributes.",
                    "WriteAttributes");
            }

            /// <summary>CGEN8007: OAuth flows on a pool known to have no domain.</summary>
            private void PoolDomain(IReadOnlyList<string> flows, int index)
            {
                if (_pool.HasDomain != false) return;
                Add(R.PoolOAuthWithoutDomain, $"The pool{PoolName} has no domain, so the '{Shorten(flows[index])}' flow has no /oauth2 endpoints and no managed login pages yet: Cognito accepts the client, but OAuth sign-in and token requests fail until the pool has a domain (CreateUserPoolDomain, or an AWS::Cognito::UserPoolDomain resource).",
                    "AllowedOAuthFlows", index);
            }

            /// <summary>CGEN8008: an update leaves out a member the deployed client has, so Cognito would reset it.</summary>
            private void UpdateAgainstDeployed()
            {
                if (_deployed is null) return;
                foreach (var difference in _d.Diff(_deployed.Definition))
                {
                    if (Declares(difference.Member)) continue;
                    Add(R.UpdateResetsMember, $"The update leaves out {difference.Member}, which the deployed client {Shorten(_deployed.ClientId)} has as {Shorten(difference.Deployed)}: UpdateUserPoolClient sets every member it does not receive to its default, here {Shorten(difference.Declared)}, so that value would be lost. Declare {difference.Member} to keep it.",
                        difference.Member);
                }
            }

            /// <summary>Whether the definition declares the member a difference path starts with.</summary>
            private bool Declares(string path)
            {
                var dot = path.IndexOf('.');
                var member = dot < 0 ? path : path.Substring(0, dot);
                return member switch
                {
                    "AccessTokenValidity" => _d.AccessTokenValidity is not null,
                    "IdTokenValidity" => _d.IdTokenValidity is not null,
                    "RefreshTokenValidity" => _d.RefreshTokenValidity is not null,
                    "ReadAttributes" => _d.ReadAttributes is not null,
                    "WriteAttributes" => _d.WriteAttributes is not null,
                    "ExplicitAuthFlows" => _d.ExplicitAuthFlows is not null,
                    "SupportedIdentityProviders" => _d.SupportedIdentityProviders is not null,
                    "CallbackURLs" => _d.CallbackURLs is not null,
                    "LogoutURLs" => _d.LogoutURLs is not null,
                    "DefaultRedirectURI" => _d.DefaultRedirectURI is not null,
                    "AllowedOAuthFlows" => _d.AllowedOAuthFlows is not null,
                    "AllowedOAuthScopes" => _d.AllowedOAuthScopes is not null,
                    "AllowedOAuthFlowsUserPoolClient" => _d.AllowedOAuthFlowsUserPoolClient is not null,
                    "AnalyticsConfiguration" => _d.AnalyticsConfiguration is not null,
                    "PreventUserExistenceErrors" => _d.PreventUserExistenceErrors is not null,
                    "EnableTokenRevocation" => _d.EnableTokenRevocation is not null,
                    "EnablePropagateAdditionalUserContextData" => _d.EnablePropagateAdditionalUserContextData is not null,
                    "AuthSessionValidity" => _d.AuthSessionValidity is not null,
                    "RefreshTokenRotation" => _d.RefreshTokenRotation is not null,
                    _ => true,
                };
            }

            /// <summary>'a', 'b' and 'c' (at most eight, then "and N more").</summary>
            private static string List(IEnumerable<string> values)
            {
                var all = values.Select(v => "'" + Shorten(v) + "'").ToList();
                var shown = all.Take(8).ToList();
                if (all.Count > 8) return string.Join(", ", shown) + $" and {all.Count - 8} more";
                return shown.Count <= 1 ? string.Join(string.Empty, shown) : string.Join(", ", shown.Take(shown.Count - 1)) + " and " + shown[shown.Count - 1];
            }
        }
    }
}
