using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PlacePrefixesTests
{
    [Theory]
    [InlineData("Soldiers at Fort Sherman trained for jungle warfare until the base closed .", "Fort Sherman")]
    [InlineData("The crew of the freighter, 40 men, was held at Fort Sherman.", "Fort Sherman")]
    [InlineData("The talks at Camp David ended on Tuesday without a deal .", "Camp David")]
    [InlineData("Rangers closed the trail up Mount Stanley after the storm .", "Mount Stanley")]
    public void A_place_word_before_a_given_name_makes_a_place(string text, string place)
    {
        var mentions = EntityFinder.Find(text);

        var found = Assert.Single(mentions, m => m.Span.Of(text).Contains(place.Split(' ')[1], StringComparison.Ordinal));
        Assert.Equal(place, found.Span.Of(text));
        Assert.Contains(found.Type, new[] { EntityTypes.Location, EntityTypes.Geopolitical });
    }

    [Fact]
    public void A_person_after_a_place_word_that_ends_a_phrase_stays_a_person()
    {
        const string text = "The hotel by the lake hired Walter Brandt as its manager .";

        var walter = Assert.Single(EntityFinder.Find(text), m => m.Span.Of(text) == "Walter Brandt");

        Assert.Equal(EntityTypes.Person, walter.Type);
    }

    [Theory]
    [InlineData("About 3,000 workers at the plant in St. Catharines walked out on Monday.", "St. Catharines")]
    [InlineData("The freighter sailed from St. Albert at dawn.", "St. Albert")]
    public void Saint_after_a_place_preposition_opens_a_place(string text, string place)
    {
        var found = Assert.Single(EntityFinder.Find(text), m => m.Span.Of(text).Contains(place.Split(' ')[1], StringComparison.Ordinal));

        Assert.Equal(place, found.Span.Of(text));
        Assert.Contains(found.Type, new[] { EntityTypes.Location, EntityTypes.Geopolitical });
    }

    [Fact]
    public void Saint_opening_a_sentence_keeps_the_saint()
        => Assert.DoesNotContain(EntityFinder.Find("St. Paul wrote to the church at Corinth."), m => m.Span.Start == 0 && m.Type != EntityTypes.Person);

    [Theory]
    [InlineData("She qualifies through a grandmother from Co Clare.", "Co Clare")]
    [InlineData("He was born in Co. Kerry and moved to Leeds at nine.", "Co. Kerry")]
    [InlineData("The farm lies outside Ennis, Co Clare, near the coast.", "Co Clare")]
    public void Co_before_one_capitalised_word_after_a_place_word_is_an_Irish_county(string text, string county)
    {
        var found = Assert.Single(EntityFinder.Find(text), m => m.Span.Of(text).Contains(county.Split(' ')[1], StringComparison.Ordinal));

        Assert.Equal(county, found.Span.Of(text));
        Assert.Equal(EntityTypes.Geopolitical, found.Type);
    }

    [Fact]
    public void Co_in_a_firm_s_name_stays_the_firm_s()
    {
        const string text = "Shares in Harlow & Co. Partners rose on Monday.";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text).StartsWith("Co", StringComparison.Ordinal) && m.Type == EntityTypes.Geopolitical);
    }
}
