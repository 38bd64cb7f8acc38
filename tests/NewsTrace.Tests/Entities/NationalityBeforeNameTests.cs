using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

/// <summary>A nationality or a title written before a person's name describes the person and is no part of the name.</summary>
public sealed class NationalityBeforeNameTests
{
    [Theory]
    [InlineData("South African Colleen de Reuck was second in two hours 29 minutes .", "South African", "Colleen de Reuck")]
    [InlineData("Kenyan Paul Tergat won the race by a minute .", "Kenyan", "Paul Tergat")]
    public void A_nationality_before_a_given_name_and_a_surname_is_the_nationality_and_the_person(string text, string nationality, string person)
    {
        var found = EntityFinder.Find(text).Select(m => (Text: m.Span.Of(text), m.Type)).ToList();

        Assert.Contains((nationality, EntityTypes.Nationality), found);
        Assert.Contains((person, EntityTypes.Person), found);
    }

    [Theory]
    [InlineData("Brazilian President Fernando Henrique Cardoso said on Monday .", "Brazilian", "Fernando Henrique Cardoso")]
    [InlineData("Peruvian President Alberto Fujimori flew to Tokyo on Monday .", "Peruvian", "Alberto Fujimori")]
    public void A_nationality_and_a_title_before_a_name_are_no_person(string text, string nationality, string person)
    {
        var found = EntityFinder.Find(text).Select(m => (Text: m.Span.Of(text), m.Type)).ToList();

        Assert.Contains((nationality, EntityTypes.Nationality), found);
        Assert.Contains((person, EntityTypes.Person), found);
        Assert.DoesNotContain(found, name => name.Type == EntityTypes.Person && name.Text.Contains("President", StringComparison.Ordinal));
    }

    [Fact]
    public void A_company_named_with_a_nationality_stays_whole()
    {
        const string text = "South African Airways resumed its flights to Lagos on Monday .";

        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "South African Airways" && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_guerrilla_rank_before_a_name_is_a_title()
    {
        const string text = "The rebels ' spokeswoman , Comandante Ximena , read the statement in the square .";

        var found = EntityFinder.Find(text).Select(m => m.Span.Of(text)).ToList();

        Assert.Contains("Ximena", found);
        Assert.DoesNotContain("Comandante Ximena", found);
    }

    [Theory]
    [InlineData("The lira firmed after Bank of Italy Governor Antonio Fazio said the currency was close to a level .", "Bank of Italy", EntityTypes.Organization)]
    [InlineData("The prize went to East Timorese Bishop Carlos Belo and an exiled activist .", "East Timorese", EntityTypes.Nationality)]
    public void A_title_closing_a_body_before_a_name_is_the_person_s_title(string text, string before, string type)
    {
        var found = EntityFinder.Find(text).Select(m => (Text: m.Span.Of(text), m.Type)).ToList();

        Assert.Contains((before, type), found);
        Assert.DoesNotContain(found, name => name.Text.EndsWith("Governor", StringComparison.Ordinal) || name.Text.EndsWith("Bishop", StringComparison.Ordinal));
    }
}
