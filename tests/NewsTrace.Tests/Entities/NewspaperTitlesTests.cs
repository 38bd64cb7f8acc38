using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class NewspaperTitlesTests
{
    [Theory]
    [InlineData("The Winnipeg Sun said the mayor had known for weeks.", "Winnipeg Sun")]
    [InlineData("A reporter for the Calgary Herald asked about the budget.", "Calgary Herald")]
    [InlineData("The report was first published in the Halifax Citizen on Monday.", "Halifax Citizen")]
    [InlineData("Editors at the Irish Times declined to comment.", "Irish Times")]
    [InlineData("Her letter appeared in the Madrid Star last year.", "Madrid Star")]
    public void A_place_or_nationality_before_a_title_word_is_a_newspaper(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_newspaper_in_a_headline_in_capitals_is_one_name()
    {
        const string text = "WINNIPEG SUN WINS PRESS CASE\nThe Winnipeg Sun won its appeal on Monday.";

        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == "WINNIPEG SUN" && m.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("The sun rose over Winnipeg on Monday.", "Winnipeg")]
    [InlineData("Talks in Winnipeg Monday ended without a deal.", "Winnipeg")]
    public void A_place_alone_stays_a_place(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type is EntityTypes.Geopolitical or EntityTypes.Location);
    }
}
