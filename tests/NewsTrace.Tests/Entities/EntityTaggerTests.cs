using NewsTrace.Entities;
using NewsTrace.Entities.Tagging;
using NewsTrace.Text;

namespace NewsTrace.Tests.Entities;

public sealed class EntityTaggerTests
{
    private static IEnumerable<(string Surface, string Type)> Found(string text)
        => EntityFinder.Find(text).Select(mention => (mention.Span.Of(text), mention.Type));

    [Fact]
    public void The_shipped_model_has_the_CoNLL_labels_and_NORP()
        => Assert.Equal(["PER", "ORG", "LOC", "NORP"], EntityTagger.Default.Labels.ToArray());

    [Fact]
    public void The_shipped_model_saves_and_loads_to_the_same_bytes()
    {
        using var first = new MemoryStream();
        EntityTagger.Default.Save(first);
        first.Position = 0;
        var loaded = EntityTagger.Load(first);
        using var second = new MemoryStream();
        loaded.Save(second);
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(EntityTagger.Default.FeatureCount, loaded.FeatureCount);
    }

    [Fact]
    public void A_damaged_model_file_is_refused()
    {
        using var stream = new MemoryStream("NOPE0000"u8.ToArray());
        Assert.Throws<InvalidDataException>(() => EntityTagger.Load(stream));
    }

    [Fact]
    public void The_tagger_alone_finds_people_places_and_organisations_in_newswire()
    {
        const string text = "The company moved to Houston last year, said John Smith, a spokesman for Acme Corp.";
        var tokens = Tokenizer.Tokenize(text);
        var names = EntityTagger.Default.Tag(text, tokens, SentenceSplitter.Split(text, tokens.AsSpan()))
            .Select(name => (text[name.Start..name.End], name.Label)).ToList();
        Assert.Contains(("Houston", "LOC"), names);
        Assert.Contains(("John Smith", "PER"), names);
    }

    [Fact]
    public void Rules_and_tagger_together_type_a_newswire_sentence()
    {
        var found = Found("German Chancellor Helmut Kohl met French President Jacques Chirac in Bonn on Tuesday.").ToList();
        Assert.Contains(("Helmut Kohl", EntityTypes.Person), found);
        Assert.Contains(("Jacques Chirac", EntityTypes.Person), found);
        Assert.Contains(("Bonn", EntityTypes.Geopolitical), found);
        Assert.Contains(("German", EntityTypes.Nationality), found);
        Assert.Contains(("French", EntityTypes.Nationality), found);
    }

    [Fact]
    public void Religious_and_political_groups_are_NORP()
    {
        var found = Found("Several Muslims and Christians prayed together, and Libertarians joined them.").ToList();
        Assert.Contains(("Muslims", EntityTypes.Nationality), found);
        Assert.Contains(("Christians", EntityTypes.Nationality), found);
    }

    [Fact]
    public void A_known_name_inside_a_longer_name_gives_way_to_the_longer_name()
    {
        var found = Found("The study appeared in the Medical Journal of Australia last month.").ToList();
        Assert.DoesNotContain(found, name => name.Surface == "Australia");
    }

    [Fact]
    public void The_is_not_part_of_a_known_name()
    {
        var found = Found("Experts at The World Health Organization disagreed.").ToList();
        Assert.Contains(("World Health Organization", EntityTypes.Organization), found);
    }

    [Fact]
    public void A_surname_alone_later_in_the_document_is_the_same_person()
    {
        const string text = "Marek Dovrin ran for governor in 2013 and lost narrowly.\nIn the debate, voters praised Dovrin for his plan.";
        var mentions = EntityFinder.Find(text);
        var surname = Assert.Single(mentions, mention => mention.Span.Of(text) == "Dovrin");
        Assert.Equal(EntityTypes.Person, surname.Type);
        Assert.Equal("Marek Dovrin", surname.Canonical);
    }

    [Theory]
    [InlineData("Suspected Moslem guerrillas killed 12 villagers near the town .", "Moslem")]
    [InlineData("\" We played well , \" said coach Jan Vermeer , a Dutchman .", "Dutchman")]
    [InlineData("Zapatista rebels rejected the plan on Saturday .", "Zapatista")]
    public void Peoples_faiths_and_movements_are_groups(string text, string word)
    {
        var mentions = EntityFinder.Find(text);
        Assert.Contains(mentions, mention => mention.Span.Of(text) == word && mention.Type == EntityTypes.Nationality);
    }

    [Fact]
    public void A_given_name_alone_later_in_the_document_is_the_same_person()
    {
        const string text = "Former army chief Somchai Ratanakorn was named prime minister on Monday .\n"
            + "Outgoing premier Banharn Silpa-archa said his party would back Somchai .";
        var mentions = EntityFinder.Find(text);
        var given = Assert.Single(mentions, mention => mention.Span.Of(text) == "Somchai");
        Assert.Equal(EntityTypes.Person, given.Type);
    }

    [Fact]
    public void A_common_word_opening_a_misread_name_is_not_looked_for_alone()
    {
        const string text = "The database was called the National Enforcement and Emergency Management Information System .\n"
            + "Officials said Emergency was the wrong word for it .";
        Assert.DoesNotContain(EntityFinder.Find(text), mention => mention.Span.Of(text) == "Emergency");
    }

    [Fact]
    public void Rules_alone_are_still_available_without_a_tagger()
    {
        const string text = "Foreign Minister Sergey Lavrov arrived in Pyongyang.";
        var found = EntityFinder.Find(text, tagger: null).Select(mention => (mention.Span.Of(text), mention.Type)).ToList();
        Assert.Contains(("Sergey Lavrov", EntityTypes.Person), found);
        Assert.Contains(("Pyongyang", EntityTypes.Geopolitical), found);
    }
}
