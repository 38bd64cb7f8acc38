using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 15 (towns, strikes, hearings and agencies), in sentences written for these tests.</summary>
public sealed class FifteenthHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Theory]
    [InlineData("Several lobstermen on the pier said they had stopped fishing alone.", "lobstermen on the pier")]
    [InlineData("County clerks across the state said in a letter that they had stopped fishing alone.", "County clerks across the state")]
    [InlineData("Several nurses leaving the night shift said they had stopped fishing alone.", "nurses leaving the night shift")]
    public void A_group_placed_or_doing_something_is_the_speaker_not_the_place(string text, string group)
        => Assert.Equal(group, Quote(text, "they had").Speaker);

    [Theory]
    [InlineData("The Coast Guard plans to close its air station at Harlow Point next spring. The agency said the move would save $9 million a year.", "Coast Guard")]
    [InlineData("Workers at the plant voted against joining the United Automobile Workers. The union said it would file objections with the board.", "United Automobile Workers")]
    [InlineData("The National Labor Relations Board counted the ballots on Friday. The agency said 41 ballots were challenged.", "National Labor Relations Board")]
    public void The_agency_or_the_union_is_the_body_of_that_kind_named_before(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(text)).Speaker);

    [Fact]
    public void The_company_is_never_a_union_named_after_it()
    {
        const string text = "Tamsett Seating met the United Automobile Workers on Monday. The company said the plant would stay open.";

        Assert.Equal("Tamsett Seating", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void Someone_briefed_on_a_possessive_matter_is_the_speaker()
    {
        const string text = "A person briefed on the council's plans said the vote would be delayed.";

        Assert.Equal("person briefed on the council's plans", Quote(text, "the vote").Speaker);
    }

    [Theory]
    [InlineData("Officials on Tuesday said the road would reopen.", "Officials")]
    [InlineData("Police on Nov. 9 said the road would reopen.", "Police")]
    [InlineData("Mayor Tessa Brandt on Sunday said the road would reopen.", "Tessa Brandt")]
    public void A_day_after_the_subject_is_when_it_spoke_not_who(string text, string speaker)
        => Assert.Equal(speaker, Quote(text, "the road").Speaker);

    [Fact]
    public void A_note_in_brackets_after_a_transcript_label_is_no_part_of_the_name()
    {
        const string text = "Deputy Minister Ricardo Alvear and Undersecretary Nora Finch spoke to reporters after the talks.\n\n"
            + "QUESTION: When will the deliveries arrive?\n\n"
            + "ALVEAR (through an interpreter): We can begin within weeks. I do not want to promise a date.\n\n"
            + "FINCH: We asked for a schedule, and we will get one.";

        var answer = Quote(text, "We can begin");

        Assert.Equal(QuoteKinds.Transcript, answer.Kind);
        Assert.Equal("Ricardo Alvear", answer.Speaker);
        Assert.Equal("We can begin within weeks. I do not want to promise a date.", answer.Span.Of(text));
    }

    [Fact]
    public void A_person_the_narration_brings_on_speaks_the_uncued_quote_after_it()
    {
        const string text = "\"Most voters back the plan,\" Colm Purdie said in a statement.\n\n"
            + "Hal Brannigan, who leads the county's sportsmen's club, shook his head at the figure.\n\n"
            + "\"Ask those voters if they want a fine for lending a rifle to a cousin.\"";

        Assert.Equal("Hal Brannigan", Quote(text, "Ask those").Speaker);
    }

    [Fact]
    public void After_narrated_speech_the_uncued_quotes_answer_it_by_turns()
    {
        const string text = "Odile Farrant, who runs the lender, told the panel the delay was the FBI's request.\n\n"
            + "Sen. Wren Castellano (D-Vt.) did not accept that.\n\n"
            + "\"Why did it take four months?\" she asked.\n\n"
            + "Farrant said the company had needed the rest of the time to find which accounts were hit.\n\n"
            + "\"You knew within a week that numbers had been taken.\"\n\n"
            + "\"We knew some had been taken, senator. We did not know whose.\"\n\n"
            + "\"And all the while your customers were being drained.\"";

        Assert.Equal("Wren Castellano", Quote(text, "You knew").Speaker);
        Assert.Equal("Odile Farrant", Quote(text, "We knew").Speaker);
        Assert.Equal("Wren Castellano", Quote(text, "And all").Speaker);
    }

    [Fact]
    public void An_age_description_no_one_was_given_takes_up_the_person_the_story_brought_on()
    {
        const string text = "At the county fairgrounds, Marla Iversen sat in a camp chair beside two horse trailers.\n\n"
            + "\"We got the horses out, and the dogs,\" said the 41-year-old rancher. \"Everything else is still up there.\"";

        Assert.Equal("Marla Iversen", Quote(text, "We got").Speaker);
        Assert.Equal("Marla Iversen", Quote(text, "Everything").Speaker);
    }

    [Fact]
    public void A_quote_closing_a_paragraph_after_a_person_said_something_is_theirs()
    {
        const string text = "\"We had one amendment, and we could not get a vote on it,\" said Senator Ruth Calloway.\n\n"
            + "Asked about the amendment, Senator Curt Wendell said it would have reopened the whole deal. \"You cannot amend a treaty on the floor. Everyone here knows that.\"";

        Assert.Equal("Curt Wendell", Quote(text, "You cannot").Speaker);
    }

    [Theory]
    [InlineData("The Coastal Anglers Association, which has spent $2 million against the measure, opposes it. A CAA spokesman called the measure \"a gift to poachers.\"", "a gift", "Coastal Anglers Association")]
    [InlineData("Police must honor requests from U.S. Immigration and Customs Enforcement, the order says.\n\nICE said in a statement that detainers were \"a vital tool.\"", "a vital", "U.S. Immigration and Customs Enforcement")]
    public void An_acronym_speaks_under_the_name_the_story_wrote_out(string text, string startingWith, string speaker)
        => Assert.Equal(speaker, Quote(text, startingWith).Speaker);

    [Fact]
    public void Who_after_a_bracketed_party_tag_is_the_person_before_it()
    {
        const string text = "Those letters include one from Rep. Julia Calvo (D-Santa Rosa), who wrote to the commandant that the plan would leave the coast \"with no rescue helicopter within an hour.\"";

        Assert.Equal("Julia Calvo", Quote(text, "with no rescue").Speaker);
    }

    [Fact]
    public void The_spokeswoman_of_a_body_speaks_for_the_body()
    {
        const string text = "The Navy plans to close the base. The agency will hold a public meeting in Dovercourt on Nov. 9, the Navy's spokeswoman said.";

        Assert.Equal("Navy", Quote(text, "The agency will").Speaker);
    }

    [Fact]
    public void A_headline_quote_the_body_repeats_word_for_word_is_the_body_speakers()
    {
        const string text = "Senators grill lender's chief over breach: \u2018Why did it take four months?\u2019\n\n"
            + "Sen. Wren Castellano (D-Vt.) did not accept the account.\n\n"
            + "\u201cWhy did it take four months?\u201d she asked.";

        Assert.All(QuoteFinder.Find(text).Where(q => q.Span.Of(text).StartsWith("Why did", StringComparison.Ordinal)),
            quote => Assert.Equal("Wren Castellano", quote.Speaker));
        Assert.Equal(2, QuoteFinder.Find(text).Count(q => q.Span.Of(text).StartsWith("Why did", StringComparison.Ordinal)));
    }
}
