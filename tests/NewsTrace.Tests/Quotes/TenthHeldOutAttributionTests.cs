using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>
/// Attribution patterns that the tenth held-out set (eval/quotes/heldout10, the 2016 autumn campaign, its polls, the
/// transition) showed were missing, each on fixtures of our own with other names and words.
/// </summary>
public sealed class TenthHeldOutAttributionTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Theory]
    [InlineData("Lena Corbell manages the depot. Her rent, she said, will rise by a third in March.", "Her rent, she said, will rise by a third in March", "Lena Corbell")]
    [InlineData("The mill, the inspector noted, had never been tested for asbestos.", "The mill, the inspector noted, had never been tested for asbestos", "the inspector")]
    [InlineData("After two hours, Mr. Vane said, the crowd went home quietly.", "After two hours, Mr. Vane said, the crowd went home quietly", "Vane")]
    public void A_cue_set_off_by_commas_inside_its_clause_reports_the_whole_clause(string text, string clause, string speaker)
    {
        var quote = WithText(text, clause);

        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_conjunction_after_the_inserted_cue_ends_the_report()
    {
        const string text = "The boiler was still running, firefighters said, and a neighbour smelled gas an hour later.";

        Assert.Equal("firefighters", WithText(text, "The boiler was still running").Speaker);
    }

    [Fact]
    public void A_writer_s_aside_is_no_report()
    {
        const string text = "Ina Sorel runs the studio. We want to bring, like she said, some light to the players.";

        Assert.Empty(QuoteFinder.Find(text));
    }

    [Theory]
    [InlineData("The levy raised $40 million last year, according to Treasury Department figures.", "Treasury Department")]
    [InlineData("According to a Gallup tracking poll taken in May, the mayor led by six points.", "Gallup")]
    [InlineData("According to an NBC/Marist poll taken in May, the mayor led by six points.", "NBC/Marist")]
    [InlineData("The mayor led by six points, according to Harwood Media/VoterLens, which tracks local races.", "Harwood Media/VoterLens")]
    public void A_document_speaks_for_the_body_that_made_it(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(text)).Speaker);

    [Theory]
    [InlineData("The tape shows Mr. Ostrow joking with the host of the quiz program \"Prize Night\" before a taping.")]
    [InlineData("On NBC's \u201cMorning Ledger,\u201d the senator, Ada Frisk, repeated the claim.")]
    [InlineData("Outside the hall, students carried signs that read \"Books Not Bars\" and \"Fund Our Schools.\"")]
    [InlineData("The state scrapped its so-called \u201cLate Window,\u201d a week of early voting.")]
    [InlineData("The choice drew the usual scorn from the \u201cestablishment\u201d press, which had never liked him.")]
    public void Titles_slogans_and_scare_quotes_are_no_one_s_words(string text)
        => Assert.Empty(QuoteFinder.Find(text));

    [Fact]
    public void A_word_someone_called_a_thing_stays_their_partial_quote()
    {
        const string text = "Nell Vasko spoke next. She blamed what she called a \u201cbloated\u201d layer of managers.";

        Assert.Equal("Nell Vasko", WithText(text, "bloated").Speaker);
    }

    [Fact]
    public void A_quote_after_a_slogan_in_the_paragraph_before_is_still_speech()
    {
        const string text = "A man wore a T-shirt reading \u201cNo More Tolls.\u201d\n\n\u201cI have driven this road for thirty years,\u201d said Oren Palk, 70.";

        Assert.Equal("Oren Palk", WithText(text, "I have driven this road for thirty years,").Speaker);
    }

    [Theory]
    [InlineData("The video shows Hollis Brandt at a gala in 2009. In it, the businessman says he \"never pays\" for anything.", "never pays")]
    [InlineData("Hollis Brandt spoke in Ohio on Tuesday. The New York billionaire said voters were \"tired of waiting.\"", "tired of waiting.")]
    public void The_walk_of_life_of_the_story_s_protagonist_takes_him_up(string text, string quote)
        => Assert.Equal("Hollis Brandt", WithText(text, quote).Speaker);

    [Fact]
    public void An_honorific_may_open_the_reported_clause()
    {
        const string text = "Two officials, who spoke on condition of anonymity, said Mr. Tolland had decided to write to the committee.";

        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal("Mr. Tolland had decided to write to the committee", quote.Span.Of(text));
        Assert.Equal("officials", quote.Speaker);
    }

    [Fact]
    public void A_name_with_its_own_verb_after_the_cue_is_no_inverted_speaker()
    {
        const string text = "The aides, who asked not to be named, said Mr. Tolland had decided to write over the objections of his deputies.";

        Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Span.Of(text).StartsWith("The aides", StringComparison.Ordinal));
    }

    [Fact]
    public void A_month_s_abbreviation_after_the_cue_is_a_date()
        => Assert.Empty(QuoteFinder.Find("The two agencies announced Dec. 11 final changes to the rules on river dredging."));

    [Fact]
    public void Telling_a_listener_that_reports_the_clause()
    {
        const string text = "Mara Quill conceded on Wednesday, telling a hall of weary volunteers in Dayton that she had called her rival at dawn.";

        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal("she had called her rival at dawn", quote.Span.Of(text));
        Assert.Equal("Mara Quill", quote.Speaker);
    }

    [Fact]
    public void A_cue_inside_the_participle_s_report_is_part_of_it()
    {
        const string text = "Mr. Ostrow defended the move in a memo on Friday, saying he felt bound to tell the panel because he had testified that the review was closed.";

        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal("he felt bound to tell the panel because he had testified that the review was closed", quote.Span.Of(text));
    }

    [Fact]
    public void A_second_participle_ends_the_report()
    {
        const string text = "Speaker Ada Voss kept her distance, telling members that they were free to vote as they wished and declining to campaign with him.";

        Assert.Equal("Ada Voss", WithText(text, "they were free to vote as they wished").Speaker);
    }

    [Fact]
    public void A_cue_closing_the_sentence_still_reports_it_after_a_participle()
    {
        const string text = "But the witness grew afraid, telling her sister the night before that she would not testify, her lawyer explained.";

        Assert.Contains(QuoteFinder.Find(text), quote => quote.Speaker == "lawyer" || quote.Speaker == "her lawyer");
    }

    [Fact]
    public void A_pronoun_takes_up_the_named_subject_after_an_owner_s_role_not_the_listener()
    {
        const string text = "Corwin's press secretary, Lise Amberg, told ABC's Dana Holt that the team had \"never doubted\" the result.\n\n"
            + "\"Everyone here said we were finished,\" she said.";

        Assert.Equal("Lise Amberg", WithText(text, "Everyone here said we were finished,").Speaker);
    }

    [Fact]
    public void A_claim_signed_on_the_next_line_is_the_signer_s()
    {
        const string text = "Fact check: the numbers on mills\n\n\"We lost half our mills in ten years.\"\n-- Petra Lund, at a rally in Erie, May 3\n\nThe figure is wrong.";

        Assert.Equal("Petra Lund", WithText(text, "We lost half our mills in ten years.").Speaker);
    }

    [Fact]
    public void An_interviewer_who_presses_asks_the_question()
    {
        const string text = "\u201cEverything is possible,\u201d Ross Elder answered.\n\n\u201cSo that\u2019s a yes?\u201d Tamsin Byrd pressed.";

        Assert.Equal("Tamsin Byrd", WithText(text, "So that\u2019s a yes?").Speaker);
    }

    [Fact]
    public void Someone_new_placed_by_a_name_speaks_as_described()
    {
        const string text = "Donors were uneasy. A party fundraiser in Ohio said donors were \"close to walking away.\"";

        Assert.Equal("party fundraiser in Ohio", WithText(text, "close to walking away.").Speaker);
    }

    [Fact]
    public void The_nominee_takes_up_a_recent_subject_before_a_name_in_its_object()
    {
        const string text = "Hollis Brandt has not named Ron Vickery in any speech. But at a rally on Sunday, the nominee told the crowd that deserters would \"regret it.\"";

        Assert.Equal("Hollis Brandt", WithText(text, "regret it.").Speaker);
    }

    [Fact]
    public void A_naming_verb_s_object_after_an_earlier_quote_is_not_its_speaker()
    {
        const string text = "In an interview in May, Ada Voss said she had \"never\" taken a gift from them and called the complaint \"pure theatre.\"";

        Assert.Equal("Ada Voss", WithText(text, "pure theatre.").Speaker);
    }
}
