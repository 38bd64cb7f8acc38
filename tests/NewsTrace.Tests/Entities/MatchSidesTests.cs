using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class MatchSidesTests
{
    private const string County = "CRICKET - SUSSEX V ESSEX SCOREBOARD .\nHOVE 1997-05-15\n"
        + "Close of play on the first day of the county championship match between Sussex and Essex at Hove on Thursday :\n"
        + "Essex first innings\nN. Hussain not out 88\n";

    private const string Test = "CRICKET - INDIA V SRI LANKA SCOREBOARD .\nCOLOMBO 1997-08-02\n"
        + "Scores on the second day of the first test match between India and Sri Lanka on Saturday :\n";

    [Theory]
    [InlineData("SUSSEX")]
    [InlineData("ESSEX")]
    [InlineData("Sussex")]
    public void Sides_paired_in_a_match_are_clubs(string side)
        => Assert.Contains(EntityFinder.Find(County), m => m.Span.Of(County) == side && m.Type == EntityTypes.Organization);

    [Fact]
    public void A_side_before_its_innings_is_a_club()
        => Assert.Equal(2, EntityFinder.Find(County).Count(m => m.Span.Of(County) == "Essex" && m.Type == EntityTypes.Organization));

    [Theory]
    [InlineData("INDIA")]
    [InlineData("SRI LANKA")]
    [InlineData("India")]
    public void Countries_paired_in_a_match_stay_places(string side)
        => Assert.DoesNotContain(EntityFinder.Find(Test), m => m.Span.Of(Test) == side && m.Type == EntityTypes.Organization);

    [Theory]
    [InlineData("KENT")]
    [InlineData("Kent")]
    public void A_side_nothing_found_is_added_where_the_match_pairs_it(string side)
    {
        const string Text = "CRICKET - KENT V ESSEX SCOREBOARD .\nCANTERBURY 1997-05-15\n"
            + "Close of play on the first day of the county championship match between Kent and Essex at Canterbury on Thursday :\n";

        Assert.Contains(EntityFinder.Find(Text), m => m.Span.Of(Text) == side && m.Type == EntityTypes.Organization);
    }
}
