using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PartyNamesTests
{
    [Theory]
    [InlineData("Prime Minister Aiko Tanabe 's Liberal Democratic Party won 240 of the 500 seats .", "Liberal Democratic Party")]
    [InlineData("The new Democratic Party of Japan took 52 seats on Sunday .", "Democratic Party of Japan")]
    [InlineData("Former communists in the Democratic Party of the Left hold most cabinet posts .", "Democratic Party of the Left")]
    public void A_party_s_name_holding_a_shorter_known_one_is_read_whole(string text, string party)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == party);

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Theory]
    [InlineData("Tomasz Wielgosz , a Green councillor who voted against , said the budget ignored the suburbs .", "Green")]
    [InlineData("Odile Marchetti , a Liberal senator , said the count was not over .", "Liberal")]
    public void A_party_s_adjective_between_a_and_a_title_is_no_person(string text, string adjective)
    {
        var found = EntityFinder.Find(text).Where(m => m.Span.Of(text) == adjective).ToList();

        Assert.All(found, m => Assert.NotEqual(EntityTypes.Person, m.Type));
    }

    [Fact]
    public void A_person_between_a_and_a_title_stays_a_person_when_no_party_s_adjective()
    {
        const string text = "A Bergman aide said on Friday that the senator would run again .";

        var found = EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Bergman").ToList();

        Assert.All(found, m => Assert.Equal(EntityTypes.Person, m.Type));
    }
}
