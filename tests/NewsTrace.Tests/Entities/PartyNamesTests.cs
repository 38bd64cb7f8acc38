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

    [Theory]
    [InlineData("The Fiji Labour Party won 12 seats .", "Fiji Labour Party")]
    [InlineData("The Malawi Congress Party walked out of parliament on Friday .", "Malawi Congress Party")]
    public void A_country_written_right_before_a_party_opens_its_name(string text, string party)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == party);

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Fact]
    public void A_country_after_in_stays_apart_from_a_party_after_it()
    {
        const string text = "In Britain Labour Party members voted against the plan .";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "Britain");
    }
}
