using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

/// <summary>Names of the kinds entity set 35 missed (firms in market reports, a Kashmiri title), in sentences written for these tests.</summary>
public sealed class EntitySetThirtyFiveTests
{
    [Theory]
    [InlineData("Gold shares were mixed , with Vleiberg Estates down 20 cents at 14.50 rand , dealers said .", "Vleiberg Estates")]
    [InlineData("\" Prices will rise , \" said Peter Harcombe of Harcombe Sugar Brokers .", "Harcombe Sugar Brokers")]
    [InlineData("\" Demand is thin , \" said Mark Tennant of Tennant Metals Advisory .", "Tennant Metals Advisory")]
    public void A_name_ending_in_a_line_of_business_no_surname_is_is_a_firm(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Organization && m.Span.Of(text) == name);

    [Theory]
    [InlineData("Carlos Mendes , head of Consorcio Andino Celular , said the bid was fair .", "Consorcio Andino Celular")]
    [InlineData("The bus , owned by Transportes Huallaga , left Lima on Sunday , police said .", "Transportes Huallaga")]
    public void A_romance_firm_s_first_word_opens_no_person_s_name(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Organization && m.Span.Of(text) == name);

    [Fact]
    public void A_surname_that_names_a_line_of_business_stays_a_person()
        => Assert.Contains(EntityFinder.Find("Striker Tom Mills scored twice ."), m => m.Type == EntityTypes.Person && m.Span.Of("Striker Tom Mills scored twice .") == "Tom Mills");

    [Fact]
    public void Mirwaiz_is_a_title_before_a_name()
    {
        const string text = "Separatist leader Mirwaiz Umar Farooq called for a boycott .";

        Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Person && m.Span.Of(text) == "Umar Farooq");
    }

    [Theory]
    [InlineData("The Ministry of Farming , Fisheries and Forests said on Tuesday it would approve the loans .", "Ministry of Farming , Fisheries and Forests")]
    [InlineData("Agents from the Bureau of Alcohol , Tobacco , Firearms and Explosives searched the house .", "Bureau of Alcohol , Tobacco , Firearms and Explosives")]
    public void A_body_named_by_a_list_of_portfolios_is_one_name(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Organization && m.Span.Of(text) == name);

    [Fact]
    public void A_ministry_listed_with_places_keeps_them_apart()
    {
        const string text = "Talks between the Ministry of Defence , Israel and Egypt resumed .";

        var mentions = EntityFinder.Find(text);
        Assert.Contains(mentions, m => m.Type == EntityTypes.Geopolitical && m.Span.Of(text) == "Egypt");
    }

    [Fact]
    public void A_nationality_before_a_lower_case_noun_ends_no_body_s_name()
    {
        const string text = "Ilan Mizrahi , a spokesman for the Golan Council of Jewish settlers , said the talks had failed .";

        var mentions = EntityFinder.Find(text);
        Assert.Contains(mentions, m => m.Type == EntityTypes.Organization && m.Span.Of(text) == "Golan Council");
        Assert.Contains(mentions, m => m.Type == EntityTypes.Nationality && m.Span.Of(text) == "Jewish");
    }
}
