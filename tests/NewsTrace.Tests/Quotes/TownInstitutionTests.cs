using NewsTrace.Quotes;

namespace NewsTrace.Tests.Quotes;

public sealed class TownInstitutionTests
{
    [Theory]
    [InlineData("ORSKA, Velland, Oct. 16 (Wire) \u2014 Hundreds of people left the northern town of Orska overnight as the river rose.\n\nSchools in the old town will stay shut until Monday, the town hall said.", "Orska town hall")]
    [InlineData("ORSKA \u2014 About 200 residents of Orska\u2019s old town were moved to a gym overnight, the town\u2019s emergency services said on Wednesday.", "Orska emergency services")]
    [InlineData("Hundreds of people left the city of Brellin overnight. The roads will stay shut, the city council said.", "Brellin city council")]
    public void The_town_s_institution_is_named_with_the_town_the_story_is_about(string text, string speaker)
        => Assert.Equal(speaker, QuoteFinder.Find(text).Last().Speaker);

    [Fact]
    public void Without_a_town_named_the_institution_stays_as_written()
    {
        const string text = "Schools will stay shut until Monday, the town hall said.";

        Assert.Equal("town hall", QuoteFinder.Find(text).Last().Speaker);
    }
}
