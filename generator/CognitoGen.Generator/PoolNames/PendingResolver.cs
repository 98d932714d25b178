using System;
using System.Collections.Generic;
using System.Linq;
using CognitoGen.Generator.Emitting;
using CognitoGen.Generator.Model;

namespace CognitoGen.Generator.PoolNames
{
    /// <summary>
    /// A generator never sees its own output, so in <c>[OAuthScope(CognitoPool.Scopes.Orders.Read)]</c> the argument does not
    /// bind in the generator's input. The parser keeps such name-shaped arguments (<see cref="PendingConstant"/>); here they
    /// become the values of the pool constants they name, so the emitted definition carries them. A name that is no
    /// pool constant is dropped, as any non-constant argument is (the compiler reports it).
    /// </summary>
    internal static class PendingResolver
    {
        public static ClientModel Resolve(ClientModel client, EquatableArray<PoolConstant> constants)
        {
            var d = client.Definition;
            if (d.PendingConstants is not { } pending) return client;
            return client with
            {
                Definition = d with
                {
                    AllowedOAuthScopes = Apply(d.AllowedOAuthScopes, "AllowedOAuthScopes", pending, constants),
                    SupportedIdentityProviders = Apply(d.SupportedIdentityProviders, "SupportedIdentityProviders", pending, constants),
                    ReadAttributes = Apply(d.ReadAttributes, "ReadAttributes", pending, constants),
                    WriteAttributes = Apply(d.WriteAttributes, "WriteAttributes", pending, constants),
                    PendingConstants = null,
                },
            };
        }

        private static EquatableArray<string>? Apply(
            EquatableArray<string>? list, string member, EquatableArray<PendingConstant> pending, EquatableArray<PoolConstant> constants)
        {
            List<string>? values = null;
            var dropped = 0;
            foreach (var p in pending)
            {
                if (p.Member != member) continue;
                values ??= list is { } known ? known.ToList() : new List<string>();
                if (Find(p.Expression, constants) is { } value) values.Insert(Math.Min(Math.Max(p.Index - dropped, 0), values.Count), value);
                else dropped++;
            }

            return values is null ? list : values.Count == 0 && list is null ? null : values.ToEquatableArray();
        }

        /// <summary>
        /// The value of the pool constant whose path ends with the written name (after any <c>global::</c> or extern alias
        /// qualifier, without <c>@</c>): <c>CognitoPool.Scopes.Orders.Read</c>, <c>App.CognitoPool.…</c>, or a shorter tail under
        /// <c>using static</c>. When nothing ends so, the name's leading parts are dropped one by one, for a using alias
        /// (<c>using P = App.CognitoPool;</c> … <c>P.Scopes.Orders.Read</c>). Null when nothing matches, or several values do.
        /// </summary>
        internal static string? Find(string expression, EquatableArray<PoolConstant> constants)
        {
            var text = expression.Replace("@", string.Empty);
            var alias = text.IndexOf("::", StringComparison.Ordinal);
            if (alias >= 0) text = text.Substring(alias + 2);
            var segments = text.Split('.');
            for (var skip = 0; skip < segments.Length; skip++)
            {
                var name = string.Join(".", segments, skip, segments.Length - skip);
                if (name.Length == 0) continue;
                var tail = "." + name;
                string? found = null;
                var ambiguous = false;
                foreach (var c in constants)
                {
                    if (!(c.Path == name || c.Path.EndsWith(tail, StringComparison.Ordinal))) continue;
                    if (found is not null && found != c.Value) ambiguous = true;
                    found = c.Value;
                }

                if (found is not null) return ambiguous ? null : found;
            }

            return null;
        }
    }
}
