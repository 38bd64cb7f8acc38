using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

/// <summary>Gaelic football and hurling: counties play as teams, as cricket's counties do.</summary>
public sealed class GaelicGamesTests
{
    private const string Story = "GAELIC FOOTBALL - KERRY EDGE PAST GALWAY IN SEMI-FINAL .\nDUBLIN 1996-08-18\nKerry beat Galway 1-12 to 0-13 at Croke Park on Sunday , while Meath beat Mayo in the other semi-final .\nGalway manager John Tobin said his side had missed too many chances .";

    [Theory]
    [InlineData("KERRY")]
    [InlineData("GALWAY")]
    [InlineData("Kerry")]
    [InlineData("Galway")]
    [InlineData("Meath")]
    public void A_county_playing_is_a_team(string county)
        => Assert.All(EntityFinder.Find(Story).Where(m => m.Span.Of(Story) == county), m => Assert.Equal(EntityTypes.Organization, m.Type));

    [Fact]
    public void A_county_in_other_news_is_a_place()
    {
        const string text = "Flooding closed three roads in County Meath and two in Mayo on Tuesday , police said .";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "Mayo" && m.Type == EntityTypes.Geopolitical);
    }
}
