using System.Collections.Immutable;
using NewsTrace.Entities.Tagging;
using NewsTrace.Text;

namespace NewsTrace.Tests.Entities;

public sealed class EntityTaggerTrainerTests
{
    private static readonly string[] People = ["Anna Berg", "Tomas Kell", "Rita Moss", "Jonas Pell", "Vera Lind", "Oskar Hale", "Ida Storm", "Emil Ward"];
    private static readonly string[] Towns = ["Varnholm", "Kestrup", "Ollby", "Fennick", "Dravos", "Mirlow", "Tasken", "Bruvik"];
    private static readonly string[] Bodies = ["Harbour Board", "Water Agency", "Forest Council", "Road Authority"];

    /// <summary>Short texts built from templates, with their gold names, so a tiny training run has something to learn.</summary>
    private static List<LabelledText> Corpus()
    {
        var texts = new List<LabelledText>();
        for (var k = 0; k < 24; k++)
        {
            var person = People[k % People.Length];
            var town = Towns[(k * 3) % Towns.Length];
            var body = Bodies[k % Bodies.Length];
            var names = ImmutableArray.CreateBuilder<LabelledSpan>();
            var text = new System.Text.StringBuilder();
            Append(text, names, "Yesterday ", null);
            Append(text, names, person, "PER");
            Append(text, names, " visited ", null);
            Append(text, names, town, "LOC");
            Append(text, names, " with officials of the ", null);
            Append(text, names, body, "ORG");
            Append(text, names, ".\nLater the residents of ", null);
            Append(text, names, town, "LOC");
            Append(text, names, " said they were pleased.", null);
            texts.Add(new LabelledText(text.ToString(), names.ToImmutable()));
        }

        return texts;
    }

    private static void Append(System.Text.StringBuilder text, ImmutableArray<LabelledSpan>.Builder names, string part, string? label)
    {
        if (label is not null)
        {
            names.Add(new LabelledSpan(text.Length, text.Length + part.Length, label));
        }

        text.Append(part);
    }

    private static byte[] Bytes(EntityTagger tagger)
    {
        using var stream = new MemoryStream();
        tagger.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_model()
    {
        var options = new EntityTaggerTrainingOptions(Epochs: 3, Seed: 5, MinFeatureCount: 1);
        Assert.Equal(Bytes(EntityTaggerTrainer.Train(Corpus(), options)), Bytes(EntityTaggerTrainer.Train(Corpus(), options)));
    }

    [Fact]
    public void A_trained_model_tags_new_names_in_the_contexts_it_learnt()
    {
        var tagger = EntityTaggerTrainer.Train(Corpus(), new EntityTaggerTrainingOptions(Epochs: 5, Seed: 1, MinFeatureCount: 1));
        const string text = "Yesterday Lena Quist visited Harnby with officials of the Harbour Board.";
        var tokens = Tokenizer.Tokenize(text);
        var names = tagger.Tag(text, tokens, SentenceSplitter.Split(text, tokens.AsSpan())).Select(name => (text[name.Start..name.End], name.Label)).ToList();
        Assert.Contains(("Lena Quist", "PER"), names);
        Assert.Contains(("Harnby", "LOC"), names);
        Assert.Contains(("Harbour Board", "ORG"), names);
    }

    [Fact]
    public void Training_reports_its_progress()
    {
        using var log = new StringWriter();
        EntityTaggerTrainer.Train(Corpus(), new EntityTaggerTrainingOptions(Epochs: 2, Seed: 1, MinFeatureCount: 1), log);
        Assert.Contains("epoch 2:", log.ToString(), StringComparison.Ordinal);
        Assert.Contains("names: 96", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_pass_tagger_saves_both_passes_and_reads_them_back()
    {
        var tagger = EntityTaggerTrainer.Train(Corpus(), new EntityTaggerTrainingOptions(Epochs: 3, Seed: 1, MinFeatureCount: 1, StackFolds: 3));
        var bytes = Bytes(tagger);
        using var stream = new MemoryStream(bytes);
        var loaded = EntityTagger.Load(stream);

        Assert.NotNull(tagger.SecondPass);
        Assert.NotNull(loaded.SecondPass);
        Assert.Equal(bytes, Bytes(loaded));
        Assert.True(bytes.Length > Bytes(EntityTaggerTrainer.Train(Corpus(), new EntityTaggerTrainingOptions(Epochs: 3, Seed: 1, MinFeatureCount: 1))).Length);
    }

    [Fact]
    public void A_two_pass_tagger_tags_new_names_in_the_contexts_it_learnt()
    {
        var tagger = EntityTaggerTrainer.Train(Corpus(), new EntityTaggerTrainingOptions(Epochs: 5, Seed: 1, MinFeatureCount: 1, StackFolds: 3));
        const string text = "Yesterday Lena Quist visited Harnby with officials of the Harbour Board.\nLater the residents of Harnby said they were pleased.";
        var tokens = Tokenizer.Tokenize(text);
        var names = tagger.Tag(text, tokens, SentenceSplitter.Split(text, tokens.AsSpan())).Select(name => (text[name.Start..name.End], name.Label)).ToList();
        Assert.Contains(("Lena Quist", "PER"), names);
        Assert.Contains(("Harbour Board", "ORG"), names);
        Assert.Equal(2, names.Count(name => name == ("Harnby", "LOC")));
    }
}
