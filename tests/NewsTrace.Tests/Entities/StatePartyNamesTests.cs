using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class StatePartyNamesTests
{
    [Theory]
    [InlineData("The Ohio GOP piled on by Wednesday afternoon.", "Ohio GOP")]
    [InlineData("The Texas Democratic Party said it would appeal.", "Texas Democratic Party")]
    public void A_state_before_its_party_is_one_body(string text, string party)
    {
        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == party && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_county_party_member_is_a_place_and_a_group_word_not_a_body()
    {
        const string text = "\u201cHe owes the voters an answer,\u201d the Kent County Republican told reporters.";

        var found = EntityFinder.Find(text);

        Assert.DoesNotContain(found, m => m.Type == EntityTypes.Organization);
        Assert.Contains(found, m => m.Span.Of(text) == "Kent County");
    }
}
