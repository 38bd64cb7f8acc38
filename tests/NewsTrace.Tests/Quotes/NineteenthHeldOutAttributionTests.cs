using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>Attribution patterns met in held-out set 19 (fishing seasons, ballot photos, refuges), in sentences written for these tests.</summary>
public sealed class NineteenthHeldOutAttributionTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Theory]
    [InlineData("Boat crews landed about two thirds of the quota before June, according to the Marine Catch Office, the ministry's survey arm.", "Boat crews landed about two thirds of the quota before June")]
    [InlineData("Boat crews landed about two thirds of the quota before June, according to Tomas Reyl, a biologist at the station.", "Boat crews landed about two thirds of the quota before June")]
    public void A_source_in_apposition_at_the_end_leaves_the_claim_before_it(string text, string claim)
        => Assert.Contains(QuoteFinder.Find(text), quote => quote.Span.Of(text) == claim && quote.Kind == QuoteKinds.AccordingTo);

    [Theory]
    [InlineData("The visit, according to Ivo Darrel, the ministry's spokesman, would be put off until spring.")]
    [InlineData("Horvat wrote that, according to a club source, the board is close to a deal with the coach.")]
    public void An_aside_with_its_source_described_still_spans_the_sentence(string text)
    {

        Assert.Contains(QuoteFinder.Find(text), quote => quote.Span.Of(text) == text.TrimEnd('.') && quote.Kind == QuoteKinds.AccordingTo);
    }

    [Fact]
    public void One_opening_a_description_hands_it_to_the_pronoun_after()
    {
        const string text = "One hunt organizer, who asked not to be named, said he would move the contest across the state line.\n\n\"We will take our money with us,\" he said.";

        Assert.Equal("hunt organizer", Quote(text, "We will").Speaker);
    }

    [Fact]
    public void A_name_with_and_inside_a_description_stays_whole()
    {
        const string text = "A Food and Drug Administration inspector who worked on the case, and who asked not to be named, told reporters the raid had been planned for weeks.\n\n\"Nobody rushed it,\" she said.\n\nThe inspector said the warrants had been signed in March.";

        Assert.Equal("Food and Drug Administration inspector", Quote(text, "the raid").Speaker);
        Assert.Equal("Food and Drug Administration inspector", Quote(text, "Nobody").Speaker);
        Assert.Equal("Food and Drug Administration inspector", Quote(text, "the warrants").Speaker);
    }

    [Theory]
    [InlineData("Hail ruined a third of the wheat crop in May, the Kansas Farm and Ranch Bureau said in a letter to lawmakers.", "Hail ruined a third of the wheat crop in May", "Kansas Farm and Ranch Bureau")]
    [InlineData("The carmakers want that cap doubled, Irene Sollberg, a vice president at the trade group, told the committee.", "The carmakers want that cap doubled", "Irene Sollberg")]
    public void A_claim_before_its_source_and_trailing_cue(string text, string claim, string speaker)
        => Assert.Contains(QuoteFinder.Find(text), quote => quote.Span.Of(text) == claim && quote.Speaker == speaker);
}
