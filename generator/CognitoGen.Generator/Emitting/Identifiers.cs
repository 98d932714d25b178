using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CognitoGen.Generator.Emitting
{
    /// <summary>C# identifiers from any name: PascalCase, escaping and deterministic collision suffixes.</summary>
    internal static class Identifiers
    {
        /// <summary>Members every class inherits from <see cref="object"/>: a constant with one of these names would hide it (CS0108).</summary>
        public static readonly IReadOnlyList<string> ObjectMembers = new[] { "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString" };

        /// <summary>
        /// PascalCase from a pool name: every character that cannot be part of an identifier (and <c>_</c>) separates words
        /// and is dropped, each word starts upper-case (<c>asteroids.add</c> → <c>AsteroidsAdd</c>); a leading digit gets
        /// <c>_</c> before it; nothing left gives <paramref name="fallback"/>. The result is never a keyword.
        /// </summary>
        public static string Pascal(string? name, string fallback)
        {
            var sb = new StringBuilder();
            var startOfWord = true;
            foreach (var c in name ?? string.Empty)
            {
                if (c == '_' || !IsKeptPart(c))
                {
                    startOfWord = true;
                    continue;
                }

                sb.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }

            if (sb.Length == 0) return fallback;
            if (!SyntaxFacts.IsIdentifierStartCharacter(sb[0])) sb.Insert(0, '_');
            return sb.ToString();
        }

        /// <summary>
        /// A name the user chose (an MSBuild property): kept as written when it is an identifier (a leading <c>@</c> is
        /// allowed), else made one as <see cref="Pascal"/> does. Returned unescaped; see <see cref="Escape"/>.
        /// </summary>
        public static string Exact(string? name, string fallback)
        {
            var s = name ?? string.Empty;
            if (s.StartsWith("@", StringComparison.Ordinal)) s = s.Substring(1);
            return s.Length > 0 && SyntaxFacts.IsValidIdentifier(s) && s.All(IsKeptPartOrStart) ? s : Pascal(s, fallback);
        }

        /// <summary>The identifier as source writes it: <c>@</c> before a keyword.</summary>
        public static string Escape(string identifier) =>
            SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

        /// <summary>
        /// Unique identifiers for <paramref name="bases"/>, in the same order. An identifier that is taken (by another
        /// base, <paramref name="enclosing"/> or one of <paramref name="reserved"/>) stays with the first name in ordinal order of
        /// <paramref name="names"/> when it is not reserved; the others get the smallest free suffix 2, 3, … (<c>_2</c> after a digit).
        /// </summary>
        public static string[] Unique(IReadOnlyList<string> names, IReadOnlyList<string> bases, string enclosing, IEnumerable<string> reserved)
        {
            var blocked = new HashSet<string>(reserved, StringComparer.Ordinal) { enclosing };
            var result = new string[bases.Count];
            var order = Enumerable.Range(0, bases.Count)
                .OrderBy(i => names[i], StringComparer.Ordinal)
                .ThenBy(i => i)
                .ToList();

            // First pass: every base that is not blocked goes to the first name (in order) that has it.
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var i in order)
            {
                if (!blocked.Contains(bases[i]) && taken.Add(bases[i])) result[i] = bases[i];
            }

            // Second pass: the others, in the same order, get the smallest suffix that neither a base nor an earlier suffix holds.
            foreach (var i in order)
            {
                if (result[i] is not null) continue;
                var b = bases[i];
                var separator = b.Length > 0 && char.IsDigit(b[b.Length - 1]) ? "_" : string.Empty;
                for (var n = 2; ; n++)
                {
                    var candidate = b + separator + n.ToString(CultureInfo.InvariantCulture);
                    if (blocked.Contains(candidate) || taken.Contains(candidate)) continue;
                    taken.Add(candidate);
                    result[i] = candidate;
                    break;
                }
            }

            return result;
        }

        /// <summary>Whether a type name is lower-case ASCII letters only, which the compiler warns about (CS8981).</summary>
        public static bool IsLowerCaseAscii(string identifier) => identifier.Length > 0 && identifier.All(static c => c is >= 'a' and <= 'z');

        /// <summary>Identifier characters, less formatting characters (ignored when C# compares identifiers, so two names could clash unseen).</summary>
        private static bool IsKeptPart(char c) =>
            SyntaxFacts.IsIdentifierPartCharacter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;

        private static bool IsKeptPartOrStart(char c) => c == '_' || IsKeptPart(c);
    }
}
