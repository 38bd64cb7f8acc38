using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>A subject with a relative clause before the verb of saying: the noun it describes speaks.</summary>
public sealed class RelativeClauseSubjectTests
{
    [Theory]
    [InlineData("A senior diplomat who followed the meeting said the deal was close.", "senior diplomat")]
    [InlineData("A lawyer who represents the families said the ruling was unfair.", "lawyer")]
    [InlineData("The official who briefed reporters said the talks would resume on Monday.", "The official")]
    [InlineData("Ines Varga, who chairs the committee, said the vote would be held in March.", "Ines Varga")]
    public void The_noun_before_who_speaks(string text, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_relative_clause_with_its_own_subject_keeps_that_subject()
    {
        const string text = "PHOENIX (Desert Ledger) — Republican Senate candidate Mark Dunmore deleted a series of social media posts on Sunday in which he had suggested that benefits were \"too easy to get,\" a day after the comments drew criticism.";

        var partial = QuoteFinder.Find(text).Single(q => q.Span.Of(text).Contains("too easy", StringComparison.Ordinal));

        Assert.Equal("Mark Dunmore", partial.Speaker);
    }
}
