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
}
