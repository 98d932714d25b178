using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CognitoGen
{
    /// <summary>What a <see cref="JsonTreeNode"/> holds.</summary>
    internal enum JsonTreeKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>What an escaped lone surrogate (<c>"\ud800"</c>: valid JSON, but not Unicode text) becomes in a decoded string.</summary>
    internal enum EscapedLoneSurrogates
    {
        /// <summary>The string keeps the lone surrogate, as written.</summary>
        Keep,

        /// <summary>The whole string becomes U+FFFD.</summary>
        ReplaceString,
    }

    /// <summary>Why <see cref="JsonTree.Parse"/> refused a text.</summary>
    internal enum JsonTreeError
    {
        /// <summary>The text is not JSON (or has comments or trailing commas); <see cref="JsonTreeException.Detail"/> says why.</summary>
        Syntax,

        /// <summary>Objects and arrays nest deeper than the caller allows; the position is the first container too deep.</summary>
        TooDeep,
    }

    /// <summary>A JSON value and the UTF-8 byte offset of its first token.</summary>
    internal sealed class JsonTreeNode
    {
        private static readonly JsonTreeMember[] NoMembers = Array.Empty<JsonTreeMember>();
        private static readonly JsonTreeNode[] NoItems = Array.Empty<JsonTreeNode>();

        public JsonTreeNode(JsonTreeKind kind, long offset, string? text = null, IReadOnlyList<JsonTreeMember>? members = null, IReadOnlyList<JsonTreeNode>? items = null)
        {
            Kind = kind;
            Offset = offset;
            Text = text;
            Members = members ?? NoMembers;
            Items = items ?? NoItems;
        }

        public JsonTreeKind Kind { get; }

        /// <summary>Byte offset of the value's first token in the UTF-8 text; <see cref="JsonText.At"/> turns it into a line and column.</summary>
        public long Offset { get; }

        /// <summary>The decoded string, or the number as written; null for other kinds.</summary>
        public string? Text { get; }

        /// <summary>An object's members in document order, repeated names included; empty for other kinds.</summary>
        public IReadOnlyList<JsonTreeMember> Members { get; }

        /// <summary>An array's items in order; empty for other kinds.</summary>
        public IReadOnlyList<JsonTreeNode> Items { get; }

        /// <summary>The value of the first member called <paramref name="name"/> (names compared ordinally), or null when there is none or this is not an object.</summary>
        public JsonTreeNode? this[string name]
        {
            get
            {
                foreach (var m in Members)
                {
                    if (string.Equals(m.Name, name, StringComparison.Ordinal)) return m.Value;
                }

                return null;
            }
        }

        /// <summary>The string, or null when this is not a string.</summary>
        public string? StringValue => Kind == JsonTreeKind.String ? Text : null;

        /// <summary>The boolean, or null when this is not <c>true</c> or <c>false</c>.</summary>
        public bool? BoolValue => Kind == JsonTreeKind.True ? true : Kind == JsonTreeKind.False ? false : null;
    }

    /// <summary>An object member.</summary>
    /// <param name="Name">The decoded name.</param>
    /// <param name="Offset">Byte offset of the name in the UTF-8 text.</param>
    /// <param name="Value">The value.</param>
    internal sealed record JsonTreeMember(string Name, long Offset, JsonTreeNode Value);

    /// <summary>A text <see cref="JsonTree.Parse"/> refused, and where; each caller words its own message from this.</summary>
    internal sealed class JsonTreeException : Exception
    {
        public JsonTreeException(JsonTreeError error, int line, int column, string detail)
            : base(detail)
        {
            Error = error;
            Line = line;
            Column = column;
            Detail = detail;
        }

        public JsonTreeError Error { get; }

        /// <summary>1-based line.</summary>
        public int Line { get; }

        /// <summary>1-based column, in Unicode code points.</summary>
        public int Column { get; }

        /// <summary>For <see cref="JsonTreeError.Syntax"/>, the reader's reason on one line, without its own line and byte numbers; empty for <see cref="JsonTreeError.TooDeep"/>.</summary>
        public string Detail { get; }
    }

    /// <summary>
    /// The UTF-8 text of one JSON document, and positions in it: a UTF-8 byte offset (or the reader's line number and byte in
    /// that line) becomes a 1-based line and a 1-based column counted in Unicode code points. Lines end at <c>\n</c> only, so
    /// the <c>\r</c> of a <c>\r\n</c> is the last column of its line (as <see cref="Utf8JsonReader"/> counts lines). Line
    /// starts are indexed once; a lookup is a binary search plus a scan of one line, so asking for every node of a large
    /// file stays cheap.
    /// </summary>
    internal sealed class JsonText
    {
        private readonly List<long> _lineStarts = new() { 0 };

        /// <summary>Encodes <paramref name="text"/> as UTF-8 (an unpaired surrogate character becomes U+FFFD, as <see cref="Encoding.UTF8"/> does) and indexes its lines.</summary>
        public JsonText(string text)
        {
            Text = text;
            Utf8 = Encoding.UTF8.GetBytes(text);
            for (var i = 0; i < Utf8.Length; i++)
            {
                if (Utf8[i] == (byte)'\n') _lineStarts.Add(i + 1);
            }
        }

        /// <summary>The text as given.</summary>
        public string Text { get; }

        /// <summary>Its UTF-8 encoding, which byte offsets count in.</summary>
        public byte[] Utf8 { get; }

        /// <summary>Line and column of a byte offset (clamped to the text); an offset inside a multibyte character counts that character.</summary>
        public (int Line, int Column) At(long byteOffset)
        {
            var offset = Math.Max(0, Math.Min(byteOffset, Utf8.Length));
            var index = _lineStarts.BinarySearch(offset);
            if (index < 0) index = ~index - 1;
            var column = 1;
            for (var i = _lineStarts[index]; i < offset; i++)
            {
                if ((Utf8[i] & 0xC0) != 0x80) column++;
            }

            return (index + 1, column);
        }

        /// <summary>Line and column of the reader's 0-based line number and byte position in that line (<see cref="JsonException.LineNumber"/>, <see cref="JsonException.BytePositionInLine"/>).</summary>
        public (int Line, int Column) AtLine(long zeroBasedLine, long bytePositionInLine)
        {
            var line = (int)Math.Max(0, Math.Min(zeroBasedLine, _lineStarts.Count - 1));
            return At(_lineStarts[line] + bytePositionInLine);
        }

        /// <summary>Line and column of a UTF-16 index into <see cref="Text"/> (the characters before it encoded as <see cref="Utf8"/> encodes them).</summary>
        public (int Line, int Column) AtChar(int index) =>
            At(Encoding.UTF8.GetByteCount(Text.ToCharArray(0, Math.Max(0, Math.Min(index, Text.Length)))));
    }

    /// <summary>
    /// The one JSON parser of the app client reader and the pool-file loader: <see cref="Utf8JsonReader"/> into a
    /// <see cref="JsonTreeNode"/> tree that keeps byte offsets, member order and repeated names, and strings that
    /// <c>GetString</c> refuses (escaped lone surrogates), so each caller decides what they mean. Comments and trailing
    /// commas are refused.
    /// </summary>
    internal static class JsonTree
    {
        /// <summary>Parses the whole of <paramref name="text"/>.</summary>
        /// <param name="text">The document.</param>
        /// <param name="maxDepth">Objects and arrays may nest this many levels; a deeper one is <see cref="JsonTreeError.TooDeep"/>.</param>
        /// <param name="surrogates">What an escaped lone surrogate does to its string (or member name).</param>
        /// <returns>The root value.</returns>
        /// <exception cref="JsonTreeException">The text is not one JSON value, or nests too deeply.</exception>
        public static JsonTreeNode Parse(JsonText text, int maxDepth, EscapedLoneSurrogates surrogates)
        {
            // The reader's own limit is set above the caller's, so that the caller's (with its own message) always fires first.
            var reader = new Utf8JsonReader(text.Utf8, new JsonReaderOptions { MaxDepth = maxDepth * 4, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
            var parser = new Parser(text, maxDepth, surrogates);
            try
            {
                parser.Next(ref reader);
                var root = parser.ReadValue(ref reader);
                // With the final block, trailing content throws here; a clean end returns false.
                reader.Read();
                return root;
            }
            catch (JsonException e)
            {
                var (line, column) = text.AtLine(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
                throw new JsonTreeException(JsonTreeError.Syntax, line, column, ReaderMessage(e.Message));
            }
        }

        /// <summary>An exception message on one line, without the reader's trailing "LineNumber: … | BytePositionInLine: …" (callers give line and column themselves).</summary>
        public static string ReaderMessage(string message)
        {
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut < 0) cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            var result = (cut < 0 ? message : message.Substring(0, cut)).Trim().TrimEnd('|').Trim();
            return result.Replace("\r", " ").Replace("\n", " ");
        }

        private readonly struct Parser
        {
            private readonly JsonText _text;
            private readonly int _maxDepth;
            private readonly EscapedLoneSurrogates _surrogates;

            public Parser(JsonText text, int maxDepth, EscapedLoneSurrogates surrogates)
            {
                _text = text;
                _maxDepth = maxDepth;
                _surrogates = surrogates;
            }

            public void Next(ref Utf8JsonReader reader)
            {
                // With the final block the reader throws on incomplete text; this is only a guard.
                if (!reader.Read()) throw Syntax(_text.Utf8.Length, "the text ends before the JSON value is complete");
            }

            public JsonTreeNode ReadValue(ref Utf8JsonReader reader)
            {
                var offset = reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    {
                        CheckDepth(ref reader);
                        var members = new List<JsonTreeMember>();
                        while (true)
                        {
                            Next(ref reader);
                            if (reader.TokenType == JsonTokenType.EndObject) return new JsonTreeNode(JsonTreeKind.Object, offset, members: members);
                            var nameOffset = reader.TokenStartIndex;
                            var name = ReadString(ref reader);
                            Next(ref reader);
                            members.Add(new JsonTreeMember(name, nameOffset, ReadValue(ref reader)));
                        }
                    }

                    case JsonTokenType.StartArray:
                    {
                        CheckDepth(ref reader);
                        var items = new List<JsonTreeNode>();
                        while (true)
                        {
                            Next(ref reader);
                            if (reader.TokenType == JsonTokenType.EndArray) return new JsonTreeNode(JsonTreeKind.Array, offset, items: items);
                            items.Add(ReadValue(ref reader));
                        }
                    }

                    case JsonTokenType.String:
                        return new JsonTreeNode(JsonTreeKind.String, offset, ReadString(ref reader));
                    case JsonTokenType.Number:
                        return new JsonTreeNode(JsonTreeKind.Number, offset, Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
                    case JsonTokenType.True:
                        return new JsonTreeNode(JsonTreeKind.True, offset);
                    case JsonTokenType.False:
                        return new JsonTreeNode(JsonTreeKind.False, offset);
                    case JsonTokenType.Null:
                        return new JsonTreeNode(JsonTreeKind.Null, offset);
                    default:
                        // Comments are refused by the reader, so no other token starts a value; this is only a guard.
                        throw Syntax(offset, $"unexpected {reader.TokenType}");
                }
            }

            private void CheckDepth(ref Utf8JsonReader reader)
            {
                // CurrentDepth of a start token counts the containers around it: maxDepth means this is one level too many.
                if (reader.CurrentDepth >= _maxDepth)
                {
                    var (line, column) = _text.At(reader.TokenStartIndex);
                    throw new JsonTreeException(JsonTreeError.TooDeep, line, column, string.Empty);
                }
            }

            private JsonTreeException Syntax(long offset, string detail)
            {
                var (line, column) = _text.At(offset);
                return new JsonTreeException(JsonTreeError.Syntax, line, column, detail);
            }

            /// <summary>The string token's value, unescaped by hand: <c>GetString</c> throws on escaped lone surrogates, which are valid JSON.</summary>
            private string ReadString(ref Utf8JsonReader reader)
            {
                var raw = Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                if (!reader.ValueIsEscaped) return raw;
                var value = Unescape(raw);
                return _surrogates == EscapedLoneSurrogates.ReplaceString && IndexOfLoneSurrogate(value) >= 0 ? "\uFFFD" : value;
            }
        }

        /// <summary>Unescapes a string body the reader has already validated (every backslash starts a valid escape).</summary>
        private static string Unescape(string raw)
        {
            var sb = new StringBuilder(raw.Length);
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (c != '\\' || i + 1 >= raw.Length)
                {
                    sb.Append(c);
                    continue;
                }

                var e = raw[++i];
                switch (e)
                {
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u' when i + 4 < raw.Length:
                        sb.Append((char)int.Parse(raw.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                        i += 4;
                        break;
                    default: sb.Append(e); break; // \" \\ \/
                }
            }

            return sb.ToString();
        }

        /// <summary>The index of the first surrogate character in <paramref name="value"/> that is not half of a pair, or -1.</summary>
        public static int IndexOfLoneSurrogate(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (!char.IsSurrogate(value[i])) continue;
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            return -1;
        }
    }
}
