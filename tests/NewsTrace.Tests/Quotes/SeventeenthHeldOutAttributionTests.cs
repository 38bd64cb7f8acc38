using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 17 (jails, roundups and escapes), in sentences written for these tests.</summary>
public sealed class SeventeenthHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Theory]
    [InlineData("The prison's medical contractor, Harrowgate Clinical Services, was paid $2 million last year. A company spokeswoman said it was reviewing the case.", "it was", "Harrowgate Clinical Services")]
    [InlineData("The Bureau of Reclamation closed the dam road on Monday. Crews worked through the night. A bureau spokesman said the road would reopen on Friday.", "the road", "Bureau of Reclamation")]
    public void A_spokesperson_of_a_kind_speaks_for_the_last_body_of_that_kind(string text, string clause, string speaker)
        => Assert.Equal(speaker, Quote(text, clause).Speaker);

    [Fact]
    public void A_spokesperson_of_a_kind_no_body_before_has_stays_a_description()
    {
        const string text = "Rain closed the dam road on Monday. A bureau spokesman said the road would reopen on Friday.";

        Assert.Equal("bureau spokesman", Quote(text, "the road").Speaker);
    }

    [Fact]
    public void A_bare_spokesperson_speaks_for_the_organisation_the_sentence_is_about()
    {
        const string text = "The Federal Protective Service has taken over the inquiry and will post guards at the courthouse, a spokesman said.";

        Assert.Equal("Federal Protective Service", Quote(text, "The Federal").Speaker);
    }

    [Fact]
    public void A_bare_spokesperson_opening_a_sentence_speaks_for_the_organisation_that_opened_the_last()
    {
        const string text = "The Aspen Crest Mountain Resort, which employs about 300 people, stayed out of the fight. A spokeswoman said the lodge has built 60 staff flats since 2014.";

        Assert.Equal("Aspen Crest Mountain Resort", Quote(text, "the lodge").Speaker);
    }

    [Fact]
    public void A_bare_spokesperson_after_a_person_s_sentence_stays_a_description()
    {
        const string text = "Mayor Dana Whitcombe opposed the cap. A spokeswoman said the town would appeal.";

        Assert.NotEqual("Dana Whitcombe", Quote(text, "the town").Speaker);
    }

    [Fact]
    public void An_organisation_in_apposition_speaks_without_its_home_place()
    {
        const string text = "The developer, Tallgrass Energy Partners of Omaha, says it has signed leases with 30 landowners.";

        Assert.Equal("Tallgrass Energy Partners", Quote(text, "it has").Speaker);
    }

    [Theory]
    [InlineData("The Prairie Hospital Association said in written comments that the state should wait a year.", "the state should wait a year")]
    [InlineData("Warden Lena Hartig said at a news conference in Pine Bluff on Tuesday that the unit had 30 officers on duty.", "the unit had 30 officers on duty")]
    [InlineData("Dorothy Vang, who runs the program, said in written testimony to the House Finance Committee that the fund owes $3 billion.", "the fund owes $3 billion")]
    public void A_phrase_of_where_it_was_said_may_stand_between_the_cue_and_that(string text, string clause)
        => Assert.Contains(QuoteFinder.Find(text), quote => quote.Span.Of(text) == clause);

    [Fact]
    public void A_participle_of_saying_after_a_clause_with_quoted_words_reports_on()
    {
        const string text = "Director Paula Stenmark told senators on Wednesday that the fund \"cannot pay its way\" under current law, warning that without changes it will keep borrowing.";

        var report = Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == "without changes it will keep borrowing");
        Assert.Equal("Paula Stenmark", report.Speaker);
    }

    [Fact]
    public void A_group_with_a_member_named_after_including_speaks_as_the_group()
    {
        const string text = "Several senators, including Hollis Brandvold, said they favored letting private insurers write more policies.";

        Assert.Equal("senators", Quote(text, "they favored").Speaker);
    }

    [Fact]
    public void According_to_a_text_made_by_a_body_after_an_of_phrase_is_the_body()
    {
        const string text = "Two of the men had been jailed over unpaid fines, according to a review of court records by the ACLU of Alabama.";

        Assert.Equal("ACLU of Alabama", Quote(text, "Two of").Speaker);
    }

    [Fact]
    public void A_description_no_one_before_answers_takes_up_the_person_later_introduced_with_its_words()
    {
        const string text = "Mayor Ed Pratt opened the meeting.\n\nThe planning director, who wrote the rules, told the council that rentals had fallen by a third.\n\n"
            + "The vote is set for June.\n\nMarta Quillen, the planning director, said the town had received 90 letters.";

        Assert.Equal("Marta Quillen", Quote(text, "rentals had").Speaker);
    }

    [Fact]
    public void A_description_whose_words_come_back_only_in_its_own_sentence_stays_unresolved_by_them()
    {
        const string text = "The party nominee took the stage at a Midtown hotel with his family and said his rival had called to concede.";

        Assert.NotEqual("Midtown", Quote(text, "his rival").Speaker);
    }

    [Fact]
    public void Kin_named_by_a_possessive_is_the_person_named_before_with_the_same_surname()
    {
        const string text = "Lorna Pettibone learned from a neighbour that her son had died.\n\nThe coroner said Dale Pettibone died of an infection. His mother said he had asked for a doctor twice.";

        Assert.Equal("Lorna Pettibone", Quote(text, "he had asked").Speaker);
    }

    [Fact]
    public void Kin_with_no_one_else_of_the_surname_stays_as_written()
    {
        const string text = "The coroner said Dale Pettibone died of an infection. His mother said he had asked for a doctor twice.";

        Assert.NotEqual("Dale Pettibone", Quote(text, "he had asked").Speaker);
    }
}
