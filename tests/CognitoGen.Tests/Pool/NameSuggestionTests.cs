extern alias analyzers;

using NameSuggestion = analyzers::CognitoGen.Rules.NameSuggestion;

namespace CognitoGen.Tests.Pool;

/// <summary>The did-you-mean helper: near names are suggested, unlike or tied ones are not.</summary>
public sealed class NameSuggestionTests
{
    private static readonly string[] PoolScopes = { "orders/read", "orders/write", "solar-system-data/asteroids.add" };

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("orders/raed", "orders/read", 1)]
    [InlineData("same", "same", 0)]
    public void Distance_is_the_optimal_string_alignment_distance_a_swap_is_one_edit(string a, string b, int expected) =>
        Assert.Equal(expected, NameSuggestion.Distance(a, b, caseSensitive: true));

    [Theory]
    [InlineData("orders/raed", "orders/read")]
    [InlineData("order/write", "orders/write")]
    [InlineData("solar-system-data/asteroid.add", "solar-system-data/asteroids.add")]
    public void A_typo_gets_the_nearest_pool_name(string value, string expected) =>
        Assert.Equal(expected, NameSuggestion.Nearest(value, PoolScopes));

    [Theory]
    [InlineData("billing/charge")]
    [InlineData("x")]
    [InlineData("orders/read")]
    public void Nothing_is_suggested_for_an_unlike_name_or_an_exact_one(string value) =>
        Assert.Null(NameSuggestion.Nearest(value, PoolScopes));

    [Fact]
    public void A_tie_between_two_names_suggests_neither() =>
        Assert.Null(NameSuggestion.Nearest("ab", new[] { "aa", "bb" }));

    [Fact]
    public void Case_matters_but_a_case_slip_is_near() =>
        Assert.Equal("Google", NameSuggestion.Nearest("google", new[] { "Google", "Facebook" }));
}
