using NewsTrace.Entities;

namespace NewsTrace.Tests.Entities;

public sealed class PluralGroupNamesTests
{
    [Theory]
    [InlineData("Investigators said he had ties to the Devil Riders motorcycle club.", "Devil Riders")]
    [InlineData("Members of the Black Panthers marched through the city.", "Black Panthers")]
    public void Several_words_after_the_ending_in_a_plural_are_a_group(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);
    }

    [Theory]
    [InlineData("The award went to Thomas Willis on Monday.", "Thomas Willis")]
    [InlineData("Later the opposition leader Viktor Hallam spoke.", "Viktor Hallam")]
    public void People_stay_people(string text, string name)
    {
        var mentions = EntityFinder.Find(text);

        Assert.Contains(mentions, m => m.Span.Of(text) == name && m.Type == EntityTypes.Person);
    }

    [Theory]
    [InlineData("Members of the Devil Riders marched through the city.", "Members")]
    [InlineData("Residents said the water had risen overnight.", "Residents")]
    [InlineData("Judges said prosecutors had failed to prove the payments were made.", "Judges")]
    public void A_plural_noun_opening_a_sentence_is_no_name(string text, string word)
    {
        var mentions = EntityFinder.Find(text);

        Assert.DoesNotContain(mentions, m => m.Span.Of(text) == word);
    }

    [Theory]
    [InlineData("He made a Warhol-like portrait of her. The Kremlin-backed party won.", "Warhol-like")]
    [InlineData("He made a Warhol-like portrait of her. The Kremlin-backed party won.", "Kremlin-backed")]
    public void A_name_made_an_adjective_by_a_hyphen_is_no_name(string text, string word)
    {
        var mentions = EntityFinder.Find(text);

        Assert.DoesNotContain(mentions, m => m.Span.Of(text) == word);
    }

    [Theory]
    [InlineData("Twenty years after the Colts left for another city, football came back on Sunday.", "Colts")]
    [InlineData("He wore an old Jets jersey, and the Jets lost again on Sunday.", "Jets")]
    public void A_nickname_that_is_a_common_word_is_the_team_after_a_lower_case_the(string text, string name)
        => Assert.Contains(EntityFinder.Find(text), m => m.Span.Of(text) == name && m.Type == EntityTypes.Organization);

    [Theory]
    [InlineData("The foals and the colts grazed in the paddock.")]
    [InlineData("Fans of the Colts Neck club gathered.")]
    public void A_nickname_in_lower_case_or_before_a_capitalised_word_is_no_team_alone(string text)
        => Assert.DoesNotContain(EntityFinder.Find(text), m => m.Span.Of(text) is "colts" or "Colts");
}
