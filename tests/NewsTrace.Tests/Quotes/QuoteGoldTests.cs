using System.Collections.Immutable;
using NewsTrace.Evaluation;
using NewsTrace.Extraction;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;
using Xunit.Abstractions;

namespace NewsTrace.Tests.Quotes;

/// <summary>Runs the whole sample corpus through extraction, entities and quotes, and scores the quotes against samples/gold.json.</summary>
public sealed class QuoteGoldTests(ITestOutputHelper output)
{
    [Fact]
    public void Sample_corpus_quote_recall_and_speaker_accuracy_stay_above_their_floor()
    {
        var root = RepositoryRoot();
        var pipeline = new PipelineBuilder()
            .Add(new NewsTrace.Text.TokenizerStage())
            .Add(new NewsTrace.Text.SentenceStage())
            .Add(new NewsTrace.Entities.EntityStage())
            .Add(new QuoteStage())
            .Build();
        var analyzer = new ArticleAnalyzer(new ArticleExtractor(), pipeline);
        var articles = new Dictionary<string, (string Text, ImmutableArray<Quotation> Quotes)>(StringComparer.Ordinal);
        foreach (var item in new InputReader(new IngestOptions()).Read([Path.Combine(root, "samples", "corpus")]))
        {
            var processed = analyzer.Process(item);
            if (processed.Document is { } document)
            {
                var key = Path.GetRelativePath(root, processed.Source).Replace('\\', '/');
                articles[key] = (document.Text, document.Get(Layers.Quotes));
            }
        }

        var evaluation = QuoteGoldEvaluator.Evaluate(Path.Combine(root, "samples", "gold.json"), articles);
        output.WriteLine($"gold {evaluation.Gold}, found {evaluation.Found} (recall {evaluation.Recall:0.000}), speaker {evaluation.SpeakerAccuracy:0.000}, kind {evaluation.KindAccuracy:0.000}");
        foreach (var (kind, counts) in evaluation.ByKind)
        {
            output.WriteLine($"  {kind}: gold {counts.Gold}, found {counts.Found}, speaker right {counts.SpeakerCorrect}");
        }

        foreach (var missed in evaluation.Missed)
        {
            output.WriteLine("  missed " + missed);
        }

        foreach (var wrong in evaluation.WrongSpeakers)
        {
            output.WriteLine("  wrong speaker " + wrong);
        }

        Assert.True(evaluation.Gold > 80, "the gold file lists the sample quotes");
        Assert.True(evaluation.Recall >= 0.9, $"quote recall {evaluation.Recall:0.000}");
        Assert.True(evaluation.SpeakerAccuracy >= 0.88, $"speaker accuracy {evaluation.SpeakerAccuracy:0.000}");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsTrace.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("NewsTrace.slnx not found above " + AppContext.BaseDirectory);
    }
}
