using NewsTrace.Entities;
using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

/// <summary>
/// Groups placed by "in" or "at" speak as written with their place, also after an opening phrase and before a market's
/// name (cases noticed in held-out set 24, in sentences written for these tests).
/// </summary>
public sealed class PlacedGroupSubjectTests
{
    private static Quotation Quote(string text, string startingWith)
        => QuoteFinder.Find(text).First(quote => quote.Span.Of(text).StartsWith(startingWith, StringComparison.Ordinal));

    [Theory]
    [InlineData("In a joint letter on Monday, mayors in the Segre valley wrote that the water had come too late.", "mayors in the Segre valley")]
    [InlineData("At a meeting in Lleida, farmers in the Ebro delta said that the quotas would ruin them.", "farmers in the Ebro delta")]
    [InlineData("On Monday, farmers in the Ebro delta said that the quotas would ruin them.", "farmers in the Ebro delta")]
    public void An_opening_phrase_set_off_by_a_comma_is_no_part_of_the_group(string sentence, string speaker)
    {
        var text = "Drought\n\n" + sentence;

        var quote = Assert.Single(QuoteFinder.Find(text));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void Traders_at_a_named_market_are_the_group_not_the_market()
    {
        const string text = "Fish sales\n\nTraders at Mokpo's Dongbu Market said sales had fallen by half since the release began.";

        Assert.Equal("Traders at Mokpo's Dongbu Market", Quote(text, "sales had").Speaker);
    }

    [Theory]
    [InlineData("Prices rose at Mokpo's Dongbu Market on Friday.", "Dongbu Market")]
    [InlineData("Shares fell on the Lisbon Stock Exchange.", "Lisbon Stock Exchange")]
    public void A_market_or_an_exchange_is_no_person(string text, string name)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Type == EntityTypes.Person && m.Span.Of(text).Contains(name, StringComparison.Ordinal));
}
