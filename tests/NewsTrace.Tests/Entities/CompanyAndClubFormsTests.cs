using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class CompanyAndClubFormsTests
{
    [Theory]
    [InlineData("Savers were warned about schemes run by firms such as Dravo Holding .", "Dravo Holding")]
    [InlineData("Bollore Groupe said on Monday it would bid for the shipping line .", "Bollore Groupe")]
    [InlineData("Analysts at Bank Vontobel said the merger came as a surprise .", "Bank Vontobel")]
    [InlineData("Analysts at Bank Julius Frey said the merger came as a surprise .", "Bank Julius Frey")]
    [InlineData("Helsingborg IF were held 1-1 at home on Sunday .", "Helsingborg IF")]
    [InlineData("Elsewhere , FC Tirol beat SK Brann 2-0 in front of 8,000 fans .", "FC Tirol")]
    [InlineData("Elsewhere , FC Tirol beat SK Brann 2-0 in front of 8,000 fans .", "SK Brann")]
    [InlineData("The Taleban militia took the town on Tuesday , witnesses said .", "Taleban")]
    [InlineData("Rosario Central held River Plate to a goalless draw in front of 40,000 fans .", "Rosario Central")]
    [InlineData("Rosario Central held River Plate to a goalless draw in front of 40,000 fans .", "River Plate")]
    [InlineData("Jubilo Iwata stayed top after a 2-1 win over Kashima Antlers on Saturday .", "Kashima Antlers")]
    [InlineData("St Kilda kicked five goals in the last quarter to beat the Sydney Swans by 12 points .", "St Kilda")]
    public void Legal_and_club_forms_make_an_organisation(string text, string name)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == name);

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Fact]
    public void A_headline_names_a_company_without_its_legal_form()
    {
        const string text = "NORDIC AIRWAYS AND ATLAS SIGN ALLIANCE .\nLONDON 1996-06-11\nNordic Airways Plc and Atlas Air Corp said on Tuesday they would share routes across the Atlantic .\n";

        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == "NORDIC AIRWAYS");

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Fact]
    public void A_headline_names_a_company_without_its_legal_form_when_its_first_word_is_a_nationality()
    {
        const string text = "BRITISH AIRWAYS AND ATLAS SIGN ALLIANCE .\nLONDON 1996-06-11\nBritish Airways Plc and Atlas Air Corp said on Tuesday they would share routes .\n";

        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == "BRITISH AIRWAYS");

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Theory]
    [InlineData("Several Kashmiri leaders and Mayan villagers were at the meeting .", "Kashmiri")]
    [InlineData("Several Kashmiri leaders and Mayan villagers were at the meeting .", "Mayan")]
    public void Peoples_are_nationalities_not_persons(string text, string name)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == EntityTypes.Person);
}
