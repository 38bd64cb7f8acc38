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
    public void The_company_is_never_the_outlet_the_story_cites()
    {
        const string text = "The clinic's owner, Marlowe Care Partners, closed it in May. In a statement to NPR, the company says no buyer came forward.";

        Assert.Equal("Marlowe Care Partners", Quote(text, "no buyer").Speaker);
    }

    [Fact]
    public void The_company_passes_over_an_association_but_the_group_does_not()
    {
        const string company = "Brackwater Terminals hired 40 crane drivers. The Port Shippers Association backed the plan. The company said the cranes would arrive in June.";
        const string group = "The Association of Grain Haulers, the industry's trade group, wrote to the board. In the letter, the group said the rules would cost jobs.";

        Assert.Equal("Brackwater Terminals", Quote(company, "the cranes").Speaker);
        Assert.Equal("Association of Grain Haulers", Quote(group, "the rules").Speaker);
    }

    [Theory]
    [InlineData("The hospital's owner, Marlowe Care Partners, lost money for years. Marlowe says it looked for a buyer for two years.", "it looked")]
    [InlineData("Workers voted against the union at Tamsett Seating on Friday. Tamsett denied any threats. In a statement, the company said it had followed the law.", "it had")]
    public void A_company_s_short_name_speaks_under_the_full_name_given_before(string text, string clause)
    {
        var quote = Quote(text, clause);

        Assert.Equal(text.Contains("Marlowe", StringComparison.Ordinal) ? "Marlowe Care Partners" : "Tamsett Seating", quote.Speaker);
    }

    [Theory]
    [InlineData("Comptroller Nadia Ferrante's 52-page report says the agency rewrote the scoring sheets.", "Nadia Ferrante")]
    [InlineData("Mayor Tomas Bellweather spoke first. The mayor's statement said the city would appeal the ruling.", "Tomas Bellweather")]
    public void A_text_speaks_for_its_owner(string text, string speaker)
        => Assert.Equal(speaker, QuoteFinder.Find(text).Last().Speaker);

    [Fact]
    public void A_lead_s_role_takes_up_the_name_the_next_sentence_gives_with_that_title()
    {
        const string text = "The lottery's director was put on leave hours after the state auditor said he had steered a contract to a relative.\n\n"
            + "State Auditor Nadia Ferrante's report says the director rewrote the scoring sheets.";

        Assert.Equal("Nadia Ferrante", Quote(text, "he had steered").Speaker);
    }

    [Theory]
    [InlineData("After hours of testimony from dockworkers and a terminal operator that says its survival depends on cranes, the board voted.", "terminal operator")]
    [InlineData("A fencing company that lost the bid has filed a protest, arguing that the agency ignored its lower price.", "fencing company")]
    public void A_relative_that_stands_for_the_noun_before_it(string text, string speaker)
        => Assert.Equal(speaker, QuoteFinder.Find(text).First().Speaker);

    [Fact]
    public void Another_source_is_its_own_speaker_without_the_word_another()
    {
        const string text = "Another league source with knowledge of the club's plans said the coach was never told.";

        Assert.Equal("league source with knowledge of the club's plans", Quote(text, "the coach").Speaker);
    }
}
