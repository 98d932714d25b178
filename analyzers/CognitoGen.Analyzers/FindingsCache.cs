using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using CognitoGen.Generator.Model;
using CognitoGen.Pool;
using CognitoGen.Rules;

namespace CognitoGen.Analyzers
{
    /// <summary>
    /// The rules' findings for a parsed client, kept across compilations. After a keystroke the IDE analyzes the open file
    /// again in a new compilation, and every client in it but the edited one parses to the model it had before: its
    /// definition and findings are taken from here instead of being mapped and validated again (at 5,000 clients, 50 in
    /// the open file, that was 1.2 of the file's 9 ms). The findings are a pure function of the model (records with value
    /// equality, lists compared element by element), the pool context (the very object <see cref="PoolFiles"/> caches per
    /// change of the pool files, compared by reference), the pool ID and the culture; nothing here holds a location, so
    /// every location is still computed for the current compilation. Bounded: two generations of at most
    /// <see cref="Capacity"/> entries, the older dropped when the newer is full.
    /// </summary>
    internal static class FindingsCache
    {
        internal const int Capacity = 8192;

        private static readonly object Gate = new();
        private static Dictionary<Key, Entry> s_current = new();
        private static Dictionary<Key, Entry> s_previous = new();
        private static int s_validations;

        /// <summary>How many times the rules ran since the process started: for the caching tests.</summary>
        internal static int ValidationCount => Volatile.Read(ref s_validations);

        /// <summary>The model as the runtime's definition, and what <see cref="ClientValidator.Validate(UserPoolClientDefinition, UserPoolContext?, string?, ClientOperation, string?)"/> finds in it.</summary>
        public static Entry Get(DefinitionModel model, UserPoolContext? pool, string? poolId)
        {
            // The rules format some numbers with the current culture (e.g. a negative validity's sign): a cached message is
            // reused only under the culture it was made in. Read for the key only, never to format anything here.
#pragma warning disable RS1035 // banned for analyzers: used only as part of the cache key, see above
            var key = new Key(model, pool, poolId, CultureInfo.CurrentCulture);
#pragma warning restore RS1035
            lock (Gate)
            {
                if (s_current.TryGetValue(key, out var found)) return found;
                if (s_previous.TryGetValue(key, out found))
                {
                    Store(key, found);
                    return found;
                }
            }

            Interlocked.Increment(ref s_validations);
            var definition = DefinitionMapper.ToDefinition(model);
            var entry = new Entry(definition, ClientValidator.Validate(definition, pool, poolId));
            lock (Gate) Store(key, entry);
            return entry;
        }

        private static void Store(Key key, Entry entry)
        {
            if (s_current.Count >= Capacity)
            {
                s_previous = s_current;
                s_current = new Dictionary<Key, Entry>();
            }

            s_current[key] = entry;
        }

        internal sealed class Entry
        {
            public Entry(UserPoolClientDefinition definition, IReadOnlyList<RuleFinding> findings)
            {
                Definition = definition;
                Findings = findings;
            }

            public UserPoolClientDefinition Definition { get; }

            public IReadOnlyList<RuleFinding> Findings { get; }
        }

        private readonly struct Key : IEquatable<Key>
        {
            private readonly DefinitionModel _model;
            private readonly UserPoolContext? _pool;
            private readonly string? _poolId;
            private readonly CultureInfo _culture;
            private readonly int _hash;

            public Key(DefinitionModel model, UserPoolContext? pool, string? poolId, CultureInfo culture)
            {
                _model = model;
                _pool = pool;
                _poolId = poolId;
                _culture = culture;
                _hash = unchecked(((model.GetHashCode() * 31 + (pool is null ? 0 : RuntimeHelpers.GetHashCode(pool))) * 31 + (poolId is null ? 0 : StringComparer.Ordinal.GetHashCode(poolId))) * 31 + culture.GetHashCode());
            }

            public bool Equals(Key other) =>
                _hash == other._hash && ReferenceEquals(_pool, other._pool) && string.Equals(_poolId, other._poolId, StringComparison.Ordinal) && _culture.Equals(other._culture) && _model.Equals(other._model);

            public override bool Equals(object? obj) => obj is Key other && Equals(other);

            public override int GetHashCode() => _hash;
        }
    }
}
