using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>"The bureau", "the agency": a description that takes up a known organisation through a name the story never wrote.</summary>
public sealed class KnownInstitutionNamesTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Theory]
    [InlineData("Agents of the F.B.I. searched the depot. A spokesman for the bureau said the search was \u201croutine.\u201d", "routine.", "F.B.I.")]
    [InlineData("The CIA lost track of the courier in May. \u201cWe regret the lapse,\u201d the agency said.", "We regret the lapse,", "CIA")]
    public void The_head_word_of_a_known_organisation_s_long_name_takes_it_up(string text, string quote, string speaker)
        => Assert.Equal(speaker, WithText(text, quote).Speaker);

    [Fact]
    public void A_head_word_no_name_holds_stays_as_written()
    {
        const string text = "Agents of the F.B.I. searched the depot. \u201cWe had no notice,\u201d the commission said.";

        Assert.Equal("commission", WithText(text, "We had no notice,").Speaker);
    }
}
