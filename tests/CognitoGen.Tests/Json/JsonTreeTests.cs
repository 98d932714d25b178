extern alias analyzers;

using EscapedLoneSurrogates = analyzers::CognitoGen.EscapedLoneSurrogates;
using JsonText = analyzers::CognitoGen.JsonText;
using JsonTree = analyzers::CognitoGen.JsonTree;
using JsonTreeError = analyzers::CognitoGen.JsonTreeError;
using JsonTreeException = analyzers::CognitoGen.JsonTreeException;
using JsonTreeKind = analyzers::CognitoGen.JsonTreeKind;
using JsonTreeNode = analyzers::CognitoGen.JsonTreeNode;

namespace CognitoGen.Tests.Json;

/// <summary>
/// The one JSON tree of the app client reader and the pool loader: positions (code-point columns, lines ended by \n only),
/// the caller's depth limit, repeated names, and what escaped lone surrogates become.
/// </summary>
public class JsonTreeTests
{
    private static JsonTreeNode Parse(string json, int maxDepth = 16, EscapedLoneSurrogates surrogates = EscapedLoneSurrogates.Keep) =>
        JsonTree.Parse(new JsonText(json), maxDepth, surrogates);

    private static JsonTreeException Refused(string json, int maxDepth = 16) =>
        Assert.Throws<JsonTreeException>(() => Parse(json, maxDepth));

    // "é" is 2 bytes in UTF-8, "€" 3 and "😀" 4 (two UTF-16 units); each is one column.
    private const string Multibyte = "{\r\n  \"é€😀\": [1,\r\n  true]\r\n}";

    [Fact]
    public void Offsets_become_lines_and_code_point_columns_across_CRLF_and_multibyte_text()
    {
        var text = new JsonText(Multibyte);
        var root = JsonTree.Parse(text, 16, EscapedLoneSurrogates.Keep);

        var member = Assert.Single(root.Members);
        Assert.Equal("é€😀", member.Name);
        // Line 2 is `  "é€😀": [1,`: the name's quote is column 3, the [ column 10, the 1 column 11.
        Assert.Equal((2, 3), text.At(member.Offset));
        Assert.Equal((2, 10), text.At(member.Value.Offset));
        Assert.Equal((2, 11), text.At(member.Value.Items[0].Offset));
        Assert.Equal((3, 3), text.At(member.Value.Items[1].Offset));
        // Byte offsets by hand: { is 0, \r 1, \n 2; line 2 starts at 3, the name at 5, the [ at 18.
        Assert.Equal(5, member.Offset);
        Assert.Equal(18, member.Value.Offset);
    }

    [Fact]
    public void The_CR_of_a_CRLF_is_the_last_column_of_its_line()
    {
        var text = new JsonText(Multibyte);

        Assert.Equal((1, 2), text.At(1)); // \r
        Assert.Equal((1, 3), text.At(2)); // \n
        Assert.Equal((2, 1), text.At(3));
    }

    [Fact]
    public void An_offset_inside_a_multibyte_character_counts_that_character_and_offsets_are_clamped()
    {
        var text = new JsonText(Multibyte);

        // The é of line 2 is bytes 6 and 7 (column 4); byte 7 is its continuation byte.
        Assert.Equal((2, 4), text.At(6));
        Assert.Equal((2, 5), text.At(7));
        Assert.Equal((1, 1), text.At(-5));
        Assert.Equal((4, 2), text.At(10_000));
    }

    [Fact]
    public void The_readers_line_and_byte_in_line_give_the_same_position()
    {
        var text = new JsonText(Multibyte);

        // Line 2 (0-based 1), byte 12: two spaces, the quote, é (2 bytes), € (3), 😀 (4), then the closing quote.
        Assert.Equal((2, 7), text.AtLine(1, 12));
        Assert.Equal((1, 1), text.AtLine(0, 0));
        // A line past the end is the last line.
        Assert.Equal((4, 1), text.AtLine(99, 0));
    }

    [Fact]
    public void A_UTF16_index_gives_the_position_of_its_character()
    {
        var text = new JsonText("ab\n😀c\ud800");

        Assert.Equal((2, 1), text.AtChar(3));
        Assert.Equal((2, 2), text.AtChar(5)); // c, after the two UTF-16 units of 😀
        Assert.Equal((2, 3), text.AtChar(6));
    }

    [Fact]
    public void A_syntax_error_after_CRLF_lines_names_its_line_and_column_and_the_readers_reason_on_one_line()
    {
        var error = Refused("{\r\n  \"é\": x\r\n}");

        Assert.Equal(JsonTreeError.Syntax, error.Error);
        // `  "é": x`: the x is column 8.
        Assert.Equal((2, 8), (error.Line, error.Column));
        Assert.DoesNotContain("LineNumber", error.Detail);
        Assert.DoesNotContain("\n", error.Detail);
        Assert.NotEqual(string.Empty, error.Detail);
    }

