using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PlaceNounContextTests
{
    [Theory]
    [InlineData("The Velna river broke its banks on Monday.", "Velna", EntityTypes.Location)]
    [InlineData("Food was sent to Tarvan province by road.", "Tarvan", EntityTypes.Geopolitical)]
    [InlineData("Talks were held in the village of Novo Selnik on Friday.", "Novo Selnik", EntityTypes.Geopolitical)]
    [InlineData("He spent six months in Santa Lucrezia prison.", "Santa Lucrezia", EntityTypes.Location)]
    [InlineData("The president rested at the Kovrino sanatorium.", "Kovrino", EntityTypes.Location)]
    [InlineData("The group bid for the Mokana and Chibuye mines last year .", "Mokana", EntityTypes.Location)]
    [InlineData("The group bid for the Mokana and Chibuye mines last year .", "Chibuye", EntityTypes.Location)]
    [InlineData("Columns of refugees left the Kabanga and Rusumo camps on Thursday night .", "Kabanga", EntityTypes.Location)]
    [InlineData("A senior officer at the army 's Tortoise Pass base said the rebels had fled .", "Tortoise Pass", EntityTypes.Location)]
    [InlineData("Most of the fleet was expected in Victoria Dock over the next three days .", "Victoria Dock", EntityTypes.Location)]
    [InlineData("Families were held at the Varnel transit camp before the trains left .", "Varnel", EntityTypes.Location)]
    [InlineData("The two governments agreed to return the Kenmori air base within seven years .", "Kenmori", EntityTypes.Location)]
    [InlineData("The plane took off from Ramon Ortega international airport after midnight .", "Ramon Ortega", EntityTypes.Location)]
    public void A_place_noun_next_to_a_name_makes_it_a_place(string text, string name, string type)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == type);
    }

    [Theory]
    [InlineData("Typhoon Wilda killed at least 20 people on Wednesday.", "Wilda")]
    [InlineData("Officials said Hurricane Bertram would reach the coast by Friday.", "Bertram")]
    [InlineData("The cyclone Tarsila weakened overnight. Tarsila brought heavy rain to the coast, forecasters said.", "Tarsila")]
    [InlineData("Super Typhoon Wilda hit the islands. Wilda killed 20 people.", "Wilda")]
    [InlineData("The parish was hit by Hurricanes Katrina and Bertram within a month .", "Katrina")]
    [InlineData("The parish was hit by Hurricanes Katrina and Bertram within a month .", "Bertram")]
    [InlineData("HURRICANE ODALYS TURNS NORTH .\nHurricane Odalys swung north on Saturday . Behind Odalys , a second storm formed .", "Odalys")]
    [InlineData("HURRICANE ODALYS TURNS NORTH .\nHurricane Odalys swung north on Saturday . Behind Odalys , a second storm formed .", "ODALYS")]
    public void A_storm_is_no_person(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.DoesNotContain(mentions, m => m.Span.Of(text).Contains(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The shuttle Meridian will go to Florida. Meridian flew 33 missions.", "Meridian")]
    [InlineData("The tanker Kestrel Star sank off Spain. Salvage crews reached the Kestrel on Friday.", "Kestrel")]
    [InlineData("Space Shuttle Varda will be shown in Ohio.", "Varda")]
    public void Ships_and_spacecraft_are_no_people_or_places(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.DoesNotContain(mentions, m => m.Span.Of(text).EndsWith(name, StringComparison.Ordinal) && m.Type is EntityTypes.Person or EntityTypes.Geopolitical or EntityTypes.Location);
    }

    [Fact]
    public void A_known_country_named_by_a_ferry_stays_the_country()
    {
        const string text = "The ferry Estonia sank in 1994. Estonia mourned the dead.";

        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == "Estonia" && m.Type == EntityTypes.Geopolitical);
    }

    [Fact]
    public void A_country_s_former_name_is_the_country_as_a_side_too()
    {
        const string text = "RUGBY UNION - WESTERN SAMOA BEAT IRELAND .\nWestern Samoa beat Ireland 40-25 at Lansdowne Road on Saturday .";

        var found = EntityFinder.Find(text).Where(m => m.Span.Of(text).Equals("Western Samoa", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.Equal(2, found.Count);
        Assert.All(found, m => Assert.Equal(EntityTypes.Geopolitical, m.Type));
    }
}
