using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class OrganisationJoinsTests
{
    [Theory]
    [InlineData("Output at Kangwon Iron and Steel Co rose 4 percent in October.", "Kangwon Iron and Steel Co")]
    [InlineData("Shares in Marlow Cable and Wire Ltd fell after the results.", "Marlow Cable and Wire Ltd")]
    public void Words_joined_by_and_before_a_company_form_are_one_company(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);

        var found = EntityFinder.Find(text).Single(m => m.Span.Start == start);

        Assert.Equal(name, found.Span.Of(text));
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Fact]
    public void A_country_after_a_company_form_and_of_is_the_country()
    {
        const string text = "The deal with Tamura Metals Corp of Japan was signed on Monday.";

        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == "Tamura Metals Corp" && m.Type == EntityTypes.Organization);
        Assert.Contains(mentions, m => m.Span.Of(text) == "Japan" && m.Type is EntityTypes.Geopolitical or EntityTypes.Location);
    }

    [Theory]
    [InlineData("Talks between Microsoft and Apple Inc ended without a deal.", "Apple Inc")]
    [InlineData("Sales at Tamura Motor Corp and Kessel Motor Co rose in May.", "Kessel Motor Co")]
    public void Two_companies_named_with_and_stay_two(string text, string second)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == second);
        Assert.DoesNotContain(mentions, m => m.Span.Of(text).Contains(" and ", StringComparison.Ordinal));
    }
}
