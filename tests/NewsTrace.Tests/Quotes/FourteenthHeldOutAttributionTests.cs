using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 14 (foreign policy, courts and agencies), in sentences written for these tests.</summary>
public sealed class FourteenthHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Fact]
    public void A_statement_speaks_for_the_embassy_that_issued_it()
    {
        const string text = "The Qatari Embassy said in a statement that the emirate \"stands by its pledges\" and that the critics were misinformed.\n\n"
            + "\"Qatar has been a partner of the United States for fifty years,\" the statement added.";

        Assert.Equal("Qatari Embassy", Quote(text, "Qatar has been").Speaker);
    }

    [Fact]
    public void A_deputy_assistant_secretary_in_apposition_is_the_speaker()
    {
        const string text = "The administration's witness, Deputy Assistant Secretary of State Marla Stennett, told the panel that the sale would help an ally.";

        Assert.Equal("Marla Stennett", Quote(text, "the sale").Speaker);
    }

    [Theory]
    [InlineData("Several Democrats on the committee said they would wait for the briefing.", "Democrats on the committee")]
    [InlineData("Two senators on the panel said they would wait for the briefing.", "senators on the panel")]
    public void Members_on_a_body_are_the_group_not_the_body(string text, string group)
        => Assert.Equal(group, Quote(text, "they would").Speaker);

    [Fact]
    public void A_deputy_in_the_lead_is_not_the_minister_named_later_but_the_person_named_next()
    {
        const string text = "SEOUL (Wire) - Korea's deputy trade minister said on Thursday that the curbs would \u201cpunish an ally for nothing,\u201d as talks ended.\n\n"
            + "Mina Harrow, who led the delegation, told reporters that the talks would resume.\n\n"
            + "Korea's trade minister, Peter Dunmore, was quoted as saying the government would respond.";

        Assert.Equal("Mina Harrow", Quote(text, "punish").Speaker);
    }

    [Fact]
    public void A_party_word_before_a_name_in_apposition_keeps_the_name_the_speaker()
    {
        const string text = "Dana Wick runs the diner by the gate. She says lunch is slower.\n\n"
            + "The town's congressman, Republican Todd Ralston, says the savings are exaggerated.";

        Assert.Equal("Todd Ralston", Quote(text, "the savings").Speaker);
    }

    [Fact]
    public void A_report_released_by_an_office_speaks_for_it_under_a_longer_description()
    {
        const string text = "The agency's Denver office paid informants without the paperwork it requires, according to a report released Tuesday by the Labor Department's Office of the Inspector General.\n\n"
            + "The 58-page report said supervisors approved 90 payments without a second signature. It described the record-keeping as \"haphazard.\"\n\n"
            + "\"The lapses we found were not isolated,\" the report said.";

        Assert.All(
            QuoteFinder.Find(text).Where(quote => quote.Kind != QuoteKinds.AccordingTo),
            quote => Assert.EndsWith("Office of the Inspector General", quote.Speaker, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Truck drivers at the port of Ponce said they had no diesel to make deliveries.", "Truck drivers at the port of Ponce")]
    [InlineData("Her neighbor said he had driven twice. Nurses at the clinic of Cayey said they had no insulin.", "Nurses at the clinic of Cayey")]
    public void A_group_placed_where_it_works_is_the_group_not_the_place(string text, string group)
        => Assert.Equal(group, QuoteFinder.Find(text).Last().Speaker);

    [Fact]
    public void The_group_taken_up_by_its_noun_is_the_group_as_first_named()
    {
        const string text = "Hackers reached the county's server\n\n(KBN) \u2014 Hackers gained access to a server that the county used, county officials told KBN on Tuesday.\n\n"
            + "The officials said there was no evidence that any votes had been changed.";

        Assert.All(QuoteFinder.Find(text), quote => Assert.Equal("county officials", quote.Speaker));
        Assert.Equal(2, QuoteFinder.Find(text).Length);
    }

    [Fact]
    public void A_title_heading_a_headline_speaks_its_quote_after_a_cue_too()
    {
        const string text = "Judge Blocks Ohio Voter ID Law, Calling It A \u2018Remedy Without A Disease\u2019\n\n"
            + "U.S. District Judge Renata Holm wrote that the law was \u201ca remedy without a disease\u201d and blocked it.";

        Assert.Equal("Renata Holm", Quote(text, "Remedy").Speaker);
    }
}
