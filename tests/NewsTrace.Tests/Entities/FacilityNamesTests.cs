using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class FacilityNamesTests
{
    [Theory]
    [InlineData("The capsule went on show at the Harlow Space Center on Friday.", "Harlow Space Center")]
    [InlineData("Crowds queued outside the Marsden Planetarium in the rain.", "Marsden Planetarium")]
    [InlineData("A new wing opened at the Museum of Rail in Derby last week.", "Museum of Rail")]
    [InlineData("The orchestra returned to Calloway Hall after the repairs.", "Calloway Hall")]
    [InlineData("Flights out of Kestrel Airport were cancelled because of fog.", "Kestrel Airport")]
    [InlineData("The crew was held at Fort Varden until the court hearing.", "Fort Varden")]
    [InlineData("The jet was stored at Brannock-Ellis Air Force Base for ten years.", "Brannock-Ellis Air Force Base")]
    [InlineData("Delegates met at the Ostrava Convention Centre on Monday.", "Ostrava Convention Centre")]
    [InlineData("A second gala is planned at the Kessler Center in January.", "Kessler Center")]
    [InlineData("The second Test starts at Edgbaston on Thursday.", "Edgbaston")]
    [InlineData("United were beaten 2-1 at Anfield on Saturday.", "Anfield")]
    public void Buildings_and_sites_are_locations(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == EntityTypes.Location);
    }

    [Theory]
    [InlineData("The Pew Research Center said on Monday that trust in newspapers had fallen.", "Pew Research Center")]
    [InlineData("Officials at Harvard University said the lab would close.", "Harvard University")]
    [InlineData("The figures were published by the Policy Center on Monday.", "Policy Center")]
    public void Institutions_named_like_buildings_stay_organisations(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("He was elected to the Baseball Hall of Fame in 1999.", "Hall of Fame")]
    public void Honours_and_spacecraft_are_no_places(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.DoesNotContain(mentions, m => m.Span.Of(text).Contains(name, StringComparison.Ordinal) && m.Type == EntityTypes.Location);
    }

    [Theory]
    [InlineData("Mayor Christopher Hall opened the new bridge on Monday.")]
    [InlineData("The new bridge was opened by Mayor Christopher Hall on Monday.")]
    public void A_titled_person_whose_surname_is_a_site_word_stays_a_person(string text)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == "Christopher Hall" && m.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_role_after_the_site_is_not_part_of_its_name()
    {
        const string text = "Museum of Rail CEO Anna Berglund said the engine would arrive in May.";

        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == "Museum of Rail" && m.Type == EntityTypes.Location);
        Assert.Contains(mentions, m => m.Span.Of(text) == "Anna Berglund" && m.Type == EntityTypes.Person);
    }

    [Theory]
    [InlineData("The meeting was held at the King Baudouin Stadium in Brussels on Friday.", "King Baudouin Stadium")]
    [InlineData("Flights from the Queen Alia Airport resumed on Monday.", "Queen Alia Airport")]
    [InlineData("A man was arrested in Port Stephens on Tuesday.", "Port Stephens")]
    public void A_site_named_with_a_title_or_a_port_is_one_place(string text, string name)
    {
        var found = EntityFinder.Find(text).Single(m => m.Span.Of(text).Contains(name.Split(' ')[1], StringComparison.Ordinal));

        Assert.Equal(name, found.Span.Of(text));
        Assert.Equal(EntityTypes.Location, found.Type);
    }
}
