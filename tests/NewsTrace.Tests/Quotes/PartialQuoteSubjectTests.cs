using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Who says a partial quote whose nearest verb is a participle or a verb of posting that takes a thing as its object.</summary>
public sealed class PartialQuoteSubjectTests
{
    private static Quotation WithText(string text, string inner)
        => Assert.Single(QuoteFinder.Find(text), quote => quote.Span.Of(text) == inner);

    [Theory]
    [InlineData("Senate candidate Mara Lindqvist has spent weeks telling farmers that she would “never touch the subsidy” if elected.")]
    [InlineData("Senate candidate Mara Lindqvist spent the summer telling farmers that she would “never touch the subsidy” if elected.")]
    public void A_participle_after_the_main_verb_s_object_speaks_for_the_sentence_s_subject(string text)
    {
        var quote = WithText(text, "never touch the subsidy");

        Assert.Equal("Mara Lindqvist", quote.Speaker);
        Assert.Equal("Mara Lindqvist", quote.SpeakerSpan!.Value.Of(text));
    }

    [Fact]
    public void Posting_a_thing_is_not_the_cue_of_the_quote_after_it()
    {
        const string text = "Mara Lindqvist films her weekly shopping. She said the clips had been watched a million times, "
                            + "and she said she would keep posting them “until the bills come down.”";

        var quote = WithText(text, "until the bills come down.");

        Assert.Equal("Mara Lindqvist", quote.Speaker);
        Assert.Equal("said", quote.Cue);
    }
}