    [Theory]
    [InlineData("[1,]", 1, 4)]
    [InlineData("{\"a\": 1,}", 1, 9)]
    [InlineData("[1 /* c */]", 1, 4)]
    [InlineData("// c\n[1]", 1, 1)]
    [InlineData("{} {}", 1, 4)]
    [InlineData("", 1, 1)]
    [InlineData("[\"open", 1, 7)]
    public void Comments_trailing_commas_trailing_content_and_incomplete_text_are_refused(string json, int line, int column)
    {
        var error = Refused(json);

        Assert.Equal(JsonTreeError.Syntax, error.Error);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Nesting_up_to_the_callers_depth_is_parsed_and_one_level_more_is_refused_at_that_container()
    {
        Assert.Equal(JsonTreeKind.Array, Parse("[[[]]]", maxDepth: 3).Items[0].Items[0].Kind);

        var error = Refused("{\"a\": {\"b\": {\"c\": {}}}}", maxDepth: 3);

        Assert.Equal(JsonTreeError.TooDeep, error.Error);
        // `{"a": {"b": {"c": {`: the fourth { is column 19.
        Assert.Equal((1, 19), (error.Line, error.Column));
        Assert.Equal(string.Empty, error.Detail);
    }

    [Fact]
    public void Far_deeper_than_the_readers_own_limit_is_still_the_callers_too_deep()
    {
        var error = Refused(new string('[', 10_000), maxDepth: 64);

        Assert.Equal(JsonTreeError.TooDeep, error.Error);
        Assert.Equal((1, 65), (error.Line, error.Column));
    }

    [Fact]
    public void Repeated_names_are_kept_in_order_and_lookup_gives_the_first()
    {
        var root = Parse("{\"a\":1,\"b\":2,\"a\":3}");

        Assert.Equal(new[] { "a", "b", "a" }, root.Members.Select(m => m.Name));
        Assert.Equal(new long[] { 1, 7, 13 }, root.Members.Select(m => m.Offset));
        Assert.Equal("1", root["a"]!.Text);
        Assert.Equal(5, root["a"]!.Offset);
        Assert.Equal("3", root.Members[2].Value.Text);
        Assert.Null(root["A"]);
        Assert.Null(root["a"]!["a"]);
    }

    [Fact]
    public void Strings_are_decoded_numbers_keep_their_text_and_literals_their_kind()
    {
        var root = Parse("[\"\\n\\t\\\"\\\\\\/\\u00e9\\ud83d\\ude00\", -1.50e3, true, false, null, {}, []]");

        Assert.Equal("\n\t\"\\/é😀", root.Items[0].StringValue);
        Assert.Equal(JsonTreeKind.Number, root.Items[1].Kind);
        Assert.Equal("-1.50e3", root.Items[1].Text);
        Assert.Null(root.Items[1].StringValue);
        Assert.Equal(new bool?[] { true, false, null }, root.Items.Skip(2).Take(3).Select(n => n.BoolValue));
        Assert.Equal(JsonTreeKind.Null, root.Items[4].Kind);
        Assert.Empty(root.Items[5].Members);
        Assert.Empty(root.Items[6].Items);
    }

    [Fact]
    public void Escaped_lone_surrogates_are_kept_when_the_caller_keeps_them()
    {
        var root = Parse("{\"n\\udc00\": [\"\\ud800\", \"a\\udc00b\", \"\\ud800\\u0041\"]}");

        Assert.Equal("n\udc00", root.Members[0].Name);
        Assert.Equal(new[] { "\ud800", "a\udc00b", "\ud800A" }, root.Members[0].Value.Items.Select(i => i.Text));
    }

    [Fact]
    public void Escaped_lone_surrogates_make_the_whole_string_U_FFFD_when_the_caller_replaces_them()
    {
        var root = Parse("{\"n\\udc00\": [\"a\\ud800b\", \"\\ud83d\\ude00\", \"\\\\ud800\", \"\\ud800\\ud800\"]}", surrogates: EscapedLoneSurrogates.ReplaceString);

        Assert.Equal("\uFFFD", root.Members[0].Name);
        // A pair is text; an escaped backslash followed by "ud800" is no surrogate at all.
        Assert.Equal(new[] { "\uFFFD", "😀", "\\ud800", "\uFFFD" }, root.Members[0].Value.Items.Select(i => i.Text));
    }

    [Fact]
    public void A_raw_lone_surrogate_character_is_encoded_as_U_FFFD_in_place()
    {
        // The .NET string is not Unicode text; its UTF-8 encoding has U+FFFD there (the app client reader refuses such text first).
        Assert.Equal("a\uFFFDb", Parse("\"a\ud800b\"", surrogates: EscapedLoneSurrogates.ReplaceString).Text);
        Assert.Equal("a\uFFFDb", Parse("\"a\ud800b\"").Text);
    }

    [Fact]
    public void The_first_lone_surrogate_is_found()
    {
        // Not theory data: test names with lone surrogates are not text either.
        Assert.Equal(5, JsonTree.IndexOfLoneSurrogate("ab\ud83d\ude00c\udc00"));
        Assert.Equal(0, JsonTree.IndexOfLoneSurrogate("\ud800"));
        Assert.Equal(1, JsonTree.IndexOfLoneSurrogate("x\ud800\ud800\udc00"));
        Assert.Equal(-1, JsonTree.IndexOfLoneSurrogate("\ud83d\ude00"));
        Assert.Equal(-1, JsonTree.IndexOfLoneSurrogate(string.Empty));
    }

    [Theory]
    [InlineData("'x' is an invalid start of a value. LineNumber: 1 | BytePositionInLine: 7.", "'x' is an invalid start of a value.")]
    [InlineData("Bad thing. Path: $.a | LineNumber: 0 | BytePositionInLine: 3.", "Bad thing. Path: $.a")]
    [InlineData("Bad thing. Path: $.a", "Bad thing.")]
    [InlineData("two\r\nlines |", "two  lines")]
    public void Reader_messages_lose_their_own_position_and_stay_one_line(string message, string expected) =>
        Assert.Equal(expected, JsonTree.ReaderMessage(message));
}
