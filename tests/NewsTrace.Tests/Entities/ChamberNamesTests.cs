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

    [Theory]
    [InlineData("He met them. State House Minority Leader Douglas Pettengill told reporters it was wrong.", "State House", "Douglas Pettengill")]
    [InlineData("State Senate Minority Leader Harold Quist said the pardon was wrong.", "State Senate", "Harold Quist")]
    [InlineData("He said House Majority Whip Lorna Vaszary would count the votes.", "House", "Lorna Vaszary")]
    public void A_chamber_before_its_officer_s_title_is_a_body_and_the_officer_a_person(string text, string chamber, string person)
    {
        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == chamber && m.Type == EntityTypes.Organization);
        Assert.Contains(found, m => m.Span.Of(text) == person && m.Type == EntityTypes.Person);
    }
}
