using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

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

    /// <summary>A JSON value with the position it starts at, so shape problems can name a line and column.</summary>
    internal sealed class PoolJsonNode
    {
        public PoolJsonNode(JsonValueKind kind, int line, int column)
        {
            Kind = kind;
            Line = line;
            Column = column;
        }

        public JsonValueKind Kind { get; }

        public int Line { get; }

        public int Column { get; }

        /// <summary>The string value, or the number's text.</summary>
        public string? Text { get; set; }

        /// <summary>Object members in order (a repeated name keeps its first value for lookup).</summary>
        public List<KeyValuePair<string, PoolJsonNode>> Members { get; } = new();

        public List<PoolJsonNode> Items { get; } = new();

        public PoolJsonNode? this[string name]
        {
            get
            {
                if (Kind != JsonValueKind.Object) return null;
                foreach (var m in Members)
                {
                    if (string.Equals(m.Key, name, StringComparison.Ordinal)) return m.Value;
                }

                return null;
            }
        }

        public string? StringValue => Kind == JsonValueKind.String ? Text : null;

        public bool? BoolValue => Kind == JsonValueKind.True ? true : Kind == JsonValueKind.False ? false : null;

        public static string Describe(PoolJsonNode? node) => node is null ? "nothing" : node.Kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Null => "null",
            _ => "a value",
        };
    }

    /// <summary>The pool-file JSON parser: a tree with positions, and a one-line error (never an exception) for bad text.</summary>
    internal static class PoolJsonParser
    {
        /// <summary>Objects and arrays nested deeper than this are refused (a CloudFormation template of Cognito resources needs far fewer).</summary>
        public const int MaxDepth = 64;

        private sealed class TooDeep : Exception
        {
            public TooDeep(long offset) => Offset = offset;

            public long Offset { get; }
        }

        /// <summary>Parses <paramref name="text"/>; on failure returns null and sets <paramref name="error"/> (line, column, message).</summary>
        public static PoolJsonNode? Parse(string text, out (int Line, int Column, string Message)? error)
        {
            error = null;
            if (string.IsNullOrWhiteSpace(text))
            {
                error = (1, 1, "the file is empty: expected a JSON object");
                return null;
            }

            var utf8 = Encoding.UTF8.GetBytes(text);
            var positions = new Positions(utf8);
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth * 4, CommentHandling = JsonCommentHandling.Disallow });
            try
            {
                if (!reader.Read())
                {
                    error = (1, 1, "the file is empty: expected a JSON object");
                    return null;
                }

                var root = ReadValue(ref reader, positions);
                reader.Read(); // Throws on trailing content.
                return root;
            }
            catch (TooDeep e)
            {
                var (line, column) = positions.At(e.Offset);
                error = (line, column, $"JSON nested more than {MaxDepth} levels deep; no pool file needs that many, so the file was not read");
                return null;
            }
            catch (JsonException e)
            {
                var (line, column) = positions.AtLine(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
                error = (line, column, "invalid JSON: " + ReaderMessage(e.Message));
                return null;
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
            {
                error = (1, 1, "invalid JSON: " + ReaderMessage(e.Message));
                return null;
            }
        }

        private static PoolJsonNode ReadValue(ref Utf8JsonReader reader, Positions positions)
        {
            var offset = reader.TokenStartIndex;
            var (line, column) = positions.At(offset);
            var node = new PoolJsonNode(reader.TokenType switch
            {
                JsonTokenType.StartObject => JsonValueKind.Object,
                JsonTokenType.StartArray => JsonValueKind.Array,
                JsonTokenType.String => JsonValueKind.String,
                JsonTokenType.Number => JsonValueKind.Number,
                JsonTokenType.True => JsonValueKind.True,
                JsonTokenType.False => JsonValueKind.False,
                _ => JsonValueKind.Null,
            }, line, column);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    if (reader.CurrentDepth >= MaxDepth) throw new TooDeep(offset);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var name = ReadString(ref reader);
                        reader.Read();
                        node.Members.Add(new KeyValuePair<string, PoolJsonNode>(name, ReadValue(ref reader, positions)));
                    }

                    break;
                case JsonTokenType.StartArray:
                    if (reader.CurrentDepth >= MaxDepth) throw new TooDeep(offset);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        node.Items.Add(ReadValue(ref reader, positions));
                    }

                    break;
                case JsonTokenType.String:
                    node.Text = ReadString(ref reader);
                    break;
                case JsonTokenType.Number:
                    node.Text = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                    break;
            }

            return node;
        }

        /// <summary>The string's value; an escaped lone surrogate (valid JSON, refused by GetString) becomes U+FFFD.</summary>
        private static string ReadString(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString() ?? string.Empty;
            }
            catch (InvalidOperationException)
            {
                return "\uFFFD";
            }
        }

        private static string ReaderMessage(string message)
        {
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var result = (cut < 0 ? message : message.Substring(0, cut)).Trim().TrimEnd('|').Trim();
            return result.Replace("\r", " ").Replace("\n", " ");
        }

        /// <summary>
        /// Turns UTF-8 byte offsets into 1-based lines and code-point columns. Every node asks, so a lookup must not scan
        /// the text from its start (that made a 1 MB template take a minute): line starts are indexed once, a lookup is
        /// a binary search plus a scan of one line.
        /// </summary>
        private sealed class Positions
        {
            private readonly byte[] _utf8;
            private readonly List<long> _lineStarts = new() { 0 };

            public Positions(byte[] utf8)
            {
                _utf8 = utf8;
                for (var i = 0; i < utf8.Length; i++)
                {
                    if (utf8[i] == (byte)'\n') _lineStarts.Add(i + 1);
                }
            }

            // The reader asks in increasing order, so a lookup on the line of the last one resumes from it: a long line
            // (minified JSON is one line) is scanned once, not once per node.
            private int _lastIndex = -1;
            private long _lastOffset;
            private int _lastColumn;

            public (int Line, int Column) At(long offset)
            {
                offset = Math.Max(0, Math.Min(offset, _utf8.Length));
                var index = _lineStarts.BinarySearch(offset);
                if (index < 0) index = ~index - 1;
                var column = 1;
                var i = _lineStarts[index];
                if (index == _lastIndex && offset >= _lastOffset)
                {
                    i = _lastOffset;
                    column = _lastColumn;
                }

                for (; i < offset; i++)
                {
                    if ((_utf8[i] & 0xC0) != 0x80) column++;
                }

                _lastIndex = index;
                _lastOffset = offset;
                _lastColumn = column;
                return (index + 1, column);
            }

            public (int Line, int Column) AtLine(long zeroBasedLine, long bytePositionInLine)
            {
                var line = (int)Math.Max(0, Math.Min(zeroBasedLine, _lineStarts.Count - 1));
                return At(_lineStarts[line] + bytePositionInLine);
            }
        }
    }
}
