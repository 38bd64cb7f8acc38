using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class NationalityBeforeKnownBodiesTests
{
    private static List<(string Text, string Type)> Found(string text) => EntityFinder.Find(text).Select(m => (m.Span.Of(text), m.Type)).ToList();

    [Theory]
    [InlineData("A list backed by the Shi'ite Hizbollah won all ten seats in the valley .", "Shi'ite", "Hizbollah")]
    [InlineData("Afghan Taleban fighters advanced on the town on Monday .", "Afghan", "Taleban")]
    public void A_nationality_before_a_known_body_is_the_nationality_and_the_body(string text, string nationality, string body)
    {
        var found = Found(text);

        Assert.Contains((nationality, EntityTypes.Nationality), found);
        Assert.Contains((body, EntityTypes.Organization), found);
    }

    [Theory]
    [InlineData("Leaders of the Indonesian Democratic Party met in Jakarta on Monday .", "Indonesian Democratic Party")]
    [InlineData("The Iranian Red Crescent sent tents to the quake zone .", "Iranian Red Crescent")]
    public void A_party_or_a_national_society_named_with_its_nationality_stays_whole(string text, string body)
        => Assert.Contains((body, EntityTypes.Organization), Found(text));

    [Theory]
    [InlineData("Agents of the State Department 's Diplomatic Security Service guarded him .", "State Department", "Diplomatic Security Service")]
    [InlineData("Dealers waited for the Federal Reserve 's Open Market Committee to meet .", "Federal Reserve", "Open Market Committee")]
    public void A_body_and_the_body_it_owns_are_two_names(string text, string owner, string owned)
    {
        var found = Found(text);

        Assert.Contains((owner, EntityTypes.Organization), found);
        Assert.Contains((owned, EntityTypes.Organization), found);
    }

    [Fact]
    public void A_lone_head_word_before_the_possessive_owns_nothing()
    {
        const string text = "He spent ten years in the Government 's Witness Protection Program before the trial .";

        Assert.DoesNotContain(("Government", EntityTypes.Organization), Found(text));
    }

    [Theory]
    [InlineData("The ruling Golkar party expects to win most seats .", "Golkar")]
    [InlineData("On LIFFE in London , December cocoa fell six pounds .", "LIFFE")]
    [InlineData("The ruling Kuomintang met in Taipei .", "Kuomintang")]
    public void Parties_and_markets_of_the_lists_are_bodies(string text, string body)
        => Assert.Contains((body, EntityTypes.Organization), Found(text));
}
