using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class WorldTownsTests
{
    [Theory]
    [InlineData("Rescue teams reached Ardabil on Tuesday after the earthquake.", "Ardabil", EntityTypes.Geopolitical)]
    [InlineData("Ferries from Durres were cancelled because of the storm.", "Durres", EntityTypes.Geopolitical)]
    [InlineData("Police in Gelsenkirchen said two men were arrested.", "Gelsenkirchen", EntityTypes.Geopolitical)]
    [InlineData("Fighting spread from Kisangani towards the border.", "Kisangani", EntityTypes.Geopolitical)]
    [InlineData("The convoy left Quetta at dawn and reached the pass by noon.", "Quetta", EntityTypes.Geopolitical)]
    [InlineData("Voters in Chittagong queued for hours outside polling stations.", "Chittagong", EntityTypes.Geopolitical)]
    [InlineData("Barges were stranded on the Danube as the water fell.", "Danube", EntityTypes.Location)]
    [InlineData("Tankers crossing the Strait of Hormuz were told to keep their radios on.", "Strait of Hormuz", EntityTypes.Location)]
    [InlineData("Wildfire smoke drifted across the Pacific Northwest for a week.", "Pacific Northwest", EntityTypes.Location)]
    [InlineData("The probe lifted off from Cape Canaveral shortly after dawn.", "Cape Canaveral", EntityTypes.Geopolitical)]
    [InlineData("Warships patrolled waters off the Korean Peninsula on Monday.", "Korean Peninsula", EntityTypes.Location)]
    [InlineData("Storms battered the Gulf Coast overnight, cutting power to thousands.", "Gulf Coast", EntityTypes.Location)]
    [InlineData("Thieves robbed a jeweller in a hotel on the glamorous French Riviera on Sunday.", "French Riviera", EntityTypes.Location)]
    public void Towns_and_rivers_no_capital_list_names_are_places(string text, string name, string type)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);

        var found = EntityFinder.Find(text).Single(m => m.Span.Start == start);

        Assert.Equal(name, found.Span.Of(text));
        Assert.Equal(type, found.Type);
    }

    [Fact]
    public void A_bank_named_after_a_province_stays_one_organisation()
    {
        const string text = "The Bank of Sindh raised its lending rate on Monday.";

        var found = EntityFinder.Find(text);

        Assert.DoesNotContain(found, m => m.Span.Of(text) == "Sindh");
    }

    [Theory]
    [InlineData("Reading the statement aloud, the mayor paused twice.", "Reading")]
    [InlineData("Split ballots were counted again in the afternoon.", "Split")]
    [InlineData("Mobile phones were banned from the chamber.", "Mobile")]
    public void Town_names_that_are_ordinary_words_are_left_out(string text, string word)
    {
        var found = EntityFinder.Find(text);

        Assert.DoesNotContain(found, m => m.Span.Of(text) == word);
    }

    [Theory]
    [InlineData("A bomb went off at a West Coast Bank branch in Woodburn on Friday.", "West Coast Bank")]
    [InlineData("She teaches at Gulf Coast University in the spring.", "Gulf Coast University")]
    public void A_body_named_after_a_region_is_an_organisation(string text, string name)
    {
        var found = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.Equal(EntityTypes.Organization, found.Type);
    }
}
