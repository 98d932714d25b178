using System;
using System.Collections;
using System.Collections.Generic;

namespace CognitoGen
{
    /// <summary>An immutable copy of a list that compares by content, so definitions (records) compare by value.</summary>
    internal sealed class ValueList : IReadOnlyList<string>, IEquatable<ValueList>
    {
        private readonly string[] _items;

        private ValueList(string[] items) => _items = items;

        /// <summary>A frozen copy of <paramref name="items"/>, or null for null (null means "not declared, not sent").</summary>
        public static ValueList? From(IEnumerable<string>? items) => items switch
        {
            null => null,
            ValueList frozen => frozen,
            _ => new ValueList(new List<string>(items).ToArray()),
        };

        public string this[int index] => _items[index];

        public int Count => _items.Length;

        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        public bool Equals(ValueList? other)
        {
            if (other is null || other._items.Length != _items.Length) return false;
            for (var i = 0; i < _items.Length; i++)
            {
                if (!string.Equals(_items[i], other._items[i], StringComparison.Ordinal)) return false;
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as ValueList);

        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var item in _items) hash = unchecked(hash * 31 + (item is null ? 0 : StringComparer.Ordinal.GetHashCode(item)));
            return hash;
        }

        public override string ToString() => "[" + string.Join(", ", _items) + "]";
    }
}
