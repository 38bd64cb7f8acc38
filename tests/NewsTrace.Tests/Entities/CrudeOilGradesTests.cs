using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class CrudeOilGradesTests
{
    [Fact]
    public void The_north_sea_grade_is_no_person_where_the_story_writes_brent_crude()
    {
        const string text = "OIL - BRENT EDGES UP ON SUPPLY WORRIES .\nLONDON 1996-09-03\nBrent crude rose 30 cents on Tuesday . November Brent traded at 21.90 dollars .";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) is "Brent" or "BRENT");
    }

    [Fact]
    public void A_man_called_brent_stays_a_person()
    {
        const string text = "Brent Cattermole shot 69 on Sunday . Brent crude prices were not his concern . Brent said he was pleased .";

        Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Person && m.Span.Of(text) == "Brent Cattermole");
        Assert.Contains(EntityFinder.Find(text), m => m.Type == EntityTypes.Person && m.Span.Of(text) == "Brent");
    }
}
