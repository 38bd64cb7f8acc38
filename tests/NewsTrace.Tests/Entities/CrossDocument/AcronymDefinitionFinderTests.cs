using NewsTrace.Entities.CrossDocument;

namespace NewsTrace.Tests.Entities.CrossDocument;

public sealed class AcronymDefinitionFinderTests
{
    [Theory]
    [InlineData("DPRK", new[] { "Democratic", "People's", "Republic", "of", "Korea" }, true)]
    [InlineData("FRK", new[] { "Federal", "Republic", "of", "Kesmaria" }, true)]
    [InlineData("DIRS", new[] { "Dorvan", "Institute", "for", "Regional", "Studies" }, true)]
    [InlineData("AFP", new[] { "Arkady", "Velichko" }, false)]
    [InlineData("RK", new[] { "Federal", "Republic", "of", "Kesmaria" }, false)]
    public void An_acronym_must_spell_the_initials_in_order(string letters, string[] words, bool expected)
        => Assert.Equal(expected, AcronymDefinitionFinder.SpellsInitials(letters, words));

    [Fact]
    public void Definitions_in_brackets_and_in_words_are_found()
    {
        var document = MarkedDocument.Create(
            "a",
            "The [Democratic People's Republic of Korea|GPE|North Korea], abbreviated as DPRK, and the [Federal Republic of Kesmaria|GPE] (FRK) met [Arkady Velichko|PERSON] (AFP).");

        var found = AcronymDefinitionFinder.Find(document.Text, document.Get(NewsTrace.Pipeline.Layers.Entities)).ToList();

        Assert.Equal(
            [new AcronymDefinition("DPRK", "North Korea"), new AcronymDefinition("FRK", "Federal Republic of Kesmaria")],
            found);
    }
}
