using NewsTrace.Entities;
using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 27 (courts, referendums, regional legislatures), in sentences written for these tests.</summary>
public sealed class TwentySeventhHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Fact]
    public void An_infinitive_inside_a_reported_clause_is_no_cue_of_its_own()
    {
        const string text = "Ruling\n\nThe appellants' lawyer, Tobenna Ugochukwu, told reporters that the judges' refusal to admit the new affidavits had "
            + "\u201cclosed the case on a formality\u201d.";

        var quote = Quote(text, "closed the case");
        Assert.Equal(("Tobenna Ugochukwu", "told"), (quote.Speaker, quote.Cue));
    }

    [Fact]
    public void She_after_a_paragraph_that_opens_with_a_place_takes_up_the_person_named_after_it()
    {
        const string text = "Verdict\n\n\"The court has spoken,\" said Halima Okoro, a lecturer.\n\nMs Okoro said the turnout was the lowest in years.\n\n"
            + "At a bus depot in Garki, where a radio was playing the verdict, Adaeze Eze, a 31-year-old trader who voted for Mr Amadi, listened without a word.\n\n"
            + "\u201cI expected it, but it still hurts,\u201d she said.";

        Assert.Equal("Adaeze Eze", Quote(text, "I expected").Speaker);
    }

    [Fact]
    public void Where_a_group_was_interviewed_is_no_part_of_the_group()
    {
        const string text = "Protest\n\nSeveral marchers interviewed near the Odeon roundabout said they had come without any party's help.";

        Assert.Equal("marchers", Quote(text, "they had come").Speaker);
    }

    [Fact]
    public void A_member_of_a_regional_assembly_is_found_after_the_MLA_title_and_as_the_MLA()
    {
        const string text = "Referendum\n\nGreens MLA Daniel Ashworth-Pike, who backed the change, said he was \u201cdisappointed but not surprised\u201d. "
            + "\u201cWe will keep making the case,\u201d the Greens MLA said.";

        Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Person && m.Span.Of(text) == "Daniel Ashworth-Pike");
        Assert.Equal("Daniel Ashworth-Pike", Quote(text, "We will keep").Speaker);
    }

    [Theory]
    [InlineData("according to Norvish customs data", "Norvish customs")]
    [InlineData("according to police figures", "police")]
    public void An_institution_s_data_speak_for_the_institution(string source, string speaker)
    {
        var text = $"Trade\n\nExports fell by a third last year, {source}.";

        Assert.Equal(speaker, Quote(text, "Exports fell").Speaker);
    }

    [Fact]
    public void A_body_s_short_name_in_brackets_made_of_the_starts_of_its_words_is_the_body()
    {
        const string text = "Border\n\nThe ministry briefed the Andean Council (ANDECO) on Monday. ANDECO said in a statement that it backed \u201cthe territorial integrity\u201d of its members.";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "ANDECO" && m.Canonical == "Andean Council");
        Assert.Equal("Andean Council", Quote(text, "the territorial").Speaker);
    }

    [Fact]
    public void An_outlet_s_questions_under_its_name_are_not_listed_and_end_each_answer()
    {
        const string text = "Vote\n\nMP Ilga Berzina later spoke to Vidzeme Radio. Part of the interview:\n\n"
            + "Vidzeme Radio: Critics say the treaty was never read. What is your answer?\n\n"
            + "BERZINA: I read it twice. It protects people.\n\n"
            + "Vidzeme Radio: Will the president sign the law?\n\n"
            + "BERZINA: That is for him to say.";

        var quotes = QuoteFinder.Find(text);

        Assert.Equal(["I read it twice. It protects people.", "That is for him to say."], quotes.Select(quote => quote.Span.Of(text)));
        Assert.All(quotes, quote => Assert.Equal(("Ilga Berzina", QuoteKinds.Transcript), (quote.Speaker, quote.Kind)));
    }

    [Fact]
    public void An_organisation_s_name_before_a_colon_on_a_line_that_asks_nothing_opens_no_turn()
    {
        const string text = "Talks\n\nKremlin: no talks are planned this week\n\nThe spokesman gave no details.";

        Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Transcript);
    }

    [Fact]
    public void A_body_the_headline_describes_is_the_one_the_article_names_in_full()
    {
        const string text = "Most voters back the new dam, election commission says\n\n"
            + "Nearly two thirds of voters backed the dam in Sunday's referendum, the Central Election Commission said on Monday.";

        Assert.Equal("Central Election Commission", Quote(text, "Most voters").Speaker);
    }

    [Fact]
    public void A_briefing_label_with_an_honorific_is_the_person_it_names()
    {
        const string text = "Briefing\n\nPress secretary Dalia Rennick took questions.\n\nQ: Is the visit off?\n\nMS. RENNICK: No. It is on for Friday.";

        var answer = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal(("No. It is on for Friday.", "Dalia Rennick"), (answer.Span.Of(text), answer.Speaker));
    }
}
