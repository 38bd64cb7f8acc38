using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class CompanyContextTests
{
    [Theory]
    [InlineData("Thyssen closed 3 marks higher while Veba eased on profit-taking.", "Thyssen")]
    [InlineData("Prices were quoted by the Kyodo news agency on Monday.", "Kyodo")]
    [InlineData("The board of Gorvex Industries Co met on Friday.", "Gorvex Industries Co")]
    [InlineData("Petroleos de Venezuela SA raised its output in March .", "Petroleos de Venezuela SA")]
    [InlineData("State miner Minerales del Peru SA cut jobs .", "Minerales del Peru SA")]
    [InlineData("A Kazakhstan Airlines plane landed safely on Tuesday .", "Kazakhstan Airlines")]
    [InlineData("Lufthansa and Thai Airways International formed an alliance .", "Thai Airways International")]
    [InlineData("Dealers said Marlowe shares fell sharply after the warning.", "Marlowe")]
    [InlineData("Traders sold shares of Brantholm after its chairman resigned.", "Brantholm")]
    [InlineData("In London, Marlbrook Harrison fell 12 pence after the profit warning.", "Marlbrook Harrison")]
    [InlineData("Creditors took over Hanvel Steel after it failed to pay its debts.", "Hanvel Steel")]
    [InlineData("The board of Ostrander Chemicals approved the merger.", "Ostrander Chemicals")]
    [InlineData("Marubeni Petroleum Europe said it would buy two cargoes .", "Marubeni Petroleum Europe")]
    [InlineData("Foreign funds bought Velcom preferred shares on Tuesday .", "Velcom")]
    [InlineData("The Ibovar index lost 17 points on Monday .", "Ibovar")]
    [InlineData("Dealers said the Ibovar index would recover .", "Ibovar")]
    [InlineData("The fall dragged the Kestrel All Shares index down 0.6 percent .", "Kestrel All Shares")]
    [InlineData("He said the group 's Dunmore Zinc unit in Nevada had cut costs .", "Dunmore Zinc")]
    [InlineData("Bids came for the assets of Lundazi Consolidated Copper Mines on Monday .", "Lundazi Consolidated Copper Mines")]
    public void Companies_are_organisations_by_name_form_or_share_cue(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);

        var found = EntityFinder.Find(text).Single(m => m.Span.Start == start);

        Assert.Equal(name, found.Span.Of(text));
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Fact]
    public void A_batsman_who_added_runs_stays_the_person_named_in_full_before()
    {
        const string text = "Wicketkeeper Darren Mulcahy made an unbeaten 140 on Saturday .\nMulcahy added 88 for the seventh wicket with Tom Bevan .";

        var found = EntityFinder.Find(text);

        Assert.All(found.Where(m => m.Span.Of(text) == "Mulcahy"), m => Assert.Equal(EntityTypes.Person, m.Type));
    }

    [Fact]
    public void A_city_before_shares_stays_the_city()
    {
        const string text = "Dealers said Tokyo shares fell sharply on Monday.";

        var found = EntityFinder.Find(text);

        Assert.Equal(EntityTypes.Geopolitical, found.Single(m => m.Span.Of(text) == "Tokyo").Type);
    }

    [Theory]
    [InlineData("“We move people first,” Mayor Greta Moll told the Herald at the evacuation centre.", "Herald")]
    [InlineData("The mayor told the Herald on Tuesday that the bridge was safe.", "Herald")]
    public void A_newspaper_called_by_its_last_title_word_is_an_organisation(string text, string name)
    {
        var found = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Theory]
    [InlineData("Blue Lantern Gaming is basically two friends and a laptop.", "Blue Lantern Gaming")]
    [InlineData("The film was made by Kestrel Moon Productions last year.", "Kestrel Moon Productions")]
    public void A_name_ending_in_a_line_of_business_is_a_company(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_person_whose_surname_is_a_business_word_stays_a_person()
    {
        const string text = "Coach Thomas Steel said the team had played well.";

        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == "Thomas Steel" && m.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_country_before_a_line_of_business_and_a_title_stays_the_country()
    {
        const string Text = "The visit was announced in Kuwait . Kuwait Oil Minister Ali Saqer said output would rise .";

        Assert.DoesNotContain(EntityFinder.Find(Text), m => m.Span.Of(Text) == "Kuwait Oil" && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_player_named_in_full_who_adds_points_stays_a_person()
    {
        const string text = "Hakeem Olajuwon scored 31 points as the Houston Rockets won 102-94 .\nCharles Barkley added 18 points and Clyde Drexler 17 for the Rockets .";

        var barkley = EntityFinder.Find(text).Single(m => m.Span.Of(text) == "Charles Barkley");

        Assert.Equal(EntityTypes.Person, barkley.Type);
    }

    [Fact]
    public void A_name_read_as_a_place_that_ends_in_a_line_of_business_is_a_company()
    {
        const string text = "Analysts at Brightmoor Capital said bank shares would rise .";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "Brightmoor Capital" && m.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("Harmony Reef rose 1.25 rand to 62.75 and Kloofsig added 0.90 to 44.60 .", "Harmony Reef")]
    [InlineData("Among mining houses , Gencorra rose 0.35 to 17.40 and JKX was steady at 41.00 ahead of its results .", "Gencorra")]
    [InlineData("Among mining houses , Gencorra rose 0.35 to 17.40 and JKX was steady at 41.00 ahead of its results .", "JKX")]
    [InlineData("Great Lotus Holdings added 50 cents and Tan Wah Land Development rose HK$ 1.00 to HK$ 54.50 ahead of the auction .", "Tan Wah Land Development")]
    [InlineData("Telekom Pahang fell 25 sen to 24.50 ringgit and Tenaga Selatan eased 10 sen to 12.90 ringgit .", "Tenaga Selatan")]
    public void Words_that_move_by_a_price_to_a_closing_price_in_a_market_report_are_a_company(string text, string company)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == company && m.Type == EntityTypes.Organization);

    [Theory]
    [InlineData("Sales rose 5 percent to $ 3.2 billion in the quarter .", "Sales")]
    [InlineData("Copper fell $ 20 to $ 1,950 a tonne on the London Metal Exchange .", "Copper")]
    public void Results_and_commodities_that_move_by_a_figure_are_no_company(string text, string word)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == word && m.Type == EntityTypes.Organization);
}
