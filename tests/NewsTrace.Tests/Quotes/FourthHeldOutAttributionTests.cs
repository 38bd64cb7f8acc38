using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>
/// Attribution patterns that the fourth held-out set (eval/quotes/heldout4, election-year coverage) showed were missing,
/// each on fixtures of our own with other names and words.
/// </summary>
public sealed class FourthHeldOutAttributionTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Fact]
    public void A_second_report_after_and_he_said_is_its_own_clause()
    {
        const string text = "Mayor Ilse Brandvik said the depot would close in June, and she said the staff would move to the harbour office.";

        var first = WithText(text, "the depot would close in June");
        var second = WithText(text, "the staff would move to the harbour office");

        Assert.Equal("Ilse Brandvik", first.Speaker);
        Assert.Equal("Ilse Brandvik", second.Speaker);
        Assert.Equal("said", second.Cue);
    }

    [Fact]
    public void A_concession_after_the_trailing_cue_is_the_reporter_s()
    {
        const string text = "Ridership fell for a third straight month, transit officials said, though weekend service held steady.";

        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal("Ridership fell for a third straight month", quote.Span.Of(text));
        Assert.Equal("transit officials", quote.Speaker);
    }

    [Theory]
    [InlineData("\"The budget is a fraud from top to bottom,\" fumed Sen. Odile Marchetti, who chairs the finance panel.", "The budget is a fraud from top to bottom,", "fumed")]
    [InlineData("Odile Marchetti left the chamber early. \"Ask the auditors,\" she snapped.", "Ask the auditors,", "snapped")]
    public void Verbs_of_angry_speech_are_cues(string text, string inner, string cue)
    {
        var quote = WithText(text, inner);

        Assert.Equal("Odile Marchetti", quote.Speaker);
        Assert.Equal(cue, quote.Cue);
    }

    [Fact]
    public void Shot_back_is_a_cue_for_a_partial_and_for_reported_speech()
    {
        const string partial = "Marchetti's deputy, Paul Verhoeven, shot back that the senator had \"never read a balance sheet.\"";
        const string reported = "Paul Verhoeven shot back that the senator had never read the audit.";

        var quote = WithText(partial, "never read a balance sheet.");
        var clause = WithText(reported, "the senator had never read the audit");

        Assert.Equal("Paul Verhoeven", quote.Speaker);
        Assert.Equal("shot", quote.Cue);
        Assert.Equal("Paul Verhoeven", clause.Speaker);
    }

    [Fact]
    public void A_participle_of_naming_after_the_object_takes_the_main_clause_s_subject()
    {
        const string text = "Odile Marchetti released a video on Sunday evening calling the plan \"a tax on commuters.\"";

        var quote = WithText(text, "a tax on commuters.");

        Assert.Equal("Odile Marchetti", quote.Speaker);
        Assert.Equal("calling", quote.Cue);
    }

    [Theory]
    [InlineData("Three people briefed on the talks said the port deal would be signed next week.", "the port deal would be signed next week", "people briefed on the talks")]
    [InlineData("According to two aides involved in preparing the budget, the defence line was cut at the last minute.", "the defence line was cut at the last minute", "aides involved in preparing the budget")]
    public void A_participle_and_its_phrase_describe_a_group(string text, string clause, string speaker)
    {
        var quote = WithText(text, clause);

        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Roughly a third of rural voters, 34 percent, said they had not yet decided how to vote.", "they had not yet decided how to vote", "rural voters")]
    [InlineData("Sixty percent of voters over 65 said the pension plan was the deciding issue, compared with 20 percent who named housing.", "the pension plan was the deciding issue", "voters over 65")]
    [InlineData("A majority of small business owners said the new levy would hurt hiring.", "the new levy would hurt hiring", "small business owners")]
    public void Poll_respondents_speak_as_the_group_without_their_share(string text, string clause, string speaker)
    {
        var quote = WithText(text, clause);

        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void According_to_a_poll_by_a_pollster_names_the_pollster_and_leaves_out_the_dateline()
    {
        const string text = "TALLINGEN (Nordic Wire) — The Green Alliance and the Farmers' League are level at 31 percent, "
            + "according to a survey by the Harrow Research Group released Monday, a day before the vote.";

        var quote = WithText(text, "The Green Alliance and the Farmers' League are level at 31 percent");

        Assert.Equal("Harrow Research Group", quote.Speaker);
        Assert.Equal("according to", quote.Cue);
    }

    [Theory]
    [InlineData("Torvald Engstrom said that was untrue.", "that was untrue")]
    [InlineData("Torvald Engstrom insisted that would be a mistake for the coalition.", "that would be a mistake for the coalition")]
    public void That_before_a_verb_is_the_reported_clause_s_subject(string text, string clause)
    {
        var quote = WithText(text, clause);

        Assert.Equal("Torvald Engstrom", quote.Speaker);
    }

    [Theory]
    [InlineData("The statute says that a candidate must live in the district for a full year.")]
    [InlineData("The ballot wording says the levy would end after five years unless renewed.")]
    [InlineData("The city ordinance says vendors must close their stalls by ten at night.")]
    public void A_legal_text_that_says_something_is_no_speaker(string text)
        => Assert.Empty(QuoteFinder.Find(text));

    [Fact]
    public void The_sponsor_of_a_bill_still_speaks()
    {
        const string text = "The bill's sponsor says the levy would end after five years unless renewed.";

        Assert.Equal("the levy would end after five years unless renewed", Assert.Single(QuoteFinder.Find(text)).Span.Of(text));
    }

    [Theory]
    [InlineData("Outside the court, dozens of farmers waved banners reading \"No farms, no food.\"")]
    [InlineData("Outside the court, dozens of farmers waved banners reading “No farms, no food”.")]
    [InlineData("Supporters at the gate wore T-shirts bearing \"Lund for the valley\" in green letters.")]
    public void Words_written_on_signs_are_not_speech(string text)
        => Assert.Empty(QuoteFinder.Find(text));

    [Theory]
    [InlineData("Four officials familiar with the talks said the deal was close. The final text has not been agreed, the officials said.",
        "The final text has not been agreed", "officials familiar with the talks")]
    [InlineData("According to three people close to the mayor, the parks budget will be cut. Two of the people said the cuts would fall on summer programmes.",
        "the cuts would fall on summer programmes", "people close to the mayor")]
    [InlineData("A senior diplomat who attended the dinner said the mood was grim. Another, speaking on condition of anonymity, said the ministers had barely spoken.",
        "the ministers had barely spoken", "senior diplomat")]
    public void A_source_taken_up_again_is_the_source_as_first_described(string text, string clause, string speaker)
    {
        var quote = WithText(text, clause);

        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Greta Lindahl finally admitted that the rail plan would raise fares for commuters.", "the rail plan would raise fares for commuters")]
    [InlineData("Greta Lindahl grudgingly acknowledged that the rail plan would raise fares for commuters.", "the rail plan would raise fares for commuters")]
    public void An_adverb_between_the_name_and_the_cue_is_stepped_over(string text, string clause)
        => Assert.Equal("Greta Lindahl", WithText(text, clause).Speaker);

    [Fact]
    public void A_family_after_a_name_is_no_adverb()
    {
        const string text = "The Lindahl family said the rail plan would raise fares for commuters.";

        Assert.NotEqual("Lindahl", WithText(text, "the rail plan would raise fares for commuters").Speaker);
    }

    [Fact]
    public void Reported_speech_inside_reported_speech_is_listed_for_both_speakers()
    {
        const string text = "Mayor Erik Lund said Anders Berg had told him privately that he meant only the coastal routes.";

        var outer = WithText(text, "Anders Berg had told him privately that he meant only the coastal routes");
        var inner = WithText(text, "he meant only the coastal routes");

        Assert.Equal("Erik Lund", outer.Speaker);
        Assert.Equal("Anders Berg", inner.Speaker);
        Assert.Equal("told", inner.Cue);
    }

    [Fact]
    public void Told_without_that_inside_reported_speech_is_listed_for_both_speakers()
    {
        const string text = "Two aides briefed on the call said Anders Berg told Erik Lund he would resign if the vote failed.";

        var outer = WithText(text, "Anders Berg told Erik Lund he would resign if the vote failed");
        var inner = WithText(text, "he would resign if the vote failed");

        Assert.Equal("aides briefed on the call", outer.Speaker);
        Assert.Equal("Anders Berg", inner.Speaker);
    }

    [Fact]
    public void A_participle_only_form_without_have_reports_nothing_inside_a_report()
    {
        const string text = "The harbour board, its chairman Olav Sund said on Friday, wanted written guarantees that the new piers would not block the channel.";

        Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Cue == "written");
    }

    [Theory]
    [InlineData("The treasurer spoke last.\n\n\"We will not raise the levy again.\"\n\nThe words are those of Mara Olsen, the treasurer of Vell County, and they surprised her own party.", "Mara Olsen")]
    [InlineData("The hall filled early.\n\n\"Nobody in this hall has worked harder for the coast.\"\n\nThat was former Governor Pia Halvorsen, who spoke before the keynote.", "Pia Halvorsen")]
    public void A_sentence_that_names_who_spoke_the_quote_before_it_gives_the_speaker(string text, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Turnout in the valley will fall below half, said Ines Korhonen, who teaches politics at Vell College.", "Ines Korhonen")]
    [InlineData("The ferry subsidy will be cut by a third next year, said the regional transport office.", "regional transport office")]
    public void A_clause_before_an_inverted_cue_is_reported_speech(string text, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(text[..text.IndexOf(',', StringComparison.Ordinal)], quote.Span.Of(text));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("The plan drew a sharp reply from Nils Aaberg, a historian at Tromvik University, who said the archive would be lost for good.")]
    [InlineData("The plan drew a sharp reply from Nils Aaberg, who said the archive would be lost for good.")]
    [InlineData("That was the view of Nils Aaberg, a historian at the Tromvik School of Music, who said the archive would be lost for good.")]
    public void Who_after_a_comma_takes_up_the_person_before_the_apposition(string text)
        => Assert.Equal("Nils Aaberg", WithText(text, "the archive would be lost for good").Speaker);

    [Theory]
    [InlineData("\"The count was fair and it was fast,\" said the council's chief clerk, Hanne Vik.")]
    [InlineData("\"The count was fair and it was fast,\" said Mayor Dahl's campaign spokeswoman, Hanne Vik.")]
    public void A_name_in_apposition_after_an_inverted_cue_is_the_speaker(string text)
        => Assert.Equal("Hanne Vik", WithText(text, "The count was fair and it was fast,").Speaker);

    [Fact]
    public void A_party_tag_after_an_inverted_cue_names_no_one_new()
    {
        const string text = "\"The count was fair and it was fast,\" said Rep. Tove Lindgren, D-Minn.";

        Assert.Equal("Tove Lindgren", WithText(text, "The count was fair and it was fast,").Speaker);
    }

    [Fact]
    public void A_participle_after_by_takes_the_main_clause_s_subject_not_its_object()
    {
        const string text = "Sigrid Nyberg began the evening by asking Halvorsen: \"Will you raise the ferry fares next year?\"";

        var quote = WithText(text, "Will you raise the ferry fares next year?");

        Assert.Equal("Sigrid Nyberg", quote.Speaker);
        Assert.Equal("asking", quote.Cue);
    }

    [Fact]
    public void A_second_verb_of_saying_after_an_opening_phrase_and_a_dateline_belongs_to_the_subject()
    {
        const string text = "VELLMARK, Ohio (Valley Wire) — On a cold Friday morning in early March, Ingrid Solvang walked the empty mill floor "
            + "and told a few reporters that the town would lose its last employer.";

        var quote = WithText(text, "the town would lose its last employer");

        Assert.Equal("Ingrid Solvang", quote.Speaker);
    }
}
