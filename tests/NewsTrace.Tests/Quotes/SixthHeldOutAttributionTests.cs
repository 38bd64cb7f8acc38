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

    [Fact]
    public void A_member_of_parliament_described_by_a_lower_case_word_is_that_description()
    {
        const string text = "A government MP said the reshuffle had rewarded the loudest voices.";

        Assert.Equal("government MP", WithText(text, "the reshuffle had rewarded the loudest voices").Speaker);
    }

    [Fact]
    public void Came_from_after_an_uncued_quote_names_its_speaker()
    {
        const string text = "Two sources said the cabinet had met late on Friday.\n\n"
            + "\u201cShe has rewarded the people who shouted loudest.\u201d\n\n"
            + "That verdict came from a backbench MP who asked not to be named.";

        Assert.Equal("backbench MP", WithText(text, "She has rewarded the people who shouted loudest.").Speaker);
    }

    [Fact]
    public void Came_from_names_the_speaker_rather_than_the_person_defended()
    {
        const string text = "Voters in Truro were unsure. \u201cHe has had ten years to do it.\u201d\n\n"
            + "The defence of Governor Amos Pell came from Nora Quist, a volunteer two streets over.";

        Assert.Equal("Nora Quist", WithText(text, "He has had ten years to do it.").Speaker);
    }

    [Fact]
    public void That_was_a_named_person_again_names_the_speaker()
    {
        const string text = "Gail Ormsby asked about the forecast.\n\n"
            + "\u2018Everyone has read it except the man at the front.\u2019 That was Mr Tobin Rusk again, in the tea room afterwards.";

        Assert.Equal("Tobin Rusk", WithText(text, "Everyone has read it except the man at the front.").Speaker);
    }
}
