using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 23 (parliaments, coalitions, sanctions), in sentences written for these tests.</summary>
public sealed class TwentyThirdHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Fact]
    public void A_description_takes_up_the_named_person_it_was_in_apposition_to()
    {
        const string text = "Tomasz Wielgosz, a Green councillor from Nowa Huta who voted against, said the budget ignored the suburbs.\n\n"
            + "\u201cWe were told to wait another year,\u201d the Nowa Huta councillor said.";

        Assert.Equal("Tomasz Wielgosz", Quote(text, "We were told").Speaker);
    }

    [Fact]
    public void A_description_takes_up_the_subject_of_the_sentence_before_when_that_person_has_its_role()
    {
        const string text = "\u201cWe will not prop up anybody,\u201d said Anselme Cordier, a centrist senator from the Vosges.\n\n"
            + "\u201cThe count is not over,\u201d said Odile Marchetti, a newly elected Green senator from Lyon, on public radio.\n\n"
            + "Cordier rejected the offer. \u201cA pact is a promise we cannot keep,\u201d the centrist senator said.";

        Assert.Equal("Anselme Cordier", Quote(text, "A pact is").Speaker);
    }

    [Fact]
    public void A_description_after_a_subject_without_its_role_still_finds_the_person_with_the_role()
    {
        const string text = "\u201cThe count is not over,\u201d said Odile Marchetti, a Green senator from Lyon.\n\n"
            + "Hugo Bastide, a farmer, listened. \u201cWe will see in June,\u201d the senator said.";

        Assert.Equal("Odile Marchetti", Quote(text, "We will see").Speaker);
    }

    [Theory]
    [InlineData("people involved in the talks")]
    [InlineData("officials briefed on the plan")]
    public void A_group_described_by_a_participle_opening_the_subject_keeps_its_phrase(string group)
    {
        var text = $"Coalition talks stalled on Tuesday over the defence budget, {group} said.";

        Assert.Equal(group, Quote(text, "Coalition talks").Speaker);
    }

    [Fact]
    public void A_pilgrim_s_honorific_with_the_surname_is_scored_as_the_full_name()
        => Assert.True(NewsTrace.Evaluation.QuoteGoldEvaluator.SameSpeaker("Musa Danjuma Gwarzo", "Alhaji Gwarzo"));

    [Fact]
    public void A_fijian_title_is_no_part_of_the_name()
    {
        const string text = "Ratu Josefa Vuniwaqa, who chairs the council of chiefs, said the land would stay communal.\n\n"
            + "Ratu Josefa said the council had written to the prime minister.";

        Assert.Equal("Josefa Vuniwaqa", Quote(text, "the land would").Speaker);
    }

    [Fact]
    public void A_pronoun_naming_a_thing_before_a_quote_takes_up_its_person()
    {
        const string text = "Speaking in parliament on Thursday, Marten Ekdahl apologised for what he called \u201cthe tone, not the content\u201d of his email.";

        var quote = Quote(text, "the tone");

        Assert.Equal("Marten Ekdahl", quote.Speaker);
        Assert.Equal("called", quote.Cue);
    }

    [Fact]
    public void A_description_by_party_takes_up_the_person_whose_apposition_names_the_party()
    {
        const string text = "Marten Ekdahl, a junior minister at the Transport Ministry and a Centre Party member of parliament, sent the email in May.\n\n"
            + "Greta Lofgren, who chairs the committee, said she would call a hearing.\n\n"
            + "After the vote, the Centre politician said he would not resign.";

        Assert.Equal("Marten Ekdahl", Quote(text, "he would not resign").Speaker);
    }

    [Fact]
    public void A_pronoun_no_one_named_before_answers_takes_up_the_woman_introduced_next()
    {
        const string text = "The lower house approved the loan agreement early on Friday after an all-night session.\n\n"
            + "\u201cI did not come here to sign this,\u201d she said shortly before dawn.\n\n"
            + "The deputy, Valeria Quintanilla of Mendoza, was one of 30 coalition members who voted no.";

        Assert.Equal("Valeria Quintanilla", Quote(text, "I did not come").Speaker);
    }

    [Fact]
    public void A_pronoun_no_one_named_before_answers_stays_unresolved_when_the_next_person_is_of_unknown_gender()
    {
        const string text = "The lower house approved the loan agreement early on Friday after an all-night session.\n\n"
            + "\u201cI did not come here to sign this,\u201d she said shortly before dawn.\n\n"
            + "The bill now goes to the Senate, Quiroga-Lemus said.";

        Assert.Null(Quote(text, "I did not come").Speaker);
    }

    [Theory]
    [InlineData("Several marchers interviewed by the station's Romanian service said they had never joined a protest before.", "marchers")]
    [InlineData("Two members of the rowing club, reached by the Gazette, said they had never joined a protest before.", "members of the rowing club")]
    public void A_group_interviewed_by_a_medium_speaks_without_the_medium(string text, string group)
    {
        var speaker = Quote(text, "they had never").Speaker;

        Assert.NotNull(speaker);
        Assert.EndsWith(group, speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void An_outlet_s_initials_with_a_slash_label_its_questions_in_a_transcript()
    {
        const string text = "Dorin Vasilache leads the tenants' movement. We spoke to him on Monday.\n\n"
            + "RFE/RL: You are asking for an election. Why now?\n\n"
            + "Vasilache: Because nobody had received a winter bill yet.\n\n"
            + "RFE/RL: The government says it has doubled the allowance. Is that not enough?\n\n"
            + "Vasilache: Doubled from what? My mother received 300 lei.";

        var question = Quote(text, "The government says");

        Assert.Equal("RFE/RL", question.Speaker);
        Assert.Equal("Dorin Vasilache", Quote(text, "Doubled from what").Speaker);
    }

    [Fact]
    public void A_shared_surname_alone_is_the_sharer_named_just_before_and_otherwise_the_first_named()
    {
        const string text = "For thirty years the name Okubo on a poster meant the ruling party.\n\n"
            + "Mika Okubo, 41, is running as an independent. Her father, Tadashi Okubo, 75, held the seat for 20 years.\n\n"
            + "\u201cShe asks me nothing,\u201d Tadashi Okubo said. Okubo said he would vote but would not say for whom.\n\n"
            + "The race is close, a poll found. Turnout was low in the morning, officials said. The campaign ends on Saturday.\n\n"
            + "Rain is forecast for polling day across the prefecture, and the two main parties have sent ministers to campaign.\n\n"
            + "Okubo said she would spend the last day at the station.";

        Assert.Equal("Tadashi Okubo", Quote(text, "he would vote").Speaker);
        Assert.Equal("Mika Okubo", Quote(text, "she would spend").Speaker);
        var first = NewsTrace.Entities.EntityFinder.Find(text).First(m => m.Span.Of(text) == "Okubo");
        Assert.Equal("Okubo", first.Canonical);
    }
}
