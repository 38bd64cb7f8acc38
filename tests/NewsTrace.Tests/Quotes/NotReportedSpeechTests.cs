using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Verbs of saying that report no one's words: as adjectives, in the passive, after "as" (cases found by `eval speakers` on GUM, rewritten).</summary>
public sealed class NotReportedSpeechTests
{
    [Theory]
    [InlineData("In answer to the said problem, this study offers a cheaper way to light the hall.")]
    [InlineData("The deep worries behind the alleged crisis have several sources in the published record.")]
    [InlineData("The road was finished at an estimated cost of nine million dollars over two years.")]
    [InlineData("We looked at the effects of different written instructions on how visitors view the paintings.")]
    [InlineData("The team were twice denied visas to enter the country before the contest began.")]
    [InlineData("The parents asked that they should be declared not guilty because of their beliefs.")]
    [InlineData("As noted earlier, all the figures were weighted by the survey weights of the study.")]
    [InlineData("Village names are written using the local spelling and the way the villagers say them.")]
    [InlineData("Well, what is the problem? I mean, is the problem national, say between two peoples, or is it a matter of age?")]
    [InlineData("The reform camp maintained a majority in the district seats after the vote in September.")]
    [InlineData("Staff writers sometimes write their own headlines for the weekend edition of the paper.")]
    [InlineData("The guide explained the rules of the game to the new players before the match began.")]
    [InlineData("Polls suggest the race for the harbour seat is close, with neither candidate clearly ahead.")]
    [InlineData("Exit polls suggested Marta Kowalczyk won the suburbs by about 12 points.")]
    [InlineData("Recent surveys suggest most voters in the district have not yet decided.")]
    public void A_verb_of_saying_used_as_an_adjective_in_the_passive_or_after_as_reports_nothing(string text)
    {
        Assert.DoesNotContain(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Reported);
    }

    [Theory]
    [InlineData("Marta Kowalczyk has said the harbour would reopen in May after repairs.")]
    [InlineData("Marta Kowalczyk maintained the harbour would reopen in May after repairs.")]
    [InlineData("Marta Kowalczyk wrote that the harbour would reopen in May after repairs.")]
    [InlineData("Marta Kowalczyk was quoted as saying the harbour would reopen in May.")]
    [InlineData("The harbour will reopen in May, Marta Kowalczyk had said on Friday.")]
    public void Active_cues_with_auxiliaries_still_report(string text)
    {
        Assert.Contains(QuoteFinder.Find(text), quote => quote.Kind == QuoteKinds.Reported);
    }

    [Fact]
    public void A_poll_after_according_to_and_a_survey_body_still_speak()
    {
        const string text = "Most voters oppose the toll, according to a poll by the Harbour Institute. "
                            + "The quake had a magnitude of 5, the National Geological Survey said.";

        var quotes = QuoteFinder.Find(text);

        Assert.Contains(quotes, quote => quote.Kind == QuoteKinds.AccordingTo);
        Assert.Contains(quotes, quote => quote.Kind == QuoteKinds.Reported && quote.Speaker!.Contains("Survey", StringComparison.Ordinal));
    }

    [Fact]
    public void A_negated_cue_keeps_its_subject_as_the_source()
    {
        const string text = "The sports ministry has not said the team broke any rule during the trip.";

        var quote = Assert.Single(QuoteFinder.Find(text));

        Assert.Equal("sports ministry", quote.Speaker);
    }
}
