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
}
