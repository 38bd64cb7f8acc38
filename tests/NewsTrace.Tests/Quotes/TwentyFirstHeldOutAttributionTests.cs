using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 21 (embassies, ministries, briefings abroad), in sentences written for these tests.</summary>
public sealed class TwentyFirstHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Fact]
    public void A_label_in_capitals_after_a_question_opens_a_new_turn_even_when_it_names_no_one_known()
    {
        const string text = "Ferland also spoke to a morning radio show. An excerpt:\n\n"
            + "Q: When do you think you will fly home?\n\n"
            + "BROUSSEAU: They keep moving the date. First it was Friday, now it is Sunday.\n\n"
            + "Q: How are the children coping?\n\n"
            + "BROUSSEAU: Better than we are. They have the pool and the beach all day.";

        var quotes = QuoteFinder.Find(text);
        var answer = Quote(text, "They keep");
        Assert.Equal("Brousseau", answer.Speaker);
        Assert.DoesNotContain("BROUSSEAU", Quote(text, "When do you").Span.Of(text), StringComparison.Ordinal);
        Assert.Equal("Brousseau", Quote(text, "Better than").Speaker);
        Assert.Equal(4, quotes.Count(quote => quote.Kind == QuoteKinds.Transcript));
    }

    [Fact]
    public void A_capitals_label_spelling_a_known_surname_is_that_person()
    {
        const string text = "Mireille Brousseau of Sherbrooke was due home on Sunday.\n\n"
            + "\u201cWe were at the gate when the screen changed,\u201d Brousseau said.\n\nShe later spoke to a radio show. An excerpt:\n\n"
            + "Q: When do you think you will fly home?\n\n"
            + "BROUSSEAU: They keep moving the date. First it was Friday, now it is Sunday.";

        Assert.Equal("Mireille Brousseau", Quote(text, "They keep").Speaker);
    }

    [Fact]
    public void An_editors_note_in_capitals_is_no_turn()
    {
        const string text = "Q: When do you think you will fly home?\n\n"
            + "ANSWER: They keep moving the date. First it was Friday, now it is Sunday, and nobody has told us why.\n\n"
            + "NOTE: This interview has been edited for length and clarity by the programme's producers.";

        Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Span.Of(text).StartsWith("This interview", StringComparison.Ordinal));
    }
}
