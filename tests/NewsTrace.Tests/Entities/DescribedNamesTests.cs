using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class DescribedNamesTests
{
    [Theory]
    [InlineData("Thousands of supporters of the opposition coalition Savez marched through the capital on Monday .", "Savez")]
    [InlineData("The group already owns missile maker Veltra and newspaper Corvin .", "Veltra")]
    [InlineData("The group already owns missile maker Veltra and newspaper Corvin .", "Corvin")]
    [InlineData("Telecommunications holding company Telemar gained 2.1 percent .", "Telemar")]
    [InlineData("\" Prices will stay firm , \" said Angus Reid , a trader at Kessler Baines in London .", "Kessler Baines")]
    [InlineData("\" Prices will stay firm , \" said Angus Reid , an analyst at Morland Hatch .", "Morland Hatch")]
    [InlineData("The royalist FUNDEP party shares power with the former communists .", "FUNDEP")]
    [InlineData("The debts will pass to a new insurance company , Solvara , by March .", "Solvara")]
    [InlineData("The Savez coalition led by two former dissidents says it won control of 14 towns .", "Savez")]
    [InlineData("The Zorna newspaper said on Monday that turnout would decide the result .", "Zorna")]
    [InlineData("Belgrade radio quoted the Vesti news agency as saying the talks had failed .", "Vesti")]
    public void A_name_described_as_a_body_is_an_organisation(string text, string name)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == name);

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Theory]
    [InlineData("The hostages in the San Isidro residence were in good health .", "San Isidro")]
    [InlineData("Rebels took the town of Santa Rosa de Lima on Friday .", "Santa Rosa de Lima")]
    public void A_saint_s_name_opening_a_name_is_a_place(string text, string name)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text).StartsWith(name.Split(' ')[0], StringComparison.Ordinal));

        Assert.NotNull(found);
        Assert.NotEqual(EntityTypes.Person, found.Type);
    }

    [Theory]
    [InlineData("Winger Joe Roff scored two tries as Australia beat Scotland 29-19 on Saturday .", "Joe Roff")]
    [InlineData("Brann equalised through Tore Andre Flo in the last minute .", "Tore Andre Flo")]
    public void Given_names_the_tagger_passed_over_are_people(string text, string name)
    {
        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Of(text) == name);

        Assert.NotNull(found);
        Assert.Equal(EntityTypes.Person, found.Type);
    }

    [Theory]
    [InlineData("He said so in an interview with French newspaper Le Courrier Wednesday .", "Le Courrier")]
    public void A_day_after_a_described_name_is_no_part_of_it(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);

    [Theory]
    [InlineData("The party Secretary-General Li Peng spoke first .")]
    [InlineData("Jack Welch said the company Jack founded would survive .")]
    public void A_title_or_a_person_after_a_body_s_noun_stays(string text)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Type == EntityTypes.Organization && m.Span.Of(text) is "Secretary-General" or "Jack");

    [Theory]
    [InlineData("Officials of the Paralympic movement met in Bonn on Friday .", "Paralympic")]
    [InlineData("The Moscow daily said the plan had been shelved .", "Moscow")]
    public void An_adjective_or_a_place_before_a_body_noun_is_no_organisation(string text, string word)
    {
        var mentions = EntityFinder.Find(text);

        Assert.DoesNotContain(mentions, m => m.Span.Of(text) == word && m.Type == EntityTypes.Organization);
    }
}
