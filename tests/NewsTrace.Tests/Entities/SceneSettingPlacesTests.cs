using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

/// <summary>A sentence that opens with "In" and a name set off by a comma sets the scene in a place, whatever the name's shape.</summary>
public sealed class SceneSettingPlacesTests
{
    [Fact]
    public void A_name_after_a_sentence_opening_in_and_before_a_comma_is_a_place_here_and_later()
    {
        const string text = "Vote\n\nIn Tai Hang Tung, Leung Mei-kuen, a retired cook, said she would not vote. Shops in the rest of Tai Hang Tung stayed shut.";

        var mentions = EntityFinder.Find(text);
        Assert.All(mentions.Where(m => m.Span.Of(text) == "Tai Hang Tung"), m => Assert.Equal(EntityTypes.Geopolitical, m.Type));
        Assert.Equal(2, mentions.Count(m => m.Span.Of(text) == "Tai Hang Tung"));
        Assert.Contains(mentions, m => m.Type == EntityTypes.Person && m.Span.Of(text) == "Leung Mei-kuen");
    }

    [Fact]
    public void A_person_s_view_after_in_stays_a_person()
    {
        const string text = "Vote\n\nIn Leung Mei-kuen's view, the vote was a formality.";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Type == EntityTypes.Geopolitical);
    }

    [Fact]
    public void The_foreign_office_is_not_every_country_s_foreign_ministry()
    {
        const string text = "Britain's Foreign Office said the law was rushed.";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "Foreign Office" && m.Canonical == "Foreign Office");
    }
}
