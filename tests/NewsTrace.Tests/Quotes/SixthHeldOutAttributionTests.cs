using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>
/// Attribution patterns that the sixth held-out set (eval/quotes/heldout6, regional and parliamentary politics) showed
/// were missing, each on fixtures of our own with other names and words.
/// </summary>
public sealed class SixthHeldOutAttributionTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Fact]
    public void A_described_speaker_with_two_appositions_after_the_quote_is_the_named_person()
    {
        const string text = "\"The reservoir will be full by June,\" the dam project's chief engineer, Dr. Omar Feliciano, a hydrologist from Fresno, said on Friday.";

        Assert.Equal("Omar Feliciano", WithText(text, "The reservoir will be full by June,").Speaker);
    }
}
