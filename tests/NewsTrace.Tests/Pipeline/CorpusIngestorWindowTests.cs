using System.Text;
using NewsTrace.Documents;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Storage;
using NewsTrace.Tests.Fakes;

namespace NewsTrace.Tests.Pipeline;

/// <summary>
/// An ingest hands its added articles to corpus steps in windows fixed by the input alone (not by the threads' timing
/// or the read-ahead), and the background runner takes them one after another in order.
/// </summary>
public sealed class CorpusIngestorWindowTests
{
    [Theory]
    [InlineData(1, 0, 2)]
    [InlineData(4, 3, 2)]
    [InlineData(4, 64, 2)]
    [InlineData(1, 0, 5)]
    [InlineData(4, 3, 1)]
    public async Task Windows_hold_the_added_articles_in_input_order_whatever_the_threads_and_batches(int threads, int readAhead, int batchSize)
    {
        var store = new InMemoryArticleStore();
        var windows = new List<string[]>();
        var ingestor = new CorpusIngestor(new ArticleAnalyzer(new Utf8TextExtractor(), new PipelineBuilder().Build()), store)
        {
            BatchSize = batchSize,
            DegreeOfParallelism = threads,
            ReadAhead = readAhead,
            WindowSize = 3,
            OnWindow = (ids, _) =>
            {
                // Every article of a window is written when the window is handed over.
                Assert.All(ids, id => Assert.True(store.Articles.ContainsKey(id)));
                windows.Add([.. ids.Select(id => store.Articles[id].Text.Trim())]);
                return Task.CompletedTask;
            },
        };
        var items = Enumerable.Range(0, 12).Select(i => Raw($"{i}.txt", $"article {i:00}")).Prepend(Raw("dup.txt", "article 03")).ToList();

        var summary = await ingestor.RunAsync(items);

        Assert.Equal(12, summary.Added);
        // dup is article 03, the first of its text, and input 3 is then already known. Windows hold exactly three added
        // articles, cut inside a batch where need be, so the batch size changes nothing (workers cut their queue so).
        Assert.Equal(
            [["article 03", "article 00", "article 01"], ["article 02", "article 04", "article 05"], ["article 06", "article 07", "article 08"], ["article 09", "article 10", "article 11"]],
            windows);
    }

    [Fact]
    public async Task Background_steps_take_the_windows_in_order_one_at_a_time_and_report_the_first_failure()
    {
        var step = new RecordingStep(failOn: "c");
        using var background = new BackgroundCorpusSteps(new CorpusSteps([step]), new InMemoryArticleStore(), maxQueued: 2);

        await background.PostAsync(["a1", "a2"], CancellationToken.None);
        await background.PostAsync(["b1"], CancellationToken.None);
        // Two windows are queued, so this post waits until the first is done.
        await background.PostAsync(["c1"], CancellationToken.None);
        Assert.Contains("a1 a2", step.Windows);
        // Once c1 has failed, posting reports the failure instead of queueing behind it.
        await Assert.ThrowsAsync<InvalidOperationException>(() => background.CompleteAsync());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => background.PostAsync(["d1"], CancellationToken.None));

        Assert.Contains("c1", error.Message, StringComparison.Ordinal);
        Assert.Equal(["a1 a2", "b1", "c1"], step.Windows);
        Assert.Equal(1, step.MaxConcurrent);
        Assert.Equal(3, background.Posted);
    }

    private static RawInput Raw(string source, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new RawInput(source, DocumentId.FromContent(bytes), bytes, InputFormat.Text, "utf-8", ArticleMetadata.Empty);
    }

    private sealed class RecordingStep(string failOn) : ICorpusStep
    {
        private int _running;

        public List<string> Windows { get; } = [];

        public int MaxConcurrent { get; private set; }

        public string Name => "recording";

        public Task RunAsync(IArticleStore store, CancellationToken cancellationToken) => throw new InvalidOperationException("Only windows are expected here.");

        public async Task RunAsync(IArticleStore store, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
        {
            MaxConcurrent = Math.Max(MaxConcurrent, Interlocked.Increment(ref _running));
            await Task.Delay(20, cancellationToken);
            lock (Windows)
            {
                Windows.Add(string.Join(' ', articleIds));
            }

            Interlocked.Decrement(ref _running);
            if (articleIds.Any(id => id.StartsWith(failOn, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"window with {string.Join(' ', articleIds)} failed");
            }
        }
    }
}
