using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 16 (a hospital closing, hearings and inquiries), in sentences written for these tests.</summary>
public sealed class SixteenthHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Fact]
    public void She_is_the_subject_of_the_last_paragraph_not_an_earlier_woman_marked_by_her_name()
    {
        const string text = "Sarah Quennell, a hospital economist, says closures follow a familiar pattern.\n\n"
            + "Ada Pettigrew found out what that means in March. The retired bus driver slipped on her porch steps.\n\n"
            + "“They kept telling me the ambulance was close,” she says.";

        Assert.Equal("Ada Pettigrew", Quote(text, "They kept").Speaker);
    }

    [Fact]
    public void An_unnamed_source_whose_relative_clause_holds_a_verb_of_asking_is_still_she()
    {
        const string text = "Orla Pettigrew waited an hour for help.\n\n"
            + "A former clinic nurse, who asked not to be named because she still works for the chain, says the board knew for years.\n\n"
            + "“Everyone in town knew,” she says.";

        Assert.Equal("former clinic nurse", Quote(text, "Everyone").Speaker);
    }

    [Theory]
    [InlineData("A member of the clinic’s former advisory board says the town was warned in 2015.", "member of the clinic’s former advisory board")]
    [InlineData("A member of the school's parent council said the town was warned in 2015.", "member of the school's parent council")]
    [InlineData("The chief of staff's office said the town was warned in 2015.", "chief of staff's office")]
    public void A_possessive_inside_the_phrase_after_of_keeps_the_head_before_it(string text, string speaker)
        => Assert.Equal(speaker, Quote(text, "the town").Speaker);

    [Fact]
    public void Another_source_is_its_own_speaker_without_the_word_another()
    {
        const string text = "Another league source with knowledge of the club's plans said the coach was never told.";

        Assert.Equal("league source with knowledge of the club's plans", Quote(text, "the coach").Speaker);
    }
}
