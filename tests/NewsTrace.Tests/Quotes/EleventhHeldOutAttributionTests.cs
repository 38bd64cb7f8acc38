using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>
/// Attribution patterns that the eleventh held-out set (eval/quotes/heldout11, the 2016 primaries and conventions) showed
/// were missing, each on fixtures of our own with other names and words.
/// </summary>
public sealed class EleventhHeldOutAttributionTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Fact]
    public void An_opening_phrase_before_a_coordinated_cue_s_subject_is_stepped_over()
    {
        const string text = "Dorian Pettigrew toured the plant. The union said the shift was cut.\n\n"
            + "Asked on his way out whether he feared a strike, Pettigrew paused and said: \u201cA strike? Not this year.\u201d";

        Assert.Equal("Dorian Pettigrew", WithText(text, "A strike? Not this year.").Speaker);
    }

    [Fact]
    public void The_one_asked_is_the_subject_a_participle_follows_for_the_pronoun_s_gender()
    {
        const string text = "Margaret Olin told reporters she was \u201cnot worried\u201d about the count.\n\n"
            + "Sen. Brakewell, asked in a hallway whether she had heard from the Olin campaign, smiled. \u201cEvery day,\u201d she said.";

        Assert.Equal("Brakewell", WithText(text, "Every day,").Speaker);
    }

    [Fact]
    public void A_cue_whose_object_is_the_quote_gives_it_a_speaker_after_a_long_apposition()
    {
        const string text = "The hall emptied slowly.\n\n"
            + "\u201cShe ran a good race, and everyone in this room knew how it would end.\u201d Hollis Varga, a county commissioner from Dover who "
            + "backed her in the spring, said it with a sigh as the lights went off.";

        var quotes = QuoteFinder.Find(text);

        Assert.Equal("Hollis Varga", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("The ministry said it expects a deal by June.", "it expects a deal by June")]
    [InlineData("Analysts said it only gets worse from here.", "it only gets worse from here")]
    public void A_clause_that_opens_with_it_is_still_reported(string text, string clause)
        => Assert.Equal(QuoteKinds.Reported, WithText(text, clause).Kind);

    [Fact]
    public void A_party_tag_s_abbreviated_state_does_not_end_the_sentence_before_the_cue()
    {
        const string text = "\u201cThe vote can wait until spring,\u201d Senate Majority Leader Orrin Vale, R-Ky., said on the floor.";

        Assert.Equal("Orrin Vale", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void A_text_s_words_given_by_read_are_its_author_s()
    {
        const string text = "Governor Ilse Marrow sent a text message to supporters on Friday. \u201cWe have our ticket,\u201d the message read.";

        Assert.Equal("Ilse Marrow", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void A_reader_s_read_is_no_cue()
        => Assert.Empty(QuoteFinder.Find("Governor Ilse Marrow read the statement aloud on Friday."));

    [Fact]
    public void A_text_named_in_an_opening_phrase_is_by_the_subject_after_it_and_it_speaks_for_them()
    {
        const string text = "In a memo to donors sent on Monday, the governor's chief of staff, Rosalind Kettleby, argued that the race was close.\n\n"
            + "\u201cWe never expected an easy spring,\u201d the memo said. It noted that two rivals had dropped out.";

        var quotes = QuoteFinder.Find(text);

        Assert.Equal("Rosalind Kettleby", Assert.Single(quotes, q => q.Span.Of(text) == "We never expected an easy spring,").Speaker);
        Assert.Equal("Rosalind Kettleby", Assert.Single(quotes, q => q.Span.Of(text) == "two rivals had dropped out").Speaker);
    }

    [Fact]
    public void A_poll_conducted_by_a_body_is_that_body_s()
    {
        const string text = "The senator won voters over 65 by two to one, according to exit polls conducted by Larkspur Polling Group for the networks.";

        Assert.Equal("Larkspur Polling Group", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void The_person_before_a_cue_set_off_by_commas_is_what_is_said_about()
    {
        const string text = "Helena Brisk ran the agency. Rep. Ada Quenell pressed Brisk on the delay. "
            + "Brisk, she said, had \u201cevery power the statute grants and used none of it.\u201d";

        Assert.Equal("Ada Quenell", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void A_titled_person_opening_a_relative_clause_names_the_thing_with_a_verb_of_naming()
    {
        const string text = "Otto Brenner said the plant had been sold before he arrived, an account that Sen. Ilka Morrow (D-Ore.), "
            + "whose state buys its power, called \u201cplainly untrue.\u201d";

        Assert.Equal("Ilka Morrow", Assert.Single(QuoteFinder.Find(text), q => q.Span.Of(text) == "plainly untrue.").Speaker);
    }

    [Theory]
    [InlineData("A former engineer at the Tarnwick Company, who asked not to be named, said the plant had been ignored.", "former engineer at the Tarnwick Company")]
    [InlineData("An analyst at Corvel Holdings said the plant had been ignored for years.", "analyst at Corvel Holdings")]
    public void Someone_new_placed_at_a_body_speaks_as_described(string text, string speaker)
        => Assert.Equal(speaker, Assert.Single(QuoteFinder.Find(text)).Speaker);

    [Fact]
    public void It_after_a_sentence_opened_by_a_named_campaign_is_the_campaign()
    {
        const string text = "The Pelham campaign, which spent the week at a rally in Tulsa, moved quickly. "
            + "In a statement, it called the choice \u201ca gift to lobbyists.\u201d";

        Assert.Equal("Pelham campaign", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void A_body_named_after_the_in_apposition_to_a_description_speaks()
    {
        const string text = "A farmers' group, the Prairie Growers Association, said it would sue the state over the rule.";

        Assert.Equal("Prairie Growers Association", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }

    [Fact]
    public void A_body_s_noun_takes_up_the_organisation_that_opened_the_sentence_before()
    {
        const string text = "The National Grocers Association answered within the hour. "
            + "On its website, the trade group wrote that the tax would mean \u201cemptier shelves.\u201d";

        Assert.Equal("National Grocers Association", Assert.Single(QuoteFinder.Find(text)).Speaker);
    }
}
