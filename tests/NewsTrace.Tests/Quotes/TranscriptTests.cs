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
    public void Labelled_lines_are_transcript_quotes_of_the_named_speaker_and_an_unnamed_asker_s_questions_are_not_listed()
    {
        var quotes = QuoteFinder.Find(Transcript);
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, quote => Assert.Equal(QuoteKinds.Transcript, quote.Kind));
        Assert.Equal(["Marta Kowalczyk", "Marta Kowalczyk"], quotes.Select(quote => quote.Speaker));
        Assert.Equal("Yes. The repairs are finished and the crews are trained.", quotes[0].Span.Of(Transcript));
        Assert.Equal("Marta Kowalczyk", quotes[0].SpeakerSpan!.Value.Of(Transcript));
        Assert.Null(quotes[0].Cue);
    }

    [Theory]
    [InlineData("Q")]
    [InlineData("QUESTION")]
    [InlineData("Reporter")]
    [InlineData("Journalist")]
    [InlineData("Audience")]
    public void An_unnamed_asker_s_lines_are_no_one_s_quotes_but_still_end_the_answer_before_them(string label)
    {
        var text =
            "Marta Kowalczyk: The repairs are finished.\n" +
            "The crews are trained and the timetable is ready.\n" +
            $"{label}: Will the fares rise, and will the ferries run at night?\n" +
            "Marta Kowalczyk: No, and not before the summer.\n";

        var quotes = QuoteFinder.Find(text);

        Assert.Equal(["The repairs are finished.", "The crews are trained and the timetable is ready.", "No, and not before the summer."], quotes.Select(quote => quote.Span.Of(text)));
        Assert.All(quotes, quote => Assert.Equal("Marta Kowalczyk", quote.Speaker));
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

    [Fact]
    public void Opening_remarks_after_a_possessive_presser_line_are_the_speaker_s_and_the_last_answer_ends_where_the_first_person_does()
    {
        const string text =
            "Velichko flew on to Dorvan after the summit. His answers matter. Velichko’s presser:\n" +
            "Good evening\n" +
            "We came to Dorvan to finish the work started in spring. Our teams agreed on the crossing.\n" +
            "Question: Will the crossing open this year?\n" +
            "Tomas Velichko: It will open in May.\n" +
            "We would like the trains to follow soon after that, as our engineers proposed.\n" +
            "The rest of the visit was ceremonial, and the convoy left the US embassy at noon.\n";

        var quotes = QuoteFinder.Find(text);

        Assert.Equal(["We came to Dorvan to finish the work started in spring. Our teams agreed on the crossing.", "It will open in May.", "We would like the trains to follow soon after that, as our engineers proposed."], quotes.Select(quote => quote.Span.Of(text)));
        Assert.All(quotes, quote => Assert.Equal("Tomas Velichko", quote.Speaker));
    }

    [Fact]
    public void A_caption_about_a_briefing_owns_no_remarks()
    {
        const string text =
            "Foreign Minister Tomas Velichko speaks at a briefing in Dorvan on Monday.\n" +
            "The talks ended without a deal after two days of meetings in the capital.\n" +
            "Velichko: the valley deserves better\n";

        Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Span.Of(text).StartsWith("The talks", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_in_capitals_take_the_person_of_that_surname()
    {
        const string text =
            "Senator Ana Ruiz spoke on Sunday with the presenter Tom Keller about the harbour plan.\n\n" +
            "Here is part of their exchange:\n\n" +
            "KELLER: The council rejected a smaller plan last year, and nothing has changed since then.\n\n" +
            "RUIZ: The money has changed. The port now pays for half of it, and that was not true last year.\n";
        var quotes = QuoteFinder.Find(text);
        Assert.Equal(["Tom Keller", "Ana Ruiz"], quotes.Where(quote => quote.Kind == QuoteKinds.Transcript).Select(quote => quote.Speaker));
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz spoke with the Harbour Times's Tom Keller for an hour. Part of the talk follows.")]
    [InlineData("Mayor Ana Ruiz talked to Tom Keller of the Harbour Times for an hour. Part of the talk follows.")]
    [InlineData("Tom Keller of the Harbour Times interviewed Mayor Ana Ruiz in her office. Part of the talk follows.")]
    public void Question_and_answer_labels_take_the_interviewer_and_the_person_interviewed(string introduction)
    {
        var text = introduction + "\n\n" +
                   "Q: You said the ferry would run by May. Will it?\n\n" +
                   "A: It will. The crews are trained and the boats have passed their checks.\n\n" +
                   "Q: And the fares?\n\n" +
                   "A: They stay as they are until next summer, whatever the council says about it.\n";
        var quotes = QuoteFinder.Find(text);
        Assert.Equal(["Tom Keller", "Ana Ruiz", "Tom Keller", "Ana Ruiz"], quotes.Where(quote => quote.Kind == QuoteKinds.Transcript).Select(quote => quote.Speaker));
    }
}
