using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class CountryNamedOrganisationsTests
{
    [Theory]
    [InlineData("A warning from Fisheries Canada came too late for the boats.", "Fisheries Canada")]
    [InlineData("Radio Sweden reported the result before the count ended.", "Radio Sweden")]
    [InlineData("The flight was run by Air Malta and landed on time.", "Air Malta")]
    [InlineData("Team Norway won the relay by two seconds.", "Team Norway")]
    [InlineData("Her flight across the Atlantic was run by Kestrel Atlantic.", "Kestrel Atlantic")]
    public void One_word_and_a_country_is_an_organisation(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void The_country_alone_later_is_not_taken_for_a_surname()
    {
        const string text = "Fisheries Canada spokesperson Alma Reyes said the quota was fixed. Fishermen across Canada protested on Monday.";

        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == "Canada" && m.Type == EntityTypes.Geopolitical);
        Assert.DoesNotContain(mentions, m => m.Type == EntityTypes.Person && m.Span.Of(text).Contains("Canada", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Unlike Canada, the other members voted for the plan.", "Canada")]
    [InlineData("The treaty was signed by Nazi Germany in 1939.", "Germany")]
    [InlineData("Ships joined the Kremlin-backed Pacific drills on Monday.", "Pacific")]
    [InlineData("Michael Jordan scored 40 points on Sunday.", "Michael Jordan")]
    [InlineData("The climbers reached the summit of Mount Malawi on Friday.", "Mount Malawi")]
    [InlineData("Rain fell across New Guinea and Borneo.", "New Guinea")]
    [InlineData("Ships sailed from French Guiana in May.", "French Guiana")]
    [InlineData("Voters in New Caledonia rejected independence.", "New Caledonia")]
    public void Other_words_before_a_country_keep_it_the_country_or_a_person(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type != EntityTypes.Organization);
        Assert.DoesNotContain(mentions, m => m.Type == EntityTypes.Organization);
    }
}
