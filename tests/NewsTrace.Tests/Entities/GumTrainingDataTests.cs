using NewsTrace.Entities.Tagging;
using NewsTrace.Evaluation;

namespace NewsTrace.Tests.Entities;

public sealed class GumTrainingDataTests
{
    private static string LabelOf(LabelledText training, string text, string surface)
        => Assert.Single(training.Names, name => text[name.Start..name.End] == surface).Label;

    [Fact]
    public void Training_labels_follow_CoNLL_conventions()
    {
        const string text = "Belgium said Americans and the President met Anna Berg.";
        var document = new GumDocument("doc", "news", "train", text,
        [
            new LabelledSpan(0, 7, "ORG"),
            new LabelledSpan(13, 22, "PER"),
            new LabelledSpan(31, 40, "PER"),
            new LabelledSpan(45, 54, "PER"),
        ]);
        var training = GumTrainingData.ToTrainingText(document);
        Assert.Equal("LOC", LabelOf(training, text, "Belgium"));
        Assert.Equal("NORP", LabelOf(training, text, "Americans"));
        Assert.Equal("PER", LabelOf(training, text, "Anna Berg"));
        Assert.DoesNotContain(training.Names, name => text[name.Start..name.End] == "President");
    }
}
