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

    [Theory]
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
    public void Outside_a_team_sport_a_lone_name_before_a_result_verb_is_left_alone()
    {
        const string text = "POLITICS - ELECTION RESULTS .\nLIMA 1996-04-10\nFujimori won 64 percent of the vote on Sunday , officials said .\n";

        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == "Fujimori");

        Assert.True(found is null || found.Type == EntityTypes.Person);
    }
}
