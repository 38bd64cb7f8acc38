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
    public void A_known_organisation_on_a_dateline_is_the_seat_the_story_was_filed_from()
    {
        const string text = "ENVOYS MEET\nUNITED NATIONS 1996-08-22\nThe council met on Thursday.";

        var found = EntityFinder.Find(text).Single(m => m.Span.Start == text.IndexOf("UNITED", StringComparison.Ordinal));

        Assert.Equal("UNITED NATIONS", found.Span.Of(text));
        Assert.Equal(EntityTypes.Geopolitical, found.Type);
    }

    [Theory]
    [InlineData("TALLAHASSEE \u2014 The governor signed the bill on Friday.", "TALLAHASSEE")]
    [InlineData("DUBUQUE, Iowa \u2014 The senator spoke on Friday.", "DUBUQUE")]
    [InlineData("REPORTING FROM SACRAMENTO \u2014 The governor signed the bill.", "SACRAMENTO")]
    public void An_american_dateline_before_a_dash_is_the_place(string text, string place)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == place && m.Type == EntityTypes.Geopolitical);

    [Fact]
    public void A_label_before_a_dash_is_no_place()
    {
        const string text = "EXCLUSIVE \u2014 Governor Ann Pell spoke on Friday.";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == "EXCLUSIVE");
    }

    [Theory]
    [InlineData("JACKSON , Miss. 1996-08-26\nA jury awarded damages on Monday .", "Miss.")]
    [InlineData("WHITE PLAINS , N.Y. 1996-11-15\nThe court met on Friday .", "N.Y.")]
    [InlineData("SANTA MONICA , Calif. 1996-11-22\nThe trial resumed .", "Calif.")]
    public void A_state_s_abbreviation_after_the_dateline_s_comma_is_a_place(string text, string state)
    {
        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == state && m.Type is EntityTypes.Geopolitical or EntityTypes.Location);
    }

    [Fact]
    public void An_agency_in_brackets_after_a_headline_is_no_term_s_acronym()
    {
        const string text = "Hackers breached the county server\n\n(KBN) \u2014 Hackers gained access to a server, officials told KBN on Tuesday.";

        Assert.Equal(2, EntityFinder.Find(text).Count(m => m.Span.Of(text) == "KBN" && m.Type == EntityTypes.Organization));
    }

    [Fact]
    public void The_town_a_story_is_filed_from_is_a_place_wherever_the_story_names_it_alone()
    {
        const string text = "CYCLING - LEBRIAND WINS NIORT STAGE .\nNIORT , France 1996-08-29\n"
            + "Gilles Lebriand won the third stage in a sprint on Thursday . The race returns to Niort next year .";

        var body = text.LastIndexOf("Niort", StringComparison.Ordinal);

        Assert.Equal(EntityTypes.Geopolitical, Assert.Single(EntityFinder.Find(text), m => m.Span.Start == body).Type);
    }
}
