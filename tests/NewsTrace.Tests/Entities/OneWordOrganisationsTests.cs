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
}
