using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class DatelinesTests
{
    [Theory]
    [InlineData("REFUGEES RETURN HOME\nGISENYI, Rwanda 1996-11-16\nThousands crossed the border on Saturday.", "GISENYI")]
    [InlineData("MINERS STRIKE GOLD\nKALMORA 1997-02-03\nA small company said it had found gold.", "KALMORA")]
    [InlineData("FLOODS CUT ROADS\nPORT KELVAR, Malaysia 1996-12-01\nHeavy rain closed two highways.", "PORT KELVAR")]
    [InlineData("SWISS FOOD GROUP BUYS DAIRY\nVEVEY, Switzerland 1996-11-19\nNestle SA said on Tuesday it would buy a dairy company.", "VEVEY")]
    [InlineData("REBELS MEET ENVOYS\nSANTA MARIA DE LOS ANGELES, Mexico 1996-08-30\nRebels met government envoys on Friday.", "SANTA MARIA DE LOS ANGELES")]
    public void The_capitals_that_open_a_dateline_are_the_place_filed_from(string text, string place)
    {
        var start = text.IndexOf(place, StringComparison.Ordinal);

        var found = EntityFinder.Find(text).Single(m => m.Span.Start == start);

        Assert.Equal(place, found.Span.Of(text));
        Assert.Equal(EntityTypes.Geopolitical, found.Type);
    }

    [Fact]
    public void A_known_organisation_on_a_dateline_keeps_its_type()
    {
        const string text = "ENVOYS MEET\nUNITED NATIONS 1996-08-22\nThe council met on Thursday.";

        var found = EntityFinder.Find(text).Single(m => m.Span.Start == text.IndexOf("UNITED", StringComparison.Ordinal));

        Assert.Equal("UNITED NATIONS", found.Span.Of(text));
        Assert.Equal(EntityTypes.Organization, found.Type);
    }
}
