using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PluralTeamNamesTests
{
    [Fact]
    public void One_plural_word_after_the_is_a_team_wherever_it_stands()
    {
        const string text = "The Falcons , trailing 14-0 at the start of the second quarter , scored 31 straight points . "
            + "Matt Ryan completed 29 of 34 passes as the Falcons ( 11-4 ) recorded their sixth win .";

        var teams = EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Falcons").ToList();

        Assert.Equal(2, teams.Count);
        Assert.All(teams, m => Assert.Equal(EntityTypes.Organization, m.Type));
    }

    [Fact]
    public void A_surname_in_s_after_the_stays_a_person()
    {
        const string text = "Terry Nichols was sentenced on Friday. The jury in the Nichols case deliberated for a week. Nichols did not speak.";

        Assert.All(EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Nichols"), m => Assert.Equal(EntityTypes.Person, m.Type));
    }
}
