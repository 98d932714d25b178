using System.Text;
using CognitoGen.Pool;

namespace CognitoGen.Tests.Pool;

/// <summary>
/// Shape problems name the line and column of the node, in code points, also deep into a large file (the position index
/// that replaced a scan from the start of the text per node).
/// </summary>
public class PoolJsonPositionsTests
{
    [Fact]
    public void A_problem_after_many_lines_of_multibyte_text_names_its_line_and_column()
    {
        var text = new StringBuilder("{\"Providers\": [\n");
        for (var i = 0; i < 3000; i++) text.Append($"  {{\"ProviderName\": \"Prövider€{i}\", \"ProviderType\": \"OIDC\"}},\n");
        // Line 3002: the name is a number.
        text.Append("  {\"ProviderType\": \"OIDC\", \"ProviderName\": 42}\n]}");

        var d = Assert.Single(UserPoolContextLoader.Load(new[] { ("idps.json", text.ToString()) }).Diagnostics);

        // "  {\"ProviderType\": \"OIDC\", \"ProviderName\": " is 43 characters, so the 42 starts in column 44.
        Assert.Equal(("idps.json", 3002, 44), (d.File, d.Line, d.Column));
    }

    [Fact]
    public void Columns_count_code_points_not_bytes()
    {
        // "€" is three bytes in UTF-8 and one column; "😀" is four bytes, two UTF-16 units and one column.
        var text = "{\"Providers\": [\n  {\"ProviderType\": \"OIDC\", \"€😀\": 1, \"ProviderName\": 7}\n]}";

        var d = Assert.Single(UserPoolContextLoader.Load(new[] { ("idps.json", text) }).Diagnostics);

        // 2 spaces, {, "ProviderType": (16), "OIDC", (8), "€😀": (6), 1, (3), "ProviderName": (16) = 52 columns before the 7.
        Assert.Equal((2, 53), (d.Line, d.Column));
    }
}
