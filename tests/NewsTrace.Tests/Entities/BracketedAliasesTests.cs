using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class BracketedAliasesTests
{
    [Theory]
    [InlineData("A report by the National Library of Norway (Nasjonal Biblioteket) found that loans had risen.", "Nasjonal Biblioteket", EntityTypes.Organization)]
    [InlineData("The bill went to the Polish Chamber of Deputies (Sejm) on Friday.", "Sejm", EntityTypes.Organization)]
    public void A_name_in_brackets_after_a_body_is_of_its_kind(string text, string name, string type)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == type);
    }

    [Fact]
    public void A_name_in_brackets_after_a_person_keeps_its_type()
    {
        const string text = "The bill was backed by Senator Ann Kessel (Texas) and two others.";

        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == "Texas" && m.Type is EntityTypes.Geopolitical or EntityTypes.Location);
    }

    [Theory]
    [InlineData("The seat went to John Kessel, U.S. Senator (R-Texas), on Tuesday.", "R-Texas")]
    [InlineData("In the District Council (Second) constituency the vote was close.", "Second")]
    public void A_qualifier_in_brackets_is_no_name(string text, string word)
    {
        var mentions = EntityFinder.Find(text);

        Assert.DoesNotContain(mentions, m => m.Span.Of(text) == word);
    }
}
