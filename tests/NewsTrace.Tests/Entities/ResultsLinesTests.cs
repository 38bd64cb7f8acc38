using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class ResultsLinesTests
{
    private const string Results = "Results of league matches on Saturday:\nArsenal 2 Coventry 0\nBarcelona 3 Valencia 1\nGermany 2 Italy 1\n"
        + "Standings:\nAston Villa 10 6 3 1 20 8 21\nGreg Norman 67 70 68\nThe final was played in Barcelona on 12 October 1996.\n";

    [Theory]
    [InlineData("Arsenal", EntityTypes.Organization)]
    [InlineData("Coventry", EntityTypes.Organization)]
    [InlineData("Valencia", EntityTypes.Organization)]
    [InlineData("Aston Villa", EntityTypes.Organization)]
    [InlineData("Germany", EntityTypes.Geopolitical)]
    [InlineData("Italy", EntityTypes.Geopolitical)]
    [InlineData("Greg Norman", EntityTypes.Person)]
    public void The_sides_of_a_results_or_standings_line_are_teams_countries_or_players(string side, string type)
    {
        var start = Results.IndexOf(side + " ", StringComparison.Ordinal);

        var found = EntityFinder.Find(Results).Single(m => m.Span.Start == start);

        Assert.Equal(side, found.Span.Of(Results));
        Assert.Equal(type, found.Type);
    }

    [Fact]
    public void A_city_named_in_running_text_stays_the_city()
    {
        var club = Results.IndexOf("Barcelona", StringComparison.Ordinal);
        var city = Results.LastIndexOf("Barcelona", StringComparison.Ordinal);

        var found = EntityFinder.Find(Results).ToDictionary(m => m.Span.Start, m => m.Type);

        Assert.Equal(EntityTypes.Organization, found[club]);
        Assert.Equal(EntityTypes.Geopolitical, found[city]);
    }

    [Theory]
    [InlineData("Results on Sunday :\nVasco da Gama 1 Bangu 0\n", "Vasco da Gama")]
    [InlineData("Results on Sunday :\nVasco da Gama 1 Bangu 0\n", "Bangu")]
    [InlineData("Summaries :\nUtrecht 0 Vitesse 2 ( van Duin 15 pen , Koster 77 ) . Half-time 0-1 . Attendance 9,000 .\n", "Utrecht")]
    [InlineData("Summaries :\nUtrecht 0 Vitesse 2 ( van Duin 15 pen , Koster 77 ) . Half-time 0-1 . Attendance 9,000 .\n", "Vitesse")]
    [InlineData("Other results : Western Province 27 Free State 22 ( in Cape Town ) ; Griqualand West 19 Boland 18 ( in Kimberley ) .\n", "Free State")]
    [InlineData("Other results : Western Province 27 Free State 22 ( in Cape Town ) ; Griqualand West 19 Boland 18 ( in Kimberley ) .\n", "Griqualand West")]
    [InlineData("Other results : Western Province 27 Free State 22 ( in Cape Town ) ; Griqualand West 19 Boland 18 ( in Kimberley ) .\n", "Boland")]
    public void A_side_named_with_a_particle_or_followed_by_match_notes_or_in_results_run_on_is_a_team(string text, string side)
    {
        var found = EntityFinder.Find(text).Single(m => m.Span.Of(text) == side);

        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Theory]
    [InlineData("Sporting Braga")]
    [InlineData("Aarau")]
    [InlineData("Rapid Wien")]
    [InlineData("Hajduk")]
    [InlineData("Werder 05")]
    public void A_club_followed_by_its_country_in_brackets_is_a_team(string side)
    {
        const string text = "Results of Cup Winners ' Cup matches on Thursday :\nSporting Braga ( Portugal ) 2 Aarau ( Switzerland ) 0\n"
            + "Rapid Wien ( Austria ) 1 Hajduk ( Croatia ) 1\nWerder 05 ( Germany ) 3 Odense ( Denmark ) 1\n";

        var found = EntityFinder.Find(text);

        Assert.Equal(EntityTypes.Organization, found.Single(m => m.Span.Of(text) == side).Type);
        Assert.Contains(found, m => m.Span.Of(text) == "Switzerland" && m.Type == EntityTypes.Geopolitical);
    }

    [Fact]
    public void A_club_named_with_its_founding_year_is_a_team()
    {
        const string text = "Results of German first division matches on Saturday :\nBorussia Dortmund 1 1860 Munich 1\nHamburg 2 Bayer Leverkusen 3\n";

        Assert.Equal(EntityTypes.Organization, EntityFinder.Find(text).Single(m => m.Span.Of(text) == "1860 Munich").Type);
    }

    private const string LeagueLines = "Results of league matches on Saturday :\nStenhousemuir 1 Queen of the South 1\nEast Stirlingshire 0 Queen 's Park 1\n"
        + "Connah 's Quay Nomads 2 Flint Town United 0\nIn Vienna : Austria 0 Scotland 0 . 43,000\n";

    [Theory]
    [InlineData("Stenhousemuir", EntityTypes.Organization)]
    [InlineData("Queen of the South", EntityTypes.Organization)]
    [InlineData("East Stirlingshire", EntityTypes.Organization)]
    [InlineData("Queen 's Park", EntityTypes.Organization)]
    [InlineData("Connah 's Quay Nomads", EntityTypes.Organization)]
    [InlineData("Scotland", EntityTypes.Geopolitical)]
    public void A_side_with_of_the_or_a_possessive_inside_is_one_team_and_a_home_nation_a_national_side(string side, string type)
    {
        var start = LeagueLines.IndexOf(side + " ", StringComparison.Ordinal);

        var found = EntityFinder.Find(LeagueLines).Single(m => m.Span.Start == start);

        Assert.Equal(side, found.Span.Of(LeagueLines));
        Assert.Equal(type, found.Type);
    }
}
