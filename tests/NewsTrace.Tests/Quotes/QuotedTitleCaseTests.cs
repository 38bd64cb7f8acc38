using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

public sealed class QuotedTitleCaseTests
{
    [Theory]
    [InlineData("Holding the Line", true)]
    [InlineData("Pathways Home: A Plan for Fairhaven", true)]
    [InlineData("Teflon Don", true)]
    [InlineData("We are not going anywhere", false)]
    [InlineData("Fight", false)]
    [InlineData("Will It Work?", false)]
    [InlineData("a Band-Aid on a broken leg", false)]
    public void Title_case_is_two_to_ten_words_capitalised_but_the_small_ones(string words, bool expected)
        => Assert.Equal(expected, QuotedTitleCase.IsTitleCase(words));

    [Fact]
    public void An_uncredited_title_in_the_body_is_no_quotation_but_one_in_the_headline_or_with_a_speaker_stays()
    {
        const string text = "Mayor Vows to \"Fight Like Hell\" Against Cuts\n\nThe campaign released an ad called \"Holding the Line\" on Monday."
            + "\n\n\"We Will Not Back Down,\" Mayor Ana Reyna said.";

        var quotes = QuoteFinder.Find(text).Select(quote => quote.Span.Of(text)).ToList();

        Assert.Contains("Fight Like Hell", quotes);
        Assert.DoesNotContain("Holding the Line", quotes);
        Assert.Contains(quotes, quote => quote.StartsWith("We Will Not Back Down", StringComparison.Ordinal));
    }
}
