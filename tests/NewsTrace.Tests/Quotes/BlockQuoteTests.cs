using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>A paragraph introduced by "X said ...:" and printed without quote marks is X's quote.</summary>
public sealed class BlockQuoteTests
{
    [Fact]
    public void The_paragraph_after_a_cue_and_a_colon_is_the_speaker_s()
    {
        const string text =
            "Tomas Velichko spoke at a dinner in Dorvan on Tuesday. He declared, according to the text posted on his ministry’s website:\n" +
            "In the same spirit, Marovia gives its complete backing and friendship to the people of Kesmaria.\n" +
            "Velichko later met the mayor of Dorvan and visited the harbour.\n";

        var quotes = QuoteFinder.Find(text);

        var block = Assert.Single(quotes, quote => quote.Kind == QuoteKinds.Direct);
        Assert.Equal("In the same spirit, Marovia gives its complete backing and friendship to the people of Kesmaria.", block.Span.Of(text));
        Assert.Equal("Tomas Velichko", block.Speaker);
        Assert.Equal("He", block.SpeakerSpan!.Value.Of(text));
        Assert.Equal("declared", block.Cue);
    }

    [Fact]
    public void A_colon_without_a_speaker_s_cue_introduces_no_quote()
    {
        const string text =
            "The following towns were affected by the floods:\n" +
            "Lesna, Dorvan and the villages along the river were all cut off for two days.\n";

        Assert.Empty(QuoteFinder.Find(text));
    }
}
