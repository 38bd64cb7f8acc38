using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

public sealed class ReportedSpeechTests
{
    [Theory]
    [InlineData("Marta Kowalczyk said the harbour would reopen in May after repairs.", "the harbour would reopen in May after repairs", "said")]
    [InlineData("Marta Kowalczyk said that the harbour would reopen in May after repairs.", "the harbour would reopen in May after repairs", "said")]
    [InlineData("Marta Kowalczyk said on Tuesday that the harbour would reopen in May.", "the harbour would reopen in May", "said")]
    [InlineData("Marta Kowalczyk told reporters the harbour would reopen in May.", "the harbour would reopen in May", "told")]
    [InlineData("Marta Kowalczyk warned that the harbour could stay shut until May.", "the harbour could stay shut until May", "warned")]
    public void A_cue_followed_by_a_clause_is_reported_speech(string text, string clause, string cue)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal(clause, quote.Span.Of(text));
        Assert.Equal("Marta Kowalczyk", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void A_clause_followed_by_the_attribution_is_reported_speech()
    {
        const string text = "The old bridge will stay closed until Monday, the regional roads office said.";
        var quote = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal("The old bridge will stay closed until Monday", quote.Span.Of(text));
        Assert.Equal("regional roads office", quote.Speaker);
    }

    [Theory]
    [InlineData("According to Marta Kowalczyk, the harbour will reopen in May.", "the harbour will reopen in May")]
    [InlineData("The harbour will reopen in May, according to Marta Kowalczyk.", "The harbour will reopen in May")]
    public void According_to_names_the_source(string text, string clause)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal(QuoteKinds.AccordingTo, quote.Kind);
        Assert.Equal(clause, quote.Span.Of(text));
        Assert.Equal("Marta Kowalczyk", quote.Speaker);
        Assert.Equal("according to", quote.Cue);
    }

    [Theory]
    [InlineData("Local officials said the road would stay closed for a week.")]
    [InlineData("Both ministers said they wanted closer ties by next year.")]
    [InlineData("The report said nothing about the cost of the project.")]
    public void Vague_groups_and_non_speech_are_not_reported(string text)
        => Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Reported);
}
