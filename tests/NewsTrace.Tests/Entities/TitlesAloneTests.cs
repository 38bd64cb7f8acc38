using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class TitlesAloneTests
{
    [Theory]
    [InlineData("Opposition MPs said the bill had been rushed through in a single day.", "MPs")]
    [InlineData("The company's CEO said sales would recover, and two CEOs of rival firms agreed.", "CEO")]
    [InlineData("A government MP said the reshuffle was overdue.", "MP")]
    public void A_title_in_capitals_alone_is_no_name(string text, string title)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == title);

    [Fact]
    public void The_party_of_a_member_of_parliament_is_the_name()
    {
        const string text = "A senior Labour MP said the leader had lost the room.";

        var party = Assert.Single(EntityFinder.Find(text), m => m.Span.Of(text).StartsWith("Labour", StringComparison.Ordinal));

        Assert.Equal("Labour", party.Span.Of(text));
        Assert.Equal(EntityTypes.Organization, party.Type);
    }

    [Fact]
    public void A_plural_title_read_as_people_is_a_team()
    {
        const string text = "The Chiefs beat the Broncos 27-24 on Sunday. The Chiefs have won five in a row.";

        Assert.All(EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Chiefs"), m => Assert.Equal(EntityTypes.Organization, m.Type));
    }

    [Fact]
    public void The_chamber_before_a_majority_leader_is_the_name()
    {
        const string text = "Senate Majority Leader Harlan Voss said the vote would wait.";

        var mentions = EntityFinder.Find(text);

        Assert.Equal(EntityTypes.Organization, Assert.Single(mentions, m => m.Span.Of(text) == "Senate").Type);
        Assert.Equal(EntityTypes.Person, Assert.Single(mentions, m => m.Span.Of(text) == "Harlan Voss").Type);
    }
}
