using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PressDigestTitlesTests
{
    [Fact]
    public void Each_newspaper_line_of_a_press_digest_is_an_organisation()
    {
        const string text = "PRESS DIGEST - ROMANIA - OCT 3 .\nBUCHAREST 1996-10-03\n"
            + "These are the main stories in the Bucharest press on Thursday .\n"
            + "ADEVARUL\n- The central bank raises its lending rate to 45 percent .\n"
            + "ROMANIA LIBERA\n- Opposition leaders meet in Cluj to agree a joint candidate .\n"
            + "22 PLUS\n- Miners threaten a new strike over pay .\n";

        var organisations = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Organization).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains("ADEVARUL", organisations);
        Assert.Contains("ROMANIA LIBERA", organisations);
        Assert.Contains("22 PLUS", organisations);
    }

    [Fact]
    public void A_line_in_capitals_outside_a_digest_is_left_to_the_other_passes()
    {
        const string text = "SOCCER - ROMANIA BEAT LATVIA .\nBUCHAREST 1996-10-03\nROMANIA LIBERA\n- a line .\n";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == "ROMANIA LIBERA" && m.Type == EntityTypes.Organization);
    }
}
