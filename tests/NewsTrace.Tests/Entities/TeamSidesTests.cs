using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class TeamSidesTests
{
    private const string Danish = "SOCCER - DANISH FIRST DIVISION RESULTS .\nCOPENHAGEN 1996-09-29\n"
        + "A late goal from Per Pedersen gave Silkeborg the points in a scrappy game on Sunday .\n"
        + "Results :\nIkast 1 Silkeborg 2\nLyngby 0 Herfolge 3\n";

    private const string Lithuanian = "BASKETBALL - ZALGIRIS WIN IN ATHENS .\nATHENS 1996-11-21\n"
        + "Zalgiris Kaunas beat Panionios 81-70 in a group match on Thursday .\n"
        + "Tomas Pacesas scored 24 points for Zalgiris , who lead the group by two wins .\n";

    private const string Swedish = "SOCCER - TRELLEBORG STUN ORGRYTE .\nSTOCKHOLM 1996-09-22\n"
        + "Trelleborg beat champions Orgryte 2-1 on Sunday to stay in the race for the title .\n"
        + "Elsewhere , Hacken won 3-0 at Degerfors and Norrkoping drew 0-0 with Umea in front of 4,000 fans .\n";

    private const string Japanese = "SOCCER - GAMBA HOLD FLUGELS .\nTOKYO 1996-08-31\n"
        + "Gamba Osaka came from behind to draw 2-2 with Yokohama Flugels in the first stage of the league on Saturday .\n"
        + "Sanfrecce Hiroshima stayed second after a goalless draw , while Nagoya Grampus Eight lost for the third time .\n";

    private const string JapaneseResults = "SOCCER - JAPANESE LEAGUE RESULTS .\nTOKYO 1996-09-07\n"
        + "Jubilo Iwata kept second place with a 2-1 win at Kyoto Purple Sanga , who have not won at home since May .\n"
        + "Results :\nKyoto Purple Sanga 1 Jubilo Iwata 2\nGamba Osaka 0 Kashiwa Reysol 3\n";

    private const string Rugby = "RUGBY UNION - TOULOUSE WIN CUP .\nDUBLIN 1997-01-25\n"
        + "French club Toulouse won the cup on Saturday , beating Bristol 31-12 at the Lansdowne ground .\n"
        + "Bristol 's Welsh coach Alan Rees said his side had tired .\n";

    private const string French = "SOCCER - LYON HOLD NANTES .\nPARIS 1996-10-19\n"
        + "Auxerre went four points clear on Saturday when Nantes could only draw 1-1 at home to Lyon .\n";

    private const string AustralianRules = "AUSTRALIAN RULES - ESSENDON BEAT SYDNEY .\nMELBOURNE 1996-09-28\n"
        + "Essendon beat the Sydney Swans by 20 points in the final on Saturday .\n"
        + "The Bombers led all day after Sydney , chasing a first flag for 60 years , had kicked the opening goal .\n";

    private const string County = "CRICKET - KENT ROUT SUSSEX IN FINAL .\nLONDON 1996-09-07\n"
        + "Seamer Dean Holloway took five wickets as Kent bowled out Sussex for 92 at Lord 's on Saturday .\n"
        + "Sussex did well to restrict Kent to 201 on a slow pitch , but their reply never recovered .\n";

    private const string Baseball = "BASEBALL - VETERAN REACHES 3,000 HITS .\nKANSAS CITY 1996-09-16\n"
        + "Veteran Nate Holloway , who spent 15 seasons with the Brewers , became the 21st player to reach 3,000 hits on Monday .\n"
        + "He joins Eddie Murray of Baltimore as the only active players with 3,000 hits , and Juan Soto of Venezuela is next .\n";

    private const string Argentine = "RUGBY UNION - SPRINGBOKS TOO STRONG FOR ARGENTINA .\nBUENOS AIRES 1996-11-09\n"
        + "South Africa ran in five tries on Saturday , while the Pumas replied with two penalties .\n";

    [Theory]
    [InlineData(French, "Nantes", 0)]
    [InlineData(French, "Lyon", 0)]
    [InlineData(AustralianRules, "Sydney", 1)]
    [InlineData(AustralianRules, "Bombers", 0)]
    [InlineData(Argentine, "Pumas", 0)]
    [InlineData(Rugby, "Bristol", 0)]
    [InlineData(Rugby, "Toulouse", 0)]
    [InlineData(Rugby, "Bristol", 1)]
    [InlineData(JapaneseResults, "Kyoto Purple Sanga", 0)]
    [InlineData(Japanese, "Gamba Osaka", 0)]
    [InlineData(Japanese, "Yokohama Flugels", 0)]
    [InlineData(Japanese, "Sanfrecce Hiroshima", 0)]
    [InlineData(Japanese, "Nagoya Grampus Eight", 0)]
    [InlineData(Danish, "Silkeborg", 0)]
    [InlineData(Lithuanian, "Zalgiris Kaunas", 0)]
    [InlineData(Lithuanian, "Zalgiris", 1)]
    [InlineData(Lithuanian, "ZALGIRIS", 0)]
    [InlineData(Lithuanian, "Panionios", 0)]
    [InlineData(Swedish, "Trelleborg", 0)]
    [InlineData(Swedish, "TRELLEBORG", 0)]
    [InlineData(Swedish, "Orgryte", 0)]
    [InlineData(Swedish, "Degerfors", 0)]
    [InlineData(Swedish, "Norrkoping", 0)]
    [InlineData(Swedish, "Umea", 0)]
    [InlineData(Baseball, "Baltimore", 0)]
    [InlineData(County, "Kent", 0)]
    [InlineData(County, "Kent", 1)]
    [InlineData(County, "Sussex", 0)]
    [InlineData(County, "Sussex", 1)]
    [InlineData(County, "KENT", 0)]
    public void A_side_in_a_team_sport_story_is_a_club(string text, string name, int occurrence)
    {
        var start = -1;
        for (var n = 0; n <= occurrence; n++)
        {
            start = text.IndexOf(name, start + 1, StringComparison.Ordinal);
        }

        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Start == start);

        Assert.NotNull(found);
        Assert.Equal(name, found.Span.Of(text));
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Theory]
    [InlineData(Danish, "Per Pedersen")]
    [InlineData(Lithuanian, "Tomas Pacesas")]
    [InlineData("TENNIS - IVANISEVIC THROUGH IN STOCKHOLM .\nSTOCKHOLM 1996-11-07\nGoran Ivanisevic beat Thomas Enqvist 6-4 6-3 on Thursday .\n", "Thomas Enqvist")]
    public void Players_stay_people(string text, string name)
    {
        var found = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.Equal(EntityTypes.Person, found.Type);
    }

    [Fact]
    public void A_place_a_fleet_sets_off_for_is_the_place()
    {
        const string text = "SAILING - WHITBREAD FLEET SETS SAIL .\nSOUTHAMPTON 1996-09-29\n"
            + "The fleet leaves for Wellington on Sunday , and ten crews will race for the Whitbread trophy .\n";

        var found = EntityFinder.Find(text).Single(m => m.Span.Of(text) == "Wellington");

        Assert.Equal(EntityTypes.Geopolitical, found.Type);
    }

    [Fact]
    public void Outside_a_team_sport_a_lone_name_before_a_result_verb_is_left_alone()
    {
        const string text = "POLITICS - ELECTION RESULTS .\nLIMA 1996-04-10\nFujimori won 64 percent of the vote on Sunday , officials said .\n";

        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == "Fujimori");

        Assert.True(found is null || found.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_country_after_a_player_and_of_stays_the_country()
    {
        var found = EntityFinder.Find(Baseball).Single(m => m.Span.Of(Baseball) == "Venezuela");

        Assert.Equal(EntityTypes.Geopolitical, found.Type);
    }
}
