using System;
using System.Collections.Generic;

namespace CognitoGen.Rules
{
    /// <summary>"Did you mean": the nearest known name to a value by edit distance, or none when nothing is near.</summary>
    internal static class NameSuggestion
    {
        /// <summary>
        /// The candidate nearest to <paramref name="value"/> (Levenshtein distance, ordinal), or null when the best
        /// distance exceeds a third of the longer name (at least 1, at most 3), when the value itself is a candidate, or
        /// when two candidates tie, so a suggestion is never a guess between equals or a name unlike the value.
        /// </summary>
        public static string? Nearest(string value, IEnumerable<string> candidates)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            var tie = false;
            foreach (var candidate in candidates)
            {
                if (candidate is null) continue;
                if (string.Equals(candidate, value, StringComparison.Ordinal)) return null;
                var distance = Distance(value, candidate);
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                    tie = false;
                }
                else if (distance == bestDistance && !string.Equals(candidate, best, StringComparison.Ordinal))
                {
                    tie = true;
                }
            }

            if (best is null || tie) return null;
            var limit = Math.Min(3, Math.Max(1, Math.Max(value.Length, best.Length) / 3));
            return bestDistance <= limit ? best : null;
        }

        /// <summary>The Levenshtein distance between <paramref name="a"/> and <paramref name="b"/> (ordinal).</summary>
        public static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++) previous[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
