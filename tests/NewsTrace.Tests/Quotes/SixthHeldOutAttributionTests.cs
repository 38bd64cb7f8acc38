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

    [Fact]
    public void Began_after_a_quote_opens_a_speech_split_by_its_cue()
    {
        const string text = "Nadia Brill, the shadow chancellor, rose first. \u2018Will the Chancellor confirm,\u2019 she began, \u2018what the rail fare rise will be in March?\u2019";

        Assert.Equal("Nadia Brill", WithText(text, "Will the Chancellor confirm,").Speaker);
        Assert.Equal("Nadia Brill", WithText(text, "what the rail fare rise will be in March?").Speaker);
    }

    [Fact]
    public void Began_without_a_quote_before_it_is_no_cue()
    {
        const string text = "The count began on Monday. Officials said the count began late.";

        Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Cue == "began");
    }
}
