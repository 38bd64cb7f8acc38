using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class SportsTeamContextTests
{
    [Theory]
    [InlineData("Sampdoria coach Sven-Goran Eriksson praised his defence after Fiorentina lost at home on Sunday.", "Fiorentina", EntityTypes.Organization)]
    [InlineData("Goals from two substitutes gave Bayern a narrow win in Bochum.", "Bayern", EntityTypes.Organization)]
    [InlineData("Liverpool beat Leeds 2-0 at Anfield on Saturday.", "Liverpool", EntityTypes.Organization)]
    [InlineData("Liverpool beat Leeds 2-0 at Anfield on Saturday.", "Leeds", EntityTypes.Organization)]
    [InlineData("Parma drew 2-2 with Bologna in a lively match.", "Bologna", EntityTypes.Organization)]
    [InlineData("Second-placed Milan were beaten by a late goal on Sunday.", "Milan", EntityTypes.Organization)]
    [InlineData("Thousands of fans gathered in Milan for the fashion week on Sunday.", "Milan", EntityTypes.Geopolitical)]
    [InlineData("Yorkshire captain David Byas declared at lunch on the third day.", "Yorkshire", EntityTypes.Organization)]
    public void A_club_is_a_team_where_the_sentence_makes_it_a_side(string text, string name, string type)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);

        var found = EntityFinder.Find(text).Single(m => m.Span.Start == start);

        Assert.Equal(name, found.Span.Of(text));
        Assert.Equal(type, found.Type);
    }

    [Fact]
    public void A_full_team_name_makes_its_city_the_team_but_not_in_the_dateline()
    {
        const string text = "BASEBALL - TWINS WIN\nMINNEAPOLIS 1996-07-02\nThe Minnesota Twins beat the Toronto Blue Jays 4-2 on Tuesday."
            + "\nKirby Puckett drove in two runs for Minnesota, and Toronto lost for the fifth time in a row.\nFans in Minneapolis cheered.";
        var found = EntityFinder.Find(text);

        Assert.Equal(EntityTypes.Organization, found.Single(m => m.Span.Of(text) == "Minnesota Twins").Type);
        Assert.Equal(EntityTypes.Organization, found.Single(m => m.Span.Of(text) == "Toronto Blue Jays").Type);
        Assert.Equal(EntityTypes.Organization, found.Single(m => m.Span.Start == text.LastIndexOf("Minnesota", StringComparison.Ordinal)).Type);
        Assert.Equal(EntityTypes.Organization, found.Single(m => m.Span.Start == text.LastIndexOf("Toronto", StringComparison.Ordinal)).Type);
        Assert.Equal(EntityTypes.Geopolitical, found.Single(m => m.Span.Of(text) == "MINNEAPOLIS").Type);
        Assert.Equal(EntityTypes.Organization, found.Single(m => m.Span.Of(text) == "TWINS").Type);
    }

    [Theory]
    [InlineData("The Toronto Argonauts beat the Edmonton Eskimos 43-37 in the snow on Sunday .", "Toronto Argonauts", "Edmonton Eskimos")]
    [InlineData("The Los Angeles Galaxy lost 3-2 to D.C. United , and the Tampa Bay Mutiny went out in the semifinals .", "Los Angeles Galaxy", "Tampa Bay Mutiny")]
    [InlineData("The Canterbury Crusaders beat the Otago Highlanders 31-20 , a week after the Waratahs lost in Durban .", "Canterbury Crusaders", "Otago Highlanders")]
    public void A_city_and_a_canadian_football_soccer_or_rugby_nickname_are_one_team(string text, string first, string second)
    {
        var teams = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Organization).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains(first, teams);
        Assert.Contains(second, teams);
    }

    [Fact]
    public void A_side_named_after_its_owner_is_one_team_and_its_nickname_in_the_headline_too()
    {
        const string text = "BASEBALL - HAWKS BEAT GIANTS IN OPENER\nTOKYO 1996-10-19\nThe Daiei Hawks beat the Yomiuri Giants 5-2 in the opening"
            + " game of the series on Saturday .";

        var teams = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Organization).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains("Yomiuri Giants", teams);
        Assert.Contains("GIANTS", teams);
    }

    [Fact]
    public void In_a_sports_story_a_town_with_a_side_cue_is_the_team_and_a_country_stays_the_country()
    {
        const string text = "SOCCER - LATE GOAL SINKS HOSTS\nBERLIN 1996-09-01\nVisitors took the points with a 2-1 win at Mainz on Saturday."
            + "\nGermany play Armenia next month.";

        var found = EntityFinder.Find(text);

        Assert.Equal(EntityTypes.Organization, found.Single(m => m.Span.Of(text) == "Mainz").Type);
        Assert.Equal(EntityTypes.Geopolitical, found.Single(m => m.Span.Of(text) == "Germany").Type);
        Assert.Equal(EntityTypes.Geopolitical, found.Single(m => m.Span.Of(text) == "BERLIN").Type);
    }

    [Fact]
    public void A_ground_of_two_words_after_at_stays_a_place()
    {
        const string text = "CRICKET - SUSSEX WIN\nHOVE 1996-08-20\nSussex completed a nine-wicket win over Somerset at Trent Bridge on Tuesday.";

        var found = EntityFinder.Find(text);

        Assert.DoesNotContain(found, m => m.Span.Of(text) == "Trent Bridge" && m.Type == EntityTypes.Organization);
        Assert.Equal(EntityTypes.Organization, found.Single(m => m.Span.Of(text) == "Somerset").Type);
    }

    [Fact]
    public void Outside_a_sports_story_a_town_before_won_stays_the_town()
    {
        const string text = "Salzburg won the right to stage the conference next year, officials said.";

        var found = EntityFinder.Find(text);

        Assert.DoesNotContain(found, m => m.Span.Of(text) == "Salzburg" && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_capitalised_pair_after_a_team_role_is_a_person()
    {
        const string text = "Celtic defender Tosh McKinlay was sent off in the second half.";

        var found = EntityFinder.Find(text);

        Assert.Equal(EntityTypes.Person, found.Single(m => m.Span.Of(text) == "Tosh McKinlay").Type);
        Assert.Equal(EntityTypes.Organization, found.Single(m => m.Span.Of(text) == "Celtic").Type);
    }

    [Fact]
    public void A_country_before_a_team_role_stays_the_country()
    {
        const string text = "SOCCER - SQUAD NAMED\nIreland coach Mick McCarthy named an unchanged side on Friday.\nWales beat Moldova 2-0 in their last game.";

        var found = EntityFinder.Find(text);

        Assert.Equal(EntityTypes.Geopolitical, found.Single(m => m.Span.Of(text) == "Ireland").Type);
        Assert.Equal(EntityTypes.Geopolitical, found.Single(m => m.Span.Of(text) == "Wales").Type);
    }

    [Fact]
    public void The_West_Indies_side_stays_the_place_as_national_sides_do()
    {
        const string text = "CRICKET - HOSTS IN CONTROL\nPERTH 1996-12-14\nThe hosts reached 402 for seven against the West Indies on Saturday ."
            + "\nWest Indies captain Courtney Walsh bowled 30 overs in the heat .";

        var found = EntityFinder.Find(text);

        Assert.All(found.Where(m => m.Span.Of(text) == "West Indies"), m => Assert.Equal(EntityTypes.Location, m.Type));
        Assert.Equal(2, found.Count(m => m.Span.Of(text) == "West Indies"));
    }

    [Fact]
    public void A_standings_line_with_percentage_and_games_behind_is_a_team()
    {
        const string text = "Standings:\nW L PCT GB\nBOSTON 70 58 .547 -\nDETROIT 61 68 .473 9 1/2\n";

        var found = EntityFinder.Find(text);

        Assert.Equal(EntityTypes.Organization, found.Single(m => m.Span.Of(text) == "BOSTON").Type);
        Assert.Equal(EntityTypes.Organization, found.Single(m => m.Span.Of(text) == "DETROIT").Type);
    }

    [Fact]
    public void A_team_named_after_a_region_is_found_with_its_nickname()
    {
        const string text = "Brett Favre threw two touchdown passes as the Green Bay Packers beat the Carolina Panthers 30-13 on Sunday .";

        var found = EntityFinder.Find(text).Select(m => (Text: m.Span.Of(text), m.Type)).ToList();

        Assert.Contains(("Carolina Panthers", EntityTypes.Organization), found);
    }

    [Theory]
    [InlineData("SOCCER - BAYERN SLIP IN HAMBURG .\nBONN 1996-11-02\nBayern Munich lost 2-1 at Hamburg SV on Saturday .\nGhanaian striker Tony Yeboah gave Hamburg the lead after 12 minutes .\n")]
    [InlineData("SOCCER - BAYERN SLIP IN HAMBURG .\nBONN 1996-11-02\nBayern Munich lost 2-1 at Hamburg SV on Saturday .\nA header from Tony Yeboah put Hamburg ahead after 12 minutes .\n")]
    public void A_town_given_the_lead_in_a_match_report_is_the_side(string text)
    {
        var at = text.IndexOf("Hamburg the lead", StringComparison.Ordinal) is var lead and >= 0 ? lead : text.IndexOf("Hamburg ahead", StringComparison.Ordinal);

        Assert.Equal(EntityTypes.Organization, EntityFinder.Find(text).Single(m => m.Span.Start == at).Type);
    }

    [Fact]
    public void A_town_after_in_in_a_headline_stays_the_town_though_the_story_s_club_bears_its_name()
    {
        const string text = "SOCCER - BAYERN SLIP IN HAMBURG .\nBONN 1996-11-02\nBayern Munich lost 2-1 at Hamburg SV on Saturday .\n"
            + "Ghanaian striker Tony Yeboah gave Hamburg the lead after 12 minutes .\n";

        var headline = text.IndexOf("HAMBURG", StringComparison.Ordinal);
        var club = text.IndexOf("Hamburg the lead", StringComparison.Ordinal);
        var found = EntityFinder.Find(text);

        Assert.Equal(EntityTypes.Organization, found.Single(m => m.Span.Start == club).Type);
        Assert.NotEqual(EntityTypes.Organization, found.Single(m => m.Span.Start == headline).Type);
    }
}
