using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class ClubPrefixNamesTests
{
    [Theory]
    [InlineData("Torpedo Yaroslavl beat Metallurg Magnitogorsk 4-2 on Tuesday.", "Torpedo Yaroslavl")]
    [InlineData("Torpedo Yaroslavl beat Metallurg Magnitogorsk 4-2 on Tuesday.", "Metallurg Magnitogorsk")]
    [InlineData("Fans of Real Oviedo and Sporting Braga travelled to the final.", "Real Oviedo")]
    [InlineData("Fans of Real Oviedo and Sporting Braga travelled to the final.", "Sporting Braga")]
    [InlineData("The striker joined Hapoel Ashdod last summer.", "Hapoel Ashdod")]
    [InlineData("Barcelona beat Real Zaragoza 3-1 on Sunday.", "Real Zaragoza")]
    public void A_club_word_and_its_town_are_the_club(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_club_word_opening_a_sentence_alone_is_no_name()
    {
        const string text = "Real progress was made in Geneva on Monday.";

        var mentions = EntityFinder.Find(text);

        Assert.DoesNotContain(mentions, m => m.Span.Of(text).Contains("Real", StringComparison.Ordinal));
    }

    [Fact]
    public void The_club_word_alone_after_the_club_is_the_club()
    {
        const string text = "Barcelona beat Real Madrid 2-0 on Saturday . Real , who had led the table since October , slipped to second .";
        var start = text.IndexOf("Real ,", StringComparison.Ordinal);

        var found = EntityFinder.Find(text).SingleOrDefault(m => m.Span.Start == start);

        Assert.True(found is not null, "nothing found at the lone Real");
        Assert.Equal("Real", found.Span.Of(text));
        Assert.Equal(EntityTypes.Organization, found.Type);
    }

    [Theory]
    [InlineData("Real Madrid signed a striker . Real estate prices rose in the city .")]
    [InlineData("Real Madrid beat Real Zaragoza 3-1 . Real , the leaders , play again on Wednesday .")]
    public void The_club_word_alone_stays_unnamed_when_it_names_no_one_club(string text)
    {
        var start = text.LastIndexOf("Real ", StringComparison.Ordinal);

        var found = EntityFinder.Find(text).Where(m => m.Span.Start == start && m.Span.Of(text) == "Real").ToList();

        Assert.All(found, m => Assert.NotEqual(EntityTypes.Organization, m.Type));
    }
}
