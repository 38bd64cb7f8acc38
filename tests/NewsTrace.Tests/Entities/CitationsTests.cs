using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class CitationsTests
{
    private const string Paper =
        "The study was inspired by Marlowe & Quenby [7] but our results differed. In Marlowe & Quenby's study, hens were housed "
        + "apart. Earlier work (Tarvik et al., 2005; Olden, Brask, & Tarvik, 2009) found the same. Ferrand's (1971) scheme was "
        + "kept, and so was the correction of Haldor and Venn (1981). Ferrand later revised it.";

    [Theory]
    [InlineData("Marlowe")]
    [InlineData("Quenby")]
    [InlineData("Tarvik")]
    [InlineData("Olden")]
    [InlineData("Brask")]
    [InlineData("Ferrand")]
    [InlineData("Haldor")]
    [InlineData("Venn")]
    public void Cited_authors_are_people_wherever_they_are_named(string author)
    {
        var found = EntityFinder.Find(Paper).Where(m => m.Span.Of(Paper) == author).ToList();

        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.Equal(EntityTypes.Person, m.Type));
        Assert.Equal(CountWords(Paper, author), found.Count);
    }

    [Theory]
    [InlineData("The agency's budget (2019) was cut again, said Paris officials.", "Paris", EntityTypes.Geopolitical)]
    [InlineData("Shares of Acme Corp [3] fell on Monday.", "Acme Corp", EntityTypes.Organization)]
    [InlineData("The treaty was signed in Geneva (1949) and ratified later.", "Geneva", EntityTypes.Geopolitical)]
    public void Known_names_and_bodies_before_a_year_or_a_note_keep_their_type(string text, string name, string type)
    {
        var found = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.Equal(type, found.Type);
    }

    [Fact]
    public void A_lone_title_before_a_year_is_no_author_in_a_text_that_cites_nobody()
    {
        const string text = "She starred in Quarantor (1997) and later in Belvane (2010), both shot in Toronto.";

        var people = EntityFinder.Find(text).Where(m => m.Type == EntityTypes.Person).Select(m => m.Span.Of(text)).ToList();

        Assert.DoesNotContain("Quarantor", people);
        Assert.DoesNotContain("Belvane", people);
    }

    private static int CountWords(string text, string word)
        => System.Text.RegularExpressions.Regex.Count(text, $@"\b{word}\b");
}
