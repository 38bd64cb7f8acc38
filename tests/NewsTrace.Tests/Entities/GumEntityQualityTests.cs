using NewsTrace.Entities;
using NewsTrace.Evaluation;

namespace NewsTrace.Tests.Entities;

/// <summary>The tagger must earn its place: with it, NER on GUM's dev split (never trained on) beats the rules alone.</summary>
public sealed class GumEntityQualityTests
{
    [GumDataFact]
    public void Rules_with_the_tagger_beat_the_rules_alone_on_GUM_dev()
    {
        var documents = GumDocumentReader.Read(GumDataFactAttribute.DocumentsPath, "dev").ToList();
        var combined = EntityEvaluator.Evaluate(documents, text => EntityFinder.Find(text));
        var rules = EntityEvaluator.Evaluate(documents, text => EntityFinder.Find(text, tagger: null));
        Assert.Equal(6, combined.Documents);
        Assert.True(combined.Overall.F1 > rules.Overall.F1 + 0.1, $"combined F1 {combined.Overall.F1:0.000}, rules alone {rules.Overall.F1:0.000}");
    }
}
