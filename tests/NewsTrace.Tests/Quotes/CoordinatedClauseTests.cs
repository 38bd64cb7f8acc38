using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>"said X and that Y": each coordinated that-clause is a claim of its own, listed and compared on its own.</summary>
public sealed class CoordinatedClauseTests
{
    private static List<string> Reported(string text)
        => [.. QuoteFinder.Find(text).Where(quote => quote.Kind == QuoteKinds.Reported).Select(quote => quote.Span.Of(text))];

    [Theory]
    [InlineData("Mayor Lena Brightwater said the bridge would reopen in May and that the city would pay for the repairs.")]
    [InlineData("Mayor Lena Brightwater said the bridge would reopen in May, and that the city would pay for the repairs.")]
    public void Two_that_clauses_are_two_reports(string text)
    {
        Assert.Equal(["the bridge would reopen in May", "the city would pay for the repairs"], Reported(text));
    }

    [Fact]
    public void A_but_that_clause_is_a_report_of_its_own()
    {
        const string text = "Gideon Farrow said he did not recall the call but that he had often passed on such requests.";

        Assert.Equal(["he did not recall the call", "he had often passed on such requests"], Reported(text));
    }

    [Fact]
    public void That_before_a_verb_is_a_pronoun_and_leaves_one_clause()
    {
        const string text = "Gideon Farrow said he loved the town and that was why he stayed for forty years.";

        Assert.Equal(["he loved the town and that was why he stayed for forty years"], Reported(text));
    }

    [Fact]
    public void The_clause_holding_quoted_words_is_the_fragment_s_and_the_other_is_reported()
    {
        const string text = "Senator Ruth Castellane said the gap would reopen within three years and that Congress would be \u201cright back here with the same bridges.\u201d";

        var quotes = QuoteFinder.Find(text);

        Assert.Equal(["the gap would reopen within three years"], Reported(text));
        Assert.Contains(quotes, quote => quote.Kind == QuoteKinds.Partial && quote.Speaker == "Ruth Castellane");
    }

    [Fact]
    public void Clauses_coordinated_inside_an_inner_report_stay_together()
    {
        const string text = "Marta Quillon said a neighbour told her that the boy was reaching for his belt and that he never held a weapon.";

        var quotes = QuoteFinder.Find(text);

        Assert.Contains(quotes, quote => quote.Speaker == "Marta Quillon" && quote.Span.Of(text).EndsWith("and that he never held a weapon", StringComparison.Ordinal));
        Assert.Equal("neighbour", Assert.Single(quotes, quote => quote.Span.Of(text) == "he never held a weapon").Speaker);
    }

    [Fact]
    public void A_clause_after_the_one_holding_quoted_words_is_reported()
    {
        const string text = "The mayor's office said in a statement that the plan was \u201cunworkable and unfair\u201d and that the mayor would veto it in its current form.";

        Assert.Equal(["the mayor would veto it in its current form"], Reported(text));
    }

    [Fact]
    public void Interjected_reports_a_clause()
    {
        const string text = "The board's attorney, Hal Mapother, interjected that personnel matters could not be discussed in open session.";

        Assert.Equal("Hal Mapother", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Theory]
    [InlineData("The joint commission will meet in Velgrad next month, and the president has agreed to visit early next year, Minister Arkady Pelin said, without naming a date.")]
    [InlineData("The joint commission will meet in Velgrad next month, Minister Arkady Pelin said after a briefing to the Security Council by his Tevanian counterpart on Wednesday.")]
    public void A_trailing_cue_may_be_followed_by_an_aside_or_a_long_phrase_of_occasion(string text)
    {
        Assert.Equal("Arkady Pelin", Assert.Single(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Reported).Speaker);
    }
}
