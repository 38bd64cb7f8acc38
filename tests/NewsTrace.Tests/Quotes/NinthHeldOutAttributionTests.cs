using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>
/// Attribution patterns that the ninth held-out set (eval/quotes/heldout9, 2016 primaries, a court vacancy, a convention,
/// town halls) showed were missing, each on fixtures of our own with other names and words.
/// </summary>
public sealed class NinthHeldOutAttributionTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Theory]
    [InlineData("\u201cThe rule has not changed in forty years,\u201d Senate Majority Leader Dorian Pell (R-Ky.) said on the floor.")]
    [InlineData("\u201cThe rule has not changed in forty years,\u201d Sen. Dorian Pell (R-Ky.) said.")]
    public void A_bracketed_party_tag_does_not_end_the_cue_s_sentence(string text)
        => Assert.Equal("Dorian Pell", WithText(text, "The rule has not changed in forty years,").Speaker);

    [Fact]
    public void The_state_and_party_description_takes_up_the_legislator_with_that_party_tag()
    {
        const string text = "Sen. Dorian Pell (R-Ky.) spoke first. Sen. Mara Quint (D-Ore.) followed him.\n\n"
            + "Pell would not meet the nominee. Such a meeting, the Kentucky Republican said, would be \u201ca waste of an afternoon.\u201d";

        Assert.Equal("Dorian Pell", WithText(text, "a waste of an afternoon.").Speaker);
    }

    [Fact]
    public void The_party_description_takes_up_the_person_just_named_when_no_tag_says_otherwise()
    {
        const string text = "Democrats were surprised by the offer. Minority Leader Mara Quint, speaking an hour later, said she had not seen the text.\n\n"
            + "\u201cI will believe it when I read it,\u201d the Oregon Democrat said.";

        Assert.Equal("Mara Quint", WithText(text, "I will believe it when I read it,").Speaker);
    }

    [Fact]
    public void The_party_description_passes_over_a_person_of_the_other_party()
    {
        const string text = "Minority Leader Mara Quint said she had not seen the text. Sen. Dorian Pell (R-Ky.) said she would soon.\n\n"
            + "\u201cI will believe it when I read it,\u201d the Oregon Democrat said.";

        Assert.Equal("Mara Quint", WithText(text, "I will believe it when I read it,").Speaker);
    }

    [Fact]
    public void A_person_described_then_named_in_a_relative_clause_speaks_by_that_name()
    {
        const string text = "At the counter, a 41-year-old welder who gave his name only as Dusty said he had made up his mind in June.\n\n"
            + "\"He talks like the people I know,\" he said.";
        var quotes = QuoteFinder.Find(text);

        Assert.Equal("Dusty", Assert.Single(quotes, q => q.Kind == QuoteKinds.Reported).Speaker);
        Assert.Equal("Dusty", WithText(text, "He talks like the people I know,").Speaker);
    }

    [Fact]
    public void A_name_given_as_an_owner_in_the_relative_clause_is_not_the_speaker()
    {
        const string text = "A woman who identified herself as Ferrer's sister told reporters that he had never owned a car.";

        Assert.NotEqual("Ferrer", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void A_person_named_in_the_object_of_the_subject_s_sentence_does_not_outrank_the_subject()
    {
        // The subject's gender is unknown and the object's is marked; "he" is still the subject who spoke.
        const string text = "Near the door, a retired teacher who gave his name only as Pim said he would vote for Warren Haskell.\n\n"
            + "\"Nobody else even tries,\" he said.";

        Assert.Equal("Pim", WithText(text, "Nobody else even tries,").Speaker);
    }

    [Fact]
    public void The_second_half_of_a_split_quote_is_not_given_to_the_next_sentence_s_speaker()
    {
        const string text = "Delegates asked which states had dropped out. \"A ruling,\" Chairman Royce Amberly said, \"is a ruling.\" "
            + "A spokeswoman for Amberly, Jill Tarrant, said later that he had followed the rules.";

        Assert.Equal("Royce Amberly", WithText(text, "is a ruling.").Speaker);
    }

    [Theory]
    [InlineData("shouted")]
    [InlineData("yelled")]
    [InlineData("countered")]
    public void A_raised_voice_or_a_retort_is_a_cue(string cue)
    {
        var text = "Delegates stood on their chairs. Neil Ostrander, a delegate from Queens, turned to the back of the hall. \"Sit down! You lost!\" he " + cue + ".";

        var quote = WithText(text, "Sit down! You lost!");
        Assert.Equal("Neil Ostrander", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void A_conceded_election_is_no_reported_speech()
    {
        const string text = "Governor Lena Marsh conceded shortly after midnight in a brief speech to supporters in Dover.";

        Assert.Empty(QuoteFinder.Find(text));
    }

    [Theory]
    [InlineData("Pediatricians in Tampa said they were getting calls every hour.", "Pediatricians in Tampa")]
    [InlineData("Moderates in the Senate said they would not back the plan.", "Moderates in the Senate")]
    [InlineData("Undecided Democrats in a focus group in Macomb County said afterward that the governor had won.", "Undecided Democrats in a focus group in Macomb County")]
    public void A_group_placed_by_a_name_speaks_with_its_place(string text, string group)
        => Assert.Equal(group, Assert.Single(QuoteFinder.Find(text)).Speaker);

    [Fact]
    public void A_body_s_name_before_the_place_still_speaks_as_the_body()
    {
        const string text = "The Regional Medical Center for veterans in Dayton said the patient was stable.";

        Assert.DoesNotContain("veterans in Dayton", Assert.Single(QuoteFinder.Find(text)).Speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Interior Department said in a statement that the lease had been approved in 2009. \u201cNothing in the file has changed,\u201d the statement said.")]
    [InlineData("The lease was approved in 2009, according to a statement from the Interior Department. \u201cNothing in the file has changed,\u201d the statement said.")]
    public void The_statement_speaks_for_the_author_named_before(string text)
        => Assert.Equal("Interior Department", WithText(text, "Nothing in the file has changed,").Speaker);

    [Fact]
    public void A_dash_and_a_name_after_a_quote_sign_it()
    {
        const string text = "Indiana Rep. Lorna Pike is on the list.\n\n"
            + "QUOTE OF THE DAY: \"Nobody has vetted me harder than my own family.\" \u2014 Pike, to reporters in Gary on Wednesday.";

        Assert.Equal("Lorna Pike", WithText(text, "Nobody has vetted me harder than my own family.").Speaker);
    }

    [Theory]
    [InlineData("TOP TALKER \u2014 Sen. Otis Brandt (D-Nev.) on Twitter: \"Three people he called losers. Unity!\"")]
    [InlineData("Sen. Otis Brandt on Fox News: \"Three people he called losers. Unity!\"")]
    public void A_person_on_a_platform_before_a_colon_is_the_speaker(string text)
        => Assert.Equal("Otis Brandt", WithText(text, "Three people he called losers. Unity!").Speaker);

    [Theory]
    [InlineData("Gene Abbott said the campaign had called no delegate, a claim Curtis Vollrath called \"laughable.\"", "laughable.", "Curtis Vollrath")]
    [InlineData("Gene Abbott defended the deal, which Curtis Vollrath called \"a betrayal of the base.\"", "a betrayal of the base.", "Curtis Vollrath")]
    public void A_person_right_before_a_verb_of_naming_owns_the_quoted_name(string text, string inner, string speaker)
        => Assert.Equal(speaker, WithText(text, inner).Speaker);

    [Fact]
    public void A_thing_called_by_a_name_is_no_speech_of_the_person_before_it()
    {
        const string text = "Gene Abbott joined a party called \"New Dawn\" in 1990.";

        Assert.DoesNotContain(QuoteFinder.Find(text), q => q.Speaker == "Gene Abbott" && q.Span.Of(text) == "New Dawn");
    }

    private const string TownHall = "\u201cMy daughter owes $40,000. What do you do for her?\u201d asked Ruth Calloway, a nurse from Dover.\n\n"
        + "Sen. Amos Whitlock leaned on the lectern. \u201cWe refinance every one of those loans,\u201d he said.\n\n"
        + "Calloway was not finished.\n\n"
        + "\u201cWhy should I believe you?\u201d she said.\n\n"
        + "\u201cBecause I have said the same thing for thirty years.\u201d\n\n"
        + "\u201cThirty years, and nothing happened.\u201d";

    [Fact]
    public void An_uncued_paragraph_after_the_questioner_s_return_is_the_answer()
    {
        Assert.Equal("Amos Whitlock", WithText(TownHall, "Because I have said the same thing for thirty years.").Speaker);
        Assert.Equal("Ruth Calloway", WithText(TownHall, "Thirty years, and nothing happened.").Speaker);
    }

    [Fact]
    public void Without_a_question_the_next_uncued_paragraph_stays_with_its_speaker()
    {
        const string text = "\u201cThe plan is sound.\u201d said Ruth Calloway, a nurse from Dover.\n\n"
            + "Sen. Amos Whitlock disagreed. \u201cIt costs too much,\u201d he said.\n\n"
            + "\u201cWe can pay for it,\u201d Calloway said.\n\n"
            + "\u201cAnd we will.\u201d";

        Assert.Equal("Ruth Calloway", WithText(text, "And we will.").Speaker);
    }

    [Fact]
    public void A_description_after_the_cue_that_the_sentence_closes_by_naming_is_that_person()
    {
        const string text = "\"The vote was rigged from the start,\" said the man who led the revolt, a retired Navy captain from Norfolk who spent "
            + "the spring calling delegates, Wendell Ostrow.";

        Assert.Equal("Wendell Ostrow", WithText(text, "The vote was rigged from the start,").Speaker);
    }

    [Fact]
    public void A_person_the_description_works_for_is_not_the_closing_name()
    {
        const string text = "\"The vote was rigged,\" said the aide, who works for Sen. Wendell Ostrow.";

        Assert.NotEqual("Wendell Ostrow", WithText(text, "The vote was rigged,").Speaker);
    }

    [Fact]
    public void An_age_description_takes_up_the_person_given_that_age()
    {
        const string text = "Opal Fenner, 58, runs the diner. Her brother Ned Fenner, 71, farms outside town. Gov. Ruth Amsel visited on Monday.\n\n"
            + "The 71-year-old said he had voted Republican his whole life.";

        Assert.Equal("Ned Fenner", Assert.Single(QuoteFinder.Find(text), q => q.Kind == QuoteKinds.Reported).Speaker);
    }

    [Fact]
    public void He_right_after_a_verb_of_saying_is_its_subject()
    {
        const string text = "\u201cWe need the money now,\u201d Gov. Curt Adley told reporters after meeting Senate leader Harlan Moss. "
            + "The governor said he had told Moss that Florida \u201ccannot wait until September.\u201d";

        Assert.Equal("Curt Adley", WithText(text, "cannot wait until September.").Speaker);
    }

    [Theory]
    [InlineData("The campaign wants to name its pick before the convention opens, per a source familiar with the timing.", "source familiar with the timing")]
    [InlineData("Per two people briefed on the talks, the deal is close.", "people briefed on the talks")]
    public void Per_a_source_is_according_to_it(string text, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal("per", quote.Cue);
    }

    [Fact]
    public void Per_a_unit_is_no_source()
        => Assert.Empty(QuoteFinder.Find("Gas cost $3 per gallon, and the state collects 18 cents per gallon in tax."));

    [Fact]
    public void A_second_report_by_a_pronoun_subject_ends_the_first()
    {
        const string text = "Moss said Congress would pass a stopgap bill before the deadline, and he disclosed that Republicans had dropped the clinic provision.";
        var quotes = QuoteFinder.Find(text);

        Assert.Contains(quotes, q => q.Span.Of(text) == "Congress would pass a stopgap bill before the deadline");
        Assert.Contains(quotes, q => q.Span.Of(text) == "Republicans had dropped the clinic provision" && q.Cue == "disclosed");
    }

    [Theory]
    [InlineData("The agent would not reveal what the singer is being treated for.")]
    [InlineData("Cornell didn't disclose the amount of the contract.")]
    [InlineData("He has said he will reveal that person's identity after his death.")]
    public void What_is_not_made_known_is_no_report(string text)
        => Assert.DoesNotContain(QuoteFinder.Find(text), q => q.Cue is "reveal" or "disclose");

    [Fact]
    public void A_headline_rubric_and_dash_before_a_name_and_colon_leave_the_name_the_speaker()
    {
        const string text = "EXCLUSIVE \u2014 Pryor: 'They Cannot Buy Me'\n\n"
            + "Republican front-runner Warren Pryor told the site on Monday that party leaders \"cannot buy me.\"";

        Assert.Equal("Warren Pryor", WithText(text, "They Cannot Buy Me").Speaker);
    }

    [Fact]
    public void The_description_takes_up_an_indefinite_one_with_its_describing_phrase()
    {
        const string text = "Lowe met Pryor on Tuesday for two hours, a person briefed on the meeting told the newsletter. "
            + "\"They talked about Ohio and trade,\" the person said.";

        Assert.Equal("person briefed on the meeting", WithText(text, "They talked about Ohio and trade,").Speaker);
    }

    [Fact]
    public void An_age_after_a_name_in_apposition_is_stepped_over()
    {
        const string text = "One of those women, Dana Ferris, 31, who is due in December, said she had not left her home after dark in weeks.";

        Assert.Equal("Dana Ferris", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void A_list_of_people_with_ages_is_no_subject()
    {
        const string text = "The bodies of Rita Moss, 48, his former partner, and his mother, Clara Voss, 61, were found on Sunday, said police spokesman Dale Hurst.";

        Assert.DoesNotContain(QuoteFinder.Find(text), q => q.Speaker == "Clara Voss");
    }
}
