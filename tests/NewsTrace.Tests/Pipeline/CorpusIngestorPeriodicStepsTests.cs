using System.Text;
using NewsTrace.Documents;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Tests.Fakes;

namespace NewsTrace.Tests.Pipeline;

/// <summary>
/// Corpus steps during an ingest run between batches, after a fixed number of added articles, so each run sees exactly
/// the articles written before it, whatever the threads' timing and however far the analysis reads ahead.
/// </summary>
public sealed class CorpusIngestorPeriodicStepsTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(4, 3)]
    [InlineData(4, 64)]
    public async Task Steps_run_between_batches_after_the_interval_and_see_exactly_the_articles_written(int threads, int readAhead)
    {
        var store = new InMemoryArticleStore();
        var seen = new List<string[]>();
        var ingestor = new CorpusIngestor(new ArticleAnalyzer(new Utf8TextExtractor(), new PipelineBuilder().Build()), store)
        {
            BatchSize = 2,
            DegreeOfParallelism = threads,
            ReadAhead = readAhead,
            StepInterval = 3,
            PeriodicSteps = _ =>
            {
                seen.Add([.. store.Articles.Values.Select(a => a.Text.Trim()).Order(StringComparer.Ordinal)]);
                return Task.CompletedTask;
            },
        };
        var items = Enumerable.Range(0, 12).Select(i => Raw($"{i}.txt", $"article {i:00}")).Prepend(Raw("dup.txt", "article 03")).ToList();

        var summary = await ingestor.RunAsync(items);

        Assert.Equal(12, summary.Added);
        // Batches of two: {dup, 0} {1, 2} add 4 (dup is article 03, the first of its text), so the steps run;
        // {3 already known, 4} {5, 6} add 3, {7, 8} {9, 10} add 4, and {11} is left to the caller's final run.
        Assert.Equal([4, 7, 11], seen.Select(s => s.Length));
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"article {i:00}"), seen[1]);
    }

    private static RawInput Raw(string source, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new RawInput(source, DocumentId.FromContent(bytes), bytes, InputFormat.Text, "utf-8", ArticleMetadata.Empty);
    }
}
