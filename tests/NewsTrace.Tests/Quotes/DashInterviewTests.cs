using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Interviews printed as dash-led paragraphs with no speaker labels: questions, and answers by the person introduced before them.</summary>
public sealed class DashInterviewTests
{
    private const string Interview =
        "On Harbour Radio we talk about the ferry strike and the new timetable with Ilona Varga, a senior fellow at the Institute of Coastal Studies.\n\n" +
        "– Is the strike over?\n\n" +
        "– Not yet. The unions want a written promise before the boats sail again.\n\n" +
        "– Who will sign it?\n\n" +
        "“The port authority, and nobody else. We asked for that from the first day.\n\n" +
        "Ferries waiting at the Dorvan quay on Monday\n\n" +
        "– Will fares rise after the strike?\n\n" +
        "– A little, but the ministry has promised to cover most of the increase this year.\n";

    [Fact]
    public void The_answers_are_the_interviewee_s_and_the_unnamed_interviewer_s_questions_are_not_listed()
    {
        var quotes = QuoteFinder.Find(Interview);

        Assert.All(quotes, quote => Assert.Equal(QuoteKinds.Transcript, quote.Kind));
        Assert.Equal(["Ilona Varga", "Ilona Varga", "Ilona Varga"], quotes.Select(quote => quote.Speaker));
        Assert.StartsWith("Not yet.", quotes[0].Span.Of(Interview), StringComparison.Ordinal);
        Assert.Equal("Ilona Varga", quotes[0].SpeakerSpan!.Value.Of(Interview));
        Assert.DoesNotContain(quotes, quote => quote.Span.Of(Interview).EndsWith('?'));
    }

    [Fact]
    public void An_answer_opened_by_a_stray_quote_mark_is_still_the_answer()
    {
        var quotes = QuoteFinder.Find(Interview);

        var answer = Assert.Single(quotes, quote => quote.Span.Of(Interview).StartsWith("The port authority", StringComparison.Ordinal));
        Assert.Equal("Ilona Varga", answer.Speaker);
    }

    [Fact]
    public void A_dashed_list_without_questions_is_not_an_interview()
    {
        const string text =
            "The council approved four measures on Tuesday:\n" +
            "- a new bus line to the harbour;\n" +
            "- longer opening hours for the library;\n" +
            "- repairs to the Lesna bridge;\n" +
            "- a study of the flood defences.\n";

        Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Transcript);
    }
}
