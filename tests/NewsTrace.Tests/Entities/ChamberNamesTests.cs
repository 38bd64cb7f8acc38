using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class ChamberNamesTests
{
    [Fact]
    public void The_House_is_a_body_not_a_person()
    {
        const string text = "Sen. Ilse Marten (R-Alaska) said she was worried, and Owen Tally (R-Ky.) said he would wait to see what the House passed.";

        var house = Assert.Single(EntityFinder.Find(text), m => m.Span.Of(text) == "House");

        Assert.Equal(EntityTypes.Organization, house.Type);
    }

    [Theory]
    [InlineData("The lawmakers sent a letter to House leaders on Monday urging a vote.")]
    [InlineData("Two weeks later, House members voted to delay the bill.")]
    [InlineData("He said the House vote could slip to Friday.")]
    public void House_before_a_chamber_noun_is_the_chamber(string text)
    {
        var house = Assert.Single(EntityFinder.Find(text), m => m.Span.Of(text) == "House");

        Assert.Equal(EntityTypes.Organization, house.Type);
    }
}
