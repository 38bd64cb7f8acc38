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
}
