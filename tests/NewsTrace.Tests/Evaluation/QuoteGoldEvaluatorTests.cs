using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Evaluation;
using NewsTrace.Quotes;

namespace NewsTrace.Tests.Evaluation;

public sealed class QuoteGoldEvaluatorTests : IDisposable
{
    private const string Text = "\"We will rebuild the bridge,\" Mayor Ana Pell said. The council met on Friday. Critics called it \"a stunt\".";

    private readonly string _goldPath = Path.Combine(Path.GetTempPath(), $"quote-gold-{Guid.NewGuid():N}.json");

    public QuoteGoldEvaluatorTests()
    {
        File.WriteAllText(_goldPath, """
            {"articles": [
              {"file": "a.txt", "quotes": [
                {"text": "We will rebuild the bridge,", "speaker": "Ana Pell", "kind": "direct", "cue": "said"},
                {"text": "The council never voted", "speaker": "Ana Pell", "kind": "direct", "cue": "said"}
              ]}
            ]}
            """);
    }

    public void Dispose() => File.Delete(_goldPath);

    [Fact]
    public void A_quotation_that_matches_no_gold_quote_lowers_precision_and_is_listed()
    {
        var found = ImmutableArray.Create(
            Quote("We will rebuild the bridge,", "Ana Pell"),
            Quote("a stunt", "Critics"));
        var unscored = ImmutableArray.Create(Quote("a stunt", "Critics"));

        var evaluation = QuoteGoldEvaluator.Evaluate(_goldPath, new Dictionary<string, (string, ImmutableArray<Quotation>)>
        {
            ["a.txt"] = (Text, found),
            ["not-in-gold.txt"] = (Text, unscored),
        });

        Assert.Equal(2, evaluation.Gold);
        Assert.Equal(1, evaluation.Found);
        Assert.Equal(2, evaluation.Predicted);
        Assert.Equal(0.5, evaluation.Precision, 3);
        Assert.Equal(0.5, evaluation.Recall, 3);
        Assert.Equal(0.5, evaluation.F1, 3);
        var extra = Assert.Single(evaluation.Extras);
        Assert.Contains("a stunt", extra, StringComparison.Ordinal);
        Assert.Equal(1, evaluation.ExtrasByKind["direct"]);
    }

    [Fact]
    public void Each_quotation_matches_one_gold_quote_at_most()
    {
        var found = ImmutableArray.Create(Quote("We will rebuild the bridge,", "Ana Pell"));

        var evaluation = QuoteGoldEvaluator.Evaluate(_goldPath, new Dictionary<string, (string, ImmutableArray<Quotation>)>
        {
            ["a.txt"] = (Text, found),
        });

        Assert.Equal(1, evaluation.Found);
        Assert.Equal(1.0, evaluation.Precision, 3);
        Assert.Empty(evaluation.Extras);
        Assert.Equal(2.0 * 0.5 / 1.5, evaluation.F1, 3);
    }

    [Theory]
    [InlineData("reported", QuoteKinds.AccordingTo, 1.0)]
    [InlineData("reported", QuoteKinds.Reported, 1.0)]
    [InlineData("direct", QuoteKinds.AccordingTo, 0.0)]
    [InlineData("reported", QuoteKinds.Direct, 0.0)]
    public void An_according_to_statement_has_the_gold_s_reported_kind(string goldKind, string foundKind, double kindAccuracy)
    {
        const string text = "The crossing carried 4,000 lorries a week, according to the roads agency.";
        File.WriteAllText(_goldPath, $$"""
            {"articles": [
              {"file": "a.txt", "quotes": [
                {"text": "The crossing carried 4,000 lorries a week", "speaker": "roads agency", "kind": "{{goldKind}}", "cue": "according to"}
              ]}
            ]}
            """);
        var found = ImmutableArray.Create(new Quotation(new TextSpan(0, 41), foundKind, "roads agency", null, null, "according to", null));

        var evaluation = QuoteGoldEvaluator.Evaluate(_goldPath, new Dictionary<string, (string, ImmutableArray<Quotation>)> { ["a.txt"] = (text, found) });

        Assert.Equal(1, evaluation.Found);
        Assert.Equal(kindAccuracy, evaluation.KindAccuracy, 3);
    }

    private static Quotation Quote(string words, string speaker)
    {
        var start = Text.IndexOf(words, StringComparison.Ordinal);
        return new Quotation(new TextSpan(start, start + words.Length), "direct", speaker, null, null, "said", null);
    }
    [Theory]
    [InlineData("Sergey Lavrov", "Sergei Lavrov", true)]
    [InlineData("Sergey Lavrov", "Lavrov", true)]
    [InlineData("Helena Argyros", "Coroner Helena Argyros", true)]
    [InlineData("Rajendran Pillai", "Capt Pillai", true)]
    [InlineData("Faircloth campaign", "Neil Faircloth's campaign", true)]
    [InlineData("Colleen Mulvaney", "Terence Mulvaney", false)]
    [InlineData("Ashbury campaign", "Owen Callaway's campaign", false)]
    public void Speakers_sharing_a_surname_are_one_unless_their_given_names_differ(string gold, string predicted, bool same)
        => Assert.Equal(same, QuoteGoldEvaluator.SameSpeaker(gold, predicted));

    [Theory]
    [InlineData("the Economic Community of West African States", "ECOWAS", "Economic Community of West African States", true)]
    [InlineData("Harwell's Campaign", "HC", "Harwell's Campaign", false)]
    [InlineData("the Economic Community of West African States", "Doug Harwell", "Economic Community of West African States", false)]
    public void A_source_written_as_the_gold_names_it_counts_when_its_acronym_is_the_speaker(string written, string speaker, string gold, bool right)
    {
        var text = $"{written} said the plan was \"totally unacceptable\".";
        var goldPath = Path.Combine(Path.GetTempPath(), $"quote-gold-{Guid.NewGuid():N}.json");
        File.WriteAllText(goldPath, $$"""
            {"articles": [{"file": "b.txt", "quotes": [{"text": "totally unacceptable", "speaker": "{{gold}}", "kind": "partial", "cue": "said"}]}]}
            """);
        try
        {
            var start = text.IndexOf("totally", StringComparison.Ordinal);
            var quote = new Quotation(new TextSpan(start, start + "totally unacceptable".Length), "partial", speaker, new TextSpan(0, written.Length), speaker, "said", null);

            var evaluation = QuoteGoldEvaluator.Evaluate(goldPath, new Dictionary<string, (string, ImmutableArray<Quotation>)> { ["b.txt"] = (text, [quote]) });

            Assert.Equal(right ? 1.0 : 0.0, evaluation.SpeakerAccuracy, 3);
        }
        finally
        {
            File.Delete(goldPath);
        }
    }
}
