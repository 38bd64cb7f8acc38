using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 22 (inquests, school boards, fire services), in sentences written for these tests.</summary>
public sealed class TwentySecondHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Fact]
    public void A_description_in_the_lead_takes_up_the_person_introduced_with_its_role_soon_after()
    {
        const string text = "The Harlow County school board passed a $400 million budget on Tuesday, after the district\u2019s superintendent warned that state aid would fall short.\n\n"
            + "The vote was 6 to 1.\n\n"
            + "Superintendent Marisol Quenneville, who took over the district in July, told the board the cuts were the mildest on offer.";

        Assert.Equal("Marisol Quenneville", Quote(text, "state aid").Speaker);
    }

    [Fact]
    public void A_description_after_other_people_takes_up_the_person_introduced_with_its_role_in_the_next_sentences()
    {
        const string text = "Gustavo Arrieta said the family would sue the city. He held up a photograph of his son.\n\n"
            + "The city\u2019s fire chief said in a written statement that she accepted every recommendation of the review.\n\n"
            + "Chief Ingrid Falkenrath, who took command in March, told the council the changes would start in June.";

        Assert.Equal("Ingrid Falkenrath", Quote(text, "she accepted").Speaker);
    }

    [Fact]
    public void A_description_right_after_a_named_person_stays_with_that_person()
    {
        const string text = "Members voted no confidence in Colin Ashdown on Monday, but the party leader insisted he would stay.\n\n"
            + "Deputy party leader Nora Wexley said she would not stand against him.";

        Assert.Equal("Colin Ashdown", Quote(text, "he would stay").Speaker);
    }

    [Fact]
    public void Ms_before_a_shared_surname_is_the_woman_of_the_family()
    {
        const string text = "Dermot Kavanagh, a retired fitter, died in March 2018. His wife, Brenda Kavanagh, told the inquest he had never complained.\n\n"
            + "Coroner Ingrid Sollis said the delay had cost Mr Kavanagh his life.\n\n"
            + "Asked what she would tell the paramedics, Ms Kavanagh smiled.\n\n"
            + "\u201cThank you,\u201d she said.";

        Assert.Equal("Brenda Kavanagh", Quote(text, "Thank you").Speaker);
    }

    [Fact]
    public void An_adverb_between_the_auxiliary_and_the_cue_is_no_part_of_the_subject()
    {
        const string text = "Tobias Wendler, a 24-year-old rower from Kassel, tested positive in May. He has always said he never took a banned drug.";

        Assert.Equal("Tobias Wendler", Quote(text, "he never took").Speaker);
    }

    [Fact]
    public void Some_of_whom_speaks_for_the_group_before_the_comma()
    {
        const string text = "The scheme has drawn complaints from tenants of the eastern blocks, some of whom say the lifts have been broken for weeks.";

        Assert.Equal("tenants of the eastern blocks", Quote(text, "the lifts").Speaker);
    }

    [Fact]
    public void The_institution_s_noun_takes_up_the_body_it_heads_not_a_later_one_that_only_holds_it()
    {
        const string text = "Kaveri State University on Monday froze its fees for two years.\n\n"
            + "The Kaveri University Staff Association welcomed the move.\n\n"
            + "According to the university, about 41,000 students are enrolled in its colleges.";

        Assert.Equal("Kaveri State University", Quote(text, "about 41,000").Speaker);
    }

    [Fact]
    public void A_spokesperson_of_an_acronym_speaks_for_the_body_the_story_defined_it_for()
    {
        const string text = "The Nordic Rowing Integrity Unit (NRIU), which brought the case, insisted the test was sound.\n\n"
            + "A NRIU spokesperson said the unit would cooperate with the review.";

        Assert.Equal("Nordic Rowing Integrity Unit", Quote(text, "the unit would").Speaker);
    }

    [Fact]
    public void A_verb_of_saying_after_and_shares_the_subject_of_the_verb_before_it()
    {
        const string text = "Kaveri State University on Monday withdrew a 30% rise in fees for its 90 colleges and announced that fees would stay at last year's level.";

        Assert.Equal("Kaveri State University", Quote(text, "fees would stay").Speaker);
    }

    [Fact]
    public void A_body_named_after_a_nationality_made_the_figures_whole()
    {
        // The outlet's line names a nationality too, and the entity layer then splits "Scottish" from the body.
        const string text = "Highland fire crews stretched\nThe Scotsman\nNovember 4, 2019\n\n"
            + "Dozens of retained stations could not send an engine last year, according to figures released by the Scottish Fire and Rescue Service.";

        Assert.Equal("Scottish Fire and Rescue Service", Quote(text, "Dozens of").Speaker);
    }

    [Fact]
    public void The_judge_takes_up_a_person_titled_Justice()
    {
        const string text = "In the Land and Environment Court on Thursday, Justice Mara Keelty said the council had ignored the alarms for two days.\n\n"
            + "Justice Keelty said the spill had killed at least 3000 fish, including golden perch and Murray cod.\n\n"
            + "The judge noted that the council had since spent $2 million on the pumps.";

        Assert.Equal("Mara Keelty", Quote(text, "the council had since").Speaker);
    }
}
