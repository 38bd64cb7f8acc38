using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>
/// A subject whose head noun has a phrase after it ("aides to the senator", "the head of the agency"): the head speaks, with
/// its phrase, not the noun at the end of the phrase.
/// </summary>
public sealed class PostModifiedSubjectTests
{
    [Theory]
    [InlineData("The head of the agency said the rules would change in May.", "The head of the agency")]
    [InlineData("A lawyer for the family said the appeal would be filed on Friday.", "lawyer for the family")]
    [InlineData("The father of the victim said the police had ignored the calls.", "The father of the victim")]
    [InlineData("A lawyer for Norvik Shipping said the company would appeal.", "lawyer for Norvik Shipping")]
    public void The_head_noun_and_its_phrase_speak_in_reported_speech(string text, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(QuoteKinds.Reported, quote.Kind);
        Assert.Equal(speaker, quote.Speaker);
        Assert.EndsWith(speaker, quote.SpeakerSpan!.Value.Of(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"We will not back down,\" aides to the senator said.", "aides to the senator")]
    [InlineData("\"It is over,\" a friend of the couple said.", "friend of the couple")]
    [InlineData("\"This is a scandal,\" members of the union said.", "members of the union")]
    public void The_head_noun_and_its_phrase_speak_a_direct_quote(string text, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(QuoteKinds.Direct, quote.Kind);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_role_brought_in_by_the_lead_is_the_person_the_next_sentence_names_with_it()
    {
        const string text = "A former press secretary to Mayor Dana Kell testified on Tuesday that the mayor had ordered the files destroyed.\n\n"
            + "Rowan Pask, who was Kell's press secretary until May, told the committee the order came by phone.";

        var quote = QuoteFinder.Find(text).First(q => q.Span.Of(text).StartsWith("the mayor had ordered", StringComparison.Ordinal));

        Assert.Equal("Rowan Pask", quote.Speaker);
    }

    [Fact]
    public void People_familiar_with_a_matter_are_the_source_of_an_according_to()
    {
        const string text = "According to two people familiar with the matter, the deal was signed in March.";

        var quote = Assert.Single(QuoteFinder.Find(text));

        // The number is no part of the group's name (gold convention since 2026-11-24, eleventh session).
        Assert.Equal("people familiar with the matter", quote.Speaker);
    }

    [Theory]
    [InlineData("Political analyst Hanna Berg of Lund University said the vote was close.", "Hanna Berg")]
    [InlineData("The Ministry of Foreign Affairs of Kesmaria said the envoy had been recalled.", "Ministry of Foreign Affairs of Kesmaria")]
    [InlineData("A statement from the Interior Ministry said the border would reopen on Monday.", "Interior Ministry")]
    [InlineData("A representative for the Interior Ministry said the border would reopen on Monday.", "Interior Ministry")]
    public void A_named_head_keeps_its_reading(string text, string speaker)
    {
        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal(speaker, quote.Speaker);
    }
}
