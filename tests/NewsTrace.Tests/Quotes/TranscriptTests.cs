using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

public sealed class TranscriptTests
{
    private const string Transcript =
        "Question: Will the ferry line reopen this year?\n" +
        "Marta Kowalczyk: Yes. The repairs are finished and the crews are trained.\n" +
        "Question: And the fares?\n" +
        "Marta Kowalczyk: They stay as they are until next summer.\n";

    [Fact]
    public void Labelled_lines_are_transcript_quotes_with_the_label_as_speaker()
    {
        var quotes = QuoteFinder.Find(Transcript);
        Assert.Equal(4, quotes.Length);
        Assert.All(quotes, quote => Assert.Equal(QuoteKinds.Transcript, quote.Kind));
        Assert.Equal(["Question", "Marta Kowalczyk", "Question", "Marta Kowalczyk"], quotes.Select(quote => quote.Speaker));
        Assert.Equal("Yes. The repairs are finished and the crews are trained.", quotes[1].Span.Of(Transcript));
        Assert.Equal("Marta Kowalczyk", quotes[1].SpeakerSpan!.Value.Of(Transcript));
        Assert.Null(quotes[1].Cue);
    }

    [Fact]
    public void Opening_remarks_under_a_remarks_heading_belong_to_its_speaker_when_labels_follow()
    {
        const string text =
            "Minister Marta Kowalczyk's remarks at the harbour opening\n\n" +
            "Good morning to all of you, and thank you for coming to the harbour today.\n\n" +
            "Question: When do ferries start?\n\n" +
            "Marta Kowalczyk: Next Monday, at six in the morning.\n";
        var quotes = QuoteFinder.Find(text);
        Assert.Equal(QuoteKinds.Transcript, quotes[0].Kind);
        Assert.StartsWith("Good morning", quotes[0].Span.Of(text), StringComparison.Ordinal);
        Assert.Equal("Marta Kowalczyk", quotes[0].Speaker);
    }

    [Theory]
    [InlineData("Note: the figures are provisional and may change later.\n")]
    [InlineData("Photo: a ferry in the harbour at dawn, seen from the pier.\n")]
    public void Labels_that_are_not_speakers_are_ignored(string text)
        => Assert.Empty(QuoteFinder.Find(text));
}
