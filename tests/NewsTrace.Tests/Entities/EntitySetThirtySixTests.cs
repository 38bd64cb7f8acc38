using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

/// <summary>Names of the kinds entity set 36 missed (shares that hold or move by a named currency, papers, held ground), in sentences written for these tests.</summary>
public sealed class EntitySetThirtySixTests
{
    [Theory]
    [InlineData("Banks led the rise , with Kordabank up 600 lira to 11,400 .", "Kordabank")]
    [InlineData("Norsk Hydro added 2.00 crowns to 305.00 , while Vardofisk was steady at 350.00 .", "Vardofisk")]
    public void A_name_whose_price_moves_or_holds_is_a_company(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Organization && m.Span.Of(text) == name);

    [Theory]
    [InlineData("The independent Banjul Observer said posters had been torn down .", "Banjul Observer")]
    [InlineData("Two local papers , the Naha Shimpo and the Okinawa Times , backed the vote .", "Naha Shimpo")]
    [InlineData("Sui Southern Gas Pipelines fell one rupee to 21.40 .", "Sui Southern Gas Pipelines")]
    [InlineData("\" Stocks are thin , \" said trader K.P. Menon of Kochi Spice Traders .", "Kochi Spice Traders")]
    public void A_name_ending_in_a_paper_s_or_a_trade_s_word_is_an_organisation(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Organization && m.Span.Of(text) == name);

    [Theory]
    [InlineData("The army said soldiers pushed into rebel-held Paranthan on Thursday as the offensive entered a sixth week .", "Paranthan")]
    [InlineData("Militia fired on the Qara Tepe road southwest of the capital .", "Qara Tepe")]
    [InlineData("Nickel was found under Lake Lefroy , the company said .", "Lake Lefroy")]
    public void Held_ground_a_road_s_town_and_a_lake_are_places(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Type is EntityTypes.Geopolitical or EntityTypes.Location && m.Span.Of(text) == name);

    [Fact]
    public void A_road_map_named_after_a_person_leaves_the_person()
    {
        const string text = "Diplomats studied the Petra Lindqvist road map on Monday .";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Type is EntityTypes.Geopolitical or EntityTypes.Location);
    }

    [Theory]
    [InlineData("Officials at the Prime Minister's Office declined to comment .", "Prime Minister's Office")]
    [InlineData("The Chief Minister's Office said the roads would reopen .", "Chief Minister's Office")]
    [InlineData("Charges were filed , according to the Halden County District Attorney 's Office .", "Halden County District Attorney 's Office")]
    public void An_office_named_after_the_title_it_serves_is_a_body(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Type == EntityTypes.Organization && m.Span.Of(text) == name);
        Assert.DoesNotContain(mentions, m => m.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_named_person_s_office_leaves_the_person()
    {
        const string text = "Governor Ana Ruiz 's Office was closed on Monday .";

        Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Person && m.Span.Of(text) == "Ana Ruiz");
    }

    [Fact]
    public void A_member_named_after_a_party_the_document_names_before_is_still_found()
    {
        const string text = "Harmony and the Reformists voted against. Reformists MP Ilze Kalnina told the chamber it was a mistake.";

        Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Person && m.Span.Of(text) == "Ilze Kalnina");
    }
}
