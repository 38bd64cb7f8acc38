using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PeoplesNamesTests
{
    [Theory]
    [InlineData("The minister said the small People 's Democratic Union had been behind the unrest .", "People 's Democratic Union")]
    [InlineData("The Harbin Higher People 's Court upheld the verdict on Tuesday .", "Harbin Higher People 's Court")]
    [InlineData("A spokesman for Dacko 's Central African People 's Liberation Movement said the mutineers wanted power .", "Central African People 's Liberation Movement")]
    public void People_s_with_a_body_s_head_word_is_one_organisation(string text, string name)
    {
        var found = EntityFinder.Find(text).Select(m => (Text: m.Span.Of(text), m.Type)).ToList();

        Assert.Contains((name, EntityTypes.Organization), found);
    }

    [Fact]
    public void A_magazine_s_title_after_people_s_is_no_body()
    {
        const string text = "The actor was just named People 's Sexiest Man Alive , his agent said .";

        Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text).Contains("Sexiest", StringComparison.Ordinal) && m.Type == EntityTypes.Organization);
    }
}
