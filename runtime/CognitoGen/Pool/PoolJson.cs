using System;

namespace CognitoGen.Pool
{
    /// <summary>One problem met while loading pool files: which file, where in it, and what is wrong.</summary>
    /// <param name="File">The path of the file, as given to the loader.</param>
    /// <param name="Line">1-based line (1 when the problem is the whole file).</param>
    /// <param name="Column">1-based column, counted in Unicode code points.</param>
    /// <param name="Message">What is wrong and what the loader did about it.</param>
    public sealed record PoolLoadDiagnostic(string File, int Line, int Column, string Message)
    {
        /// <inheritdoc/>
        public override string ToString() => $"{File}({Line},{Column}): {Message}";
    }

    /// <summary>The pool-file JSON parser: the shared tree, and a one-line error (never an exception) for bad text.</summary>
    internal static class PoolJsonParser
    {
        /// <summary>Objects and arrays nested deeper than this are refused (a CloudFormation template of Cognito resources needs far fewer).</summary>
        public const int MaxDepth = 64;

        /// <summary>Parses <paramref name="text"/>; on failure returns null and sets <paramref name="error"/> (line, column, message).</summary>
        public static JsonTreeNode? Parse(JsonText text, out (int Line, int Column, string Message)? error)
        {
            error = null;
            if (string.IsNullOrWhiteSpace(text.Text))
            {
                error = (1, 1, "the file is empty: expected a JSON object");
                return null;
            }

            try
            {
                // An escaped lone surrogate makes its whole string U+FFFD: no pool value needs one.
                return JsonTree.Parse(text, MaxDepth, EscapedLoneSurrogates.ReplaceString);
            }
            catch (JsonTreeException e) when (e.Error == JsonTreeError.TooDeep)
            {
                error = (e.Line, e.Column, $"JSON nested more than {MaxDepth} levels deep; no pool file needs that many, so the file was not read");
                return null;
            }
            catch (JsonTreeException e)
            {
                error = (e.Line, e.Column, "invalid JSON: " + e.Detail);
                return null;
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
            {
                error = (1, 1, "invalid JSON: " + JsonTree.ReaderMessage(e.Message));
                return null;
            }
        }

        /// <summary>A node's kind as shape problems name it.</summary>
        public static string Describe(JsonTreeNode? node) => node is null ? "nothing" : node.Kind switch
        {
            JsonTreeKind.Object => "an object",
            JsonTreeKind.Array => "an array",
            JsonTreeKind.String => "a string",
            JsonTreeKind.Number => "a number",
            JsonTreeKind.True or JsonTreeKind.False => "a boolean",
            JsonTreeKind.Null => "null",
            _ => "a value",
        };
    }
}
