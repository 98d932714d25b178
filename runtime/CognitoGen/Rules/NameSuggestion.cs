using System;
using System.Collections.Generic;

namespace CognitoGen.Rules
{
    /// <summary>
    /// "Did you mean": the one candidate nearest to a misspelt value by optimal string alignment distance (insertions,
    /// deletions, substitutions and swaps of two neighbours), or null when no candidate is near enough or two tie.
    /// Near enough: distance 1 for values of up to 4 characters, 2 for longer ones; a difference in letter case only is
    /// always suggested. Plain C#, no Roslyn: the analyzers compile this same file.
    /// </summary>
    internal static class NameSuggestion
    {
        public static string? Nearest(string value, IEnumerable<string> candidates, bool caseSensitive = true)
        {
            if (string.IsNullOrEmpty(value) || candidates is null) return null;
            var limit = value.Length <= 4 ? 1 : 2;
            string? best = null;
            var bestDistance = int.MaxValue;
            var tie = false;
            foreach (var candidate in candidates)
            {
                if (string.IsNullOrEmpty(candidate) || string.Equals(candidate, value, StringComparison.Ordinal)) continue;
                if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
                {
                    // Case only: always the answer when names are case-sensitive; a case-insensitive set has it already.
                    if (caseSensitive) return candidate;
                    continue;
                }

                var distance = Distance(value, candidate, caseSensitive);
                if (distance > limit || Math.Abs(candidate.Length - value.Length) > limit) continue;
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                    tie = false;
                }
                else if (distance == bestDistance && !string.Equals(best, candidate, StringComparison.Ordinal))
                {
                    tie = true;
                }
            }

            return tie ? null : best;
        }

        internal static int Distance(string a, string b, bool caseSensitive)
        {
            if (!caseSensitive)
            {
                a = a.ToUpperInvariant();
                b = b.ToUpperInvariant();
            }

            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (var j = 0; j <= b.Length; j++) d[0, j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, d[i - 2, j - 2] + 1);
                    d[i, j] = v;
                }
            }

            return d[a.Length, b.Length];
        }

        /// <summary>The message tail for a suggestion: empty when there is none.</summary>
        public static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
    }
}
