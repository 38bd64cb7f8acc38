using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PluralPossessiveNamesTests
{
    [Theory]
    [InlineData("Troops killed 14 fighters of the Kurdistan Workers ' Party in the southeast , the army said .", "Kurdistan Workers ' Party")]
    [InlineData("The Transport Workers' Union said its members would walk out on Monday.", "Transport Workers' Union")]
    [InlineData("Leaders of the Tavora Farmers' Association met the minister.", "Tavora Farmers' Association")]
    [InlineData("The Peoples' Democratic Party won most seats in the east.", "Peoples' Democratic Party")]
    public void A_plural_possessive_inside_a_body_s_name_keeps_the_name_whole(string text, string name)
    {
        var found = EntityFinder.Find(text);

        var organisation = Assert.Single(found, m => m.Span.Of(text) == name);
        Assert.Equal(EntityTypes.Organization, organisation.Type);
    }

    [Fact]
    public void A_name_on_each_side_is_an_owner_and_what_it_owns()
    {
        const string text = "She ran the Union of Concerned Scientists' Scientific Integrity Program until May.";

        var found = EntityFinder.Find(text);

        Assert.Contains(found, m => m.Span.Of(text) == "Union of Concerned Scientists");
        Assert.Contains(found, m => m.Span.Of(text) == "Scientific Integrity Program");
    }

    [Fact]
    public void A_plural_possessive_before_a_plain_noun_joins_nothing()
    {
        const string text = "The Smiths' house in Denver was sold on Friday.";

        var found = EntityFinder.Find(text);

        Assert.DoesNotContain(found, m => m.Span.Of(text).Contains("house", StringComparison.Ordinal));
    }
}
