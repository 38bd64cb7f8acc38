using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

public sealed class BylineNamesTests
{
    [Theory]
    [InlineData("Sarvonia wants assurances on the dam\nIrma Dolenc, Harbour Courier\nTuesday 3 June 2025\n\nGENEVA \u2014 Sarvonia will not oppose the new dam but wants assurances on water, its U.N. ambassador said after a meeting on Monday.\n\n\"Our farms depend on the river,\" Ambassador Tomas Reyk said.")]
    [InlineData("Sarvonia wants assurances on the dam\nBy Irma Dolenc\n\nGENEVA \u2014 Sarvonia will not oppose the new dam but wants assurances on water, its U.N. ambassador said after a meeting on Monday.\n\n\"Our farms depend on the river,\" Ambassador Tomas Reyk said.")]
    public void The_writer_named_in_the_byline_is_no_antecedent_for_a_description(string text)
    {
        var reported = QuoteFinder.Find(text).Single(quote => quote.Kind == QuoteKinds.Reported && quote.Span.Of(text).StartsWith("Sarvonia", StringComparison.Ordinal));

        Assert.Equal("Tomas Reyk", reported.Speaker);
    }
}
