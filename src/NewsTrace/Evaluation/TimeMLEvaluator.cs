using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Evaluation;

/// <summary>
/// Scores the time stage against TimeML gold: each document's stripped text goes through tokens, sentences and time with the
/// document's creation time, and its expressions are matched to the gold ones (TempEval-3 style).
/// </summary>
public static class TimeMLEvaluator
{
    private static readonly DocumentPipeline Pipeline = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(new TimexStage()).Build();

    public static TimeMLScores Evaluate(IEnumerable<TimeMLDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var totals = new Tally();
        foreach (var document in documents)
        {
            var metadata = ArticleMetadata.Empty with
            {
                Source = document.Name,
                Published = document.DocumentCreationTime is { } dct ? new PublishDate(dct) : null,
            };
            var processed = Pipeline.Process(new Document(DocumentId.FromText(document.Text), document.Text, metadata));
            Score(document, processed.GetOrDefault(Layers.Timexes, []), totals);
        }

        return new TimeMLScores(totals.Documents, totals.Gold, totals.Predicted, totals.Strict, totals.Relaxed, totals.Type, totals.Value, totals.Disagreements.ToImmutable());
    }

    /// <summary>Scores one document's predictions against its gold; pairs are one-to-one, in text order, by overlap.</summary>
    public static TimeMLScores Score(TimeMLDocument document, ImmutableArray<Timex> predicted)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tally = new Tally();
        Score(document, predicted, tally);
        return new TimeMLScores(tally.Documents, tally.Gold, tally.Predicted, tally.Strict, tally.Relaxed, tally.Type, tally.Value, tally.Disagreements.ToImmutable());
    }

    private static void Score(TimeMLDocument document, ImmutableArray<Timex> predicted, Tally tally)
    {
        tally.Documents++;
        tally.Gold += document.Gold.Length;
        tally.Predicted += predicted.Length;
        var used = new bool[predicted.Length];
        var text = document.Text;
        foreach (var gold in document.Gold)
        {
            var match = -1;
            for (var p = 0; p < predicted.Length; p++)
            {
                if (!used[p] && predicted[p].Span.Overlaps(gold.Span))
                {
                    match = p;
                    break;
                }
            }

            if (match < 0)
            {
                tally.Disagreements.Add(new TimexDisagreement(document.Name, "missed", gold.Span.Of(text), Describe(gold), null));
                continue;
            }

            used[match] = true;
            var system = predicted[match];
            tally.Relaxed++;
            tally.Strict += system.Span == gold.Span ? 1 : 0;
            var typeRight = string.Equals(system.Type, gold.Type, StringComparison.Ordinal);
            var valueRight = string.Equals(system.Value, gold.Value, StringComparison.Ordinal);
            tally.Type += typeRight ? 1 : 0;
            tally.Value += valueRight ? 1 : 0;
            if (!typeRight || !valueRight || system.Span != gold.Span)
            {
                var kind = !valueRight ? "value" : !typeRight ? "type" : "span";
                tally.Disagreements.Add(new TimexDisagreement(document.Name, kind, gold.Span.Of(text), Describe(gold), Describe(system, text)));
            }
        }

        for (var p = 0; p < predicted.Length; p++)
        {
            if (!used[p])
            {
                tally.Disagreements.Add(new TimexDisagreement(document.Name, "spurious", predicted[p].Span.Of(text), null, Describe(predicted[p])));
            }
        }
    }

    private static string Describe(Timex timex, string? text = null)
    {
        var described = $"{timex.Type} {timex.Value ?? "null"}";
        return text is null ? described : $"{described} '{timex.Span.Of(text)}'";
    }

    private sealed class Tally
    {
        public int Documents { get; set; }

        public int Gold { get; set; }

        public int Predicted { get; set; }

        public int Strict { get; set; }

        public int Relaxed { get; set; }

        public int Type { get; set; }

        public int Value { get; set; }

        public ImmutableArray<TimexDisagreement>.Builder Disagreements { get; } = ImmutableArray.CreateBuilder<TimexDisagreement>();
    }
}
