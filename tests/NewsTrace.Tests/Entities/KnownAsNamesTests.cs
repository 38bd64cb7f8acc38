using NewsTrace.Entities;
using NewsTrace.Entities.Tagging;
using NewsTrace.Text;

namespace NewsTrace.Tests.Entities;

public sealed class KnownAsNamesTests
{
    [Theory]
    [InlineData("In the south, the river known as Kamobeul Bolon separates the two districts.", "Kamobeul Bolon", EntityTypes.Location)]
    [InlineData("Every spring a stream called Oruba Lenk floods the fields.", "Oruba Lenk", EntityTypes.Location)]
    [InlineData("They settled in a village called Tenkoro Dabi after the war.", "Tenkoro Dabi", EntityTypes.Geopolitical)]
    [InlineData("A militant group known as Jund Tavira claimed the attack.", "Jund Tavira", EntityTypes.Organization)]
    [InlineData("The Sudanese militia known as the Harbin Riders burned the village.", "Harbin Riders", EntityTypes.Organization)]
    public void What_a_noun_before_known_as_or_called_says_types_the_name(string text, string name, string type)
    {
        var found = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.Equal(type, found.Type);
    }

    [Theory]
    [InlineData("A man known as Pikoro Dasse was arrested on Friday.", "Pikoro Dasse", EntityTypes.Person)]
    [InlineData("A band called Paris played in Lyon.", "Paris", EntityTypes.Geopolitical)]
    [InlineData("The party called Marek Hudak a liar on Monday.", "Marek Hudak", EntityTypes.Person)]
    public void Other_nouns_and_known_names_keep_their_reading(string text, string name, string type)
    {
        var found = EntityFinder.Find(text).Single(m => m.Span.Of(text) == name);

        Assert.Equal(type, found.Type);
    }

    [Fact]
    public void A_name_nothing_found_after_the_cue_is_added_whole_with_its_possessive()
    {
        const string text = "Each decree was approved by a group known as the People's Council, which was loyal to the old leader.";
        var tokens = Tokenizer.Tokenize(text);
        var merged = new List<NameCandidate>();

        KnownAsNames.Apply(text, tokens, merged);

        var name = Assert.Single(merged);
        Assert.Equal("People's Council", text[tokens[name.FirstToken].Start..tokens[name.LastToken].End]);
        Assert.Equal(EntityTypes.Organization, name.Type);
    }
}
