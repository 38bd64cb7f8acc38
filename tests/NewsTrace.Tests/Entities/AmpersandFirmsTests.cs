using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class AmpersandFirmsTests
{
    [Theory]
    [InlineData("A jury ordered Brack & Wellingham to pay the smoker .", "Brack & Wellingham")]
    [InlineData("Analysts at ODB Terhoven & Kalb said rates would hold .", "ODB Terhoven & Kalb")]
    public void Capitalised_words_joined_by_an_ampersand_are_one_firm(string text, string firm)
    {
        var mention = Assert.Single(EntityFinder.Find(text), m => m.Span.Of(text) == firm);

        Assert.Equal(EntityTypes.Organization, mention.Type);
    }

    [Fact]
    public void A_known_place_before_the_ampersand_keeps_its_reading()
    {
        const string text = "He flew to Trinidad & Tobago on Monday .";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "Trinidad" && m.Type == EntityTypes.Geopolitical);
    }

    [Fact]
    public void Two_bodies_in_capitals_stay_two_names()
    {
        const string text = "Talks with the EU & IMF resumed on Monday .";

        var names = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains("EU", names);
        Assert.Contains("IMF", names);
    }

    [Theory]
    [InlineData("The new line will be 60 percent owned by K&V and will run from Dover .", "K&V")]
    [InlineData("Shares of AT&X rose 2 percent on Monday .", "AT&X")]
    public void Capitals_joined_by_an_ampersand_in_one_word_are_a_firm(string text, string firm)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == firm && m.Type == EntityTypes.Organization);

    [Fact]
    public void Business_initials_joined_by_an_ampersand_are_no_firm()
    {
        const string text = "Spending on R&D rose , and M&A bankers were busy .";

        Assert.Empty(EntityFinder.Find(text));
    }
}
