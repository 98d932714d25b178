using System;
using System.Collections;
using System.Collections.Generic;

namespace CognitoGen.Pool
{
    /// <summary>
    /// What is known about the user pool an app client lives in. Every part is nullable: null means unknown, and a rule
    /// that needs an unknown part does not fire as an error. Compares by value, so it can be a generator pipeline input.
    /// </summary>
    /// <param name="UserPoolId">The pool ID (for example <c>us-east-1_AbCdEf123</c>), or null if unknown.</param>
    /// <param name="Region">The pool's AWS region, or null if unknown.</param>
    /// <param name="SchemaAttributes">The pool's schema attributes, or null if the schema is unknown.</param>
    /// <param name="ResourceServers">The pool's resource servers with their scopes, or null if unknown.</param>
    /// <param name="IdentityProviderNames">The names of the pool's identity providers (case-sensitive), or null if unknown.</param>
    /// <param name="HasDomain">Whether the pool has a domain (hosted UI and /oauth2 endpoints), or null if unknown.</param>
    /// <param name="DeployedClients">Deployed app clients from describe output, keyed by client ID, or null if unknown.</param>
    public sealed record UserPoolContext(
        string? UserPoolId,
        string? Region,
        EquatableArray<SchemaAttribute>? SchemaAttributes,
        EquatableArray<ResourceServer>? ResourceServers,
        EquatableArray<string>? IdentityProviderNames,
        bool? HasDomain,
        EquatableArray<DeployedClient>? DeployedClients)
    {
        /// <summary>A context in which nothing is known.</summary>
        public static UserPoolContext Unknown { get; } = new(null, null, null, null, null, null, null);

        /// <summary>The deployed client with <paramref name="clientId"/>, or null when it is unknown.</summary>
        public DeployedClient? FindClient(string clientId)
        {
            if (DeployedClients is null) return null;
            foreach (var client in DeployedClients)
            {
                if (string.Equals(client.ClientId, clientId, StringComparison.Ordinal)) return client;
            }

            return null;
        }
    }

    /// <summary>One attribute of the pool's schema.</summary>
    /// <param name="Name">The schema name as the pool lists it, without the <c>custom:</c> prefix for custom attributes.</param>
    /// <param name="IsCustom">True for a custom attribute (read and written as <c>custom:Name</c>).</param>
    /// <param name="Required">Whether the attribute is required at sign-up, or null if unknown.</param>
    /// <param name="Mutable">Whether the attribute can change after sign-up, or null if unknown.</param>
    public sealed record SchemaAttribute(string Name, bool IsCustom, bool? Required, bool? Mutable)
    {
        /// <summary>The name an app client uses in ReadAttributes and WriteAttributes (<c>custom:Name</c> for a custom attribute).</summary>
        public string ClientAttributeName => IsCustom && !Name.StartsWith("custom:", StringComparison.Ordinal) ? "custom:" + Name : Name;
    }

    /// <summary>A resource server of the pool and the scopes it defines.</summary>
    /// <param name="Identifier">The resource server identifier, the prefix of its scopes.</param>
    /// <param name="Name">The resource server's friendly name, or null if unknown.</param>
    /// <param name="ScopeNames">The scope names it defines, without the identifier prefix.</param>
    public sealed record ResourceServer(string Identifier, string? Name, EquatableArray<string> ScopeNames)
    {
        /// <summary>The full scope strings an app client requests: <c>identifier/scope</c>.</summary>
        public IEnumerable<string> FullScopes
        {
            get
            {
                foreach (var scope in ScopeNames) yield return Identifier + "/" + scope;
            }
        }
    }

    /// <summary>A deployed app client, as describe-user-pool-client shows it.</summary>
    /// <param name="ClientId">The client ID.</param>
    /// <param name="HasSecret">Whether the deployed client has a secret, or null if unknown.</param>
    /// <param name="Definition">The deployed client's settings.</param>
    public sealed record DeployedClient(string ClientId, bool? HasSecret, UserPoolClientDefinition Definition);

    /// <summary>An immutable array that compares by content.</summary>
    /// <typeparam name="T">The element type; its own equality is used.</typeparam>
    public sealed class EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
    {
        private readonly T[] _items;

        /// <summary>A frozen copy of <paramref name="items"/>.</summary>
        public EquatableArray(IEnumerable<T> items) => _items = new List<T>(items ?? throw new ArgumentNullException(nameof(items))).ToArray();

        /// <inheritdoc/>
        public T this[int index] => _items[index];

        /// <inheritdoc/>
        public int Count => _items.Length;

        /// <inheritdoc/>
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <inheritdoc/>
        public bool Equals(EquatableArray<T>? other)
        {
            if (other is null || other._items.Length != _items.Length) return false;
            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < _items.Length; i++)
            {
                if (!comparer.Equals(_items[i], other._items[i])) return false;
            }

            return true;
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as EquatableArray<T>);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            var hash = 17;
            var comparer = EqualityComparer<T>.Default;
            foreach (var item in _items) hash = unchecked(hash * 31 + (item is null ? 0 : comparer.GetHashCode(item)));
            return hash;
        }
    }
}
