using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class OneWordOrganisationsTests
{
    [Theory]
    [InlineData("The Ghana Cocoa Board ( Cocobod ) said purchases were up . Cocobod said on Friday it was pleased .")]
    [InlineData("Shares in cement maker Varnoc rose . Varnoc said on Friday it would build a plant .")]
    public void A_word_shown_to_be_an_organisation_stays_one_where_it_stands_alone(string text)
    {
        var last = EntityFinder.Find(text).Last();

        Assert.Equal(EntityTypes.Organization, last.Type);
    }

    [Fact]
    public void A_longer_persons_name_keeps_the_word_a_persons()
    {
        const string text = "Shares in cement maker Varnoc rose . Helen Varnoc , its founder , said she was pleased . Varnoc told reporters she would stay .";

        Assert.Equal(EntityTypes.Person, EntityFinder.Find(text).Last(m => m.Span.Of(text) == "Varnoc").Type);
    }

    [Fact]
    public void A_party_s_name_without_its_head_word_is_the_party()
    {
        const string text = "Andres Kaljulaid, who chairs the Reform Party\u2019s parliamentary group, told ERR News that the government had run out of patience.\n\n"
            + "Helle Kaljulaid, an MP for the Conservative People\u2019s Party (EKRE) who is not related to the Reform group chair, said the government was wrong.\n\n"
            + "Asked whether the coalition was sure of its numbers, Andres Kaljulaid laughed. \u201cI counted twice this morning,\u201d the Reform group chair said.";

        Assert.All(EntityFinder.Find(text).Where(m => m.Span.Of(text) == "Reform"), m => Assert.Equal(EntityTypes.Organization, m.Type));
        Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == "Reform");
    }

    [Fact]
    public void A_police_force_s_first_word_stays_what_it_was()
    {
        const string text = "Staunton Police arrested a woman on Friday . She was born in Staunton in 1948 .";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) == "Staunton" && m.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("German group Halvorsen Werke AG said on Monday it had bid for Kastell Bau GmbH . Halvorsen , which already owns 18 percent of Kastell , offered 215 marks a share .", "Halvorsen")]
    [InlineData("Swedish forest group Norrvik Skog AB bid for a sawmill . Norrvik , which owns 18 percent , offered cash .", "Norrvik")]
    public void A_company_s_first_word_after_its_name_with_a_legal_form_is_the_company(string text, string word)
        => Assert.All(EntityFinder.Find(text).Where(m => m.Span.Of(text) == word), m => Assert.Equal(EntityTypes.Organization, m.Type));
}
