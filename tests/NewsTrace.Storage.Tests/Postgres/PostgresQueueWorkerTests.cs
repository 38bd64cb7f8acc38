using System.Text;
using NewsTrace.Documents;
using NewsTrace.Extraction;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Storage.Postgres;
using NewsTrace.Workers;

namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>Two in-process workers with connections of their own over one queue: the work is shared, nothing is lost, and the corpus steps never overlap.</summary>
[RequiresPostgres]
public sealed class PostgresQueueWorkerTests : IAsyncLifetime
{
    private readonly string _schema = PostgresTestServer.NewSchemaName();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => PostgresSchemas.DropAsync([_schema]);

    [Fact]
    public async Task Two_workers_share_the_queue_and_run_the_corpus_steps_one_at_a_time_after_the_last_write()
    {
        await using var first = await OpenAsync();
        await using var second = await OpenAsync();
        var inputs = Enumerable.Range(0, 30)
            .Select(i => $"Council story number {i} says the ferry runs again on Monday.")
            .Select((text, i) => new QueuedInput(
                new RawInput($"story{i}.txt", DocumentId.FromText(text), Encoding.UTF8.GetBytes(text), InputFormat.Plain, null, ArticleMetadata.Empty with { Source = $"story{i}.txt" }),
                null))
            .ToList();
        await first.EnqueueAsync(inputs);
        var step = new OverlapRecordingStep();
        var steps = new CorpusSteps([step]);

        var summaries = await Task.WhenAll(
            Worker(first, steps).RunAsync(),
            Worker(second, steps).RunAsync());

        Assert.Equal(30, summaries.Sum(summary => summary.Processed));
        Assert.All(summaries, summary => Assert.True(summary.Processed > 0, "each worker took a share"));
        Assert.Equal(30, (await first.GetStatisticsAsync()).Articles);
        Assert.False(step.Overlapped);
        Assert.InRange(step.Runs, 1, 2);
        Assert.Equal(30, step.ArticlesSeenLast);
    }

    private static QueueWorker Worker(PostgresArticleStore store, CorpusSteps steps)
        => new(store, store, dct => new ArticleAnalyzer(new ArticleExtractor(), new PipelineBuilder().Build()) { DocumentCreationTime = dct }, steps)
        {
            BatchSize = 3,
            Lease = TimeSpan.FromSeconds(30),
            UntilIdle = true,
            IdlePoll = TimeSpan.FromMilliseconds(50),
            Fingerprints = store,
        };

    private Task<PostgresArticleStore> OpenAsync()
        => PostgresArticleStore.OpenAsync(new PostgresStoreOptions(PostgresTestServer.RequiredConnectionString) { Schema = _schema });

    /// <summary>Counts its runs, notes any two at once, and how many articles the last run saw.</summary>
    private sealed class OverlapRecordingStep : ICorpusStep
    {
        private int _running;
        private int _runs;

        public string Name => "overlap-recorder";

        public bool Overlapped { get; private set; }

        public int Runs => _runs;

        public int ArticlesSeenLast { get; private set; }

        public async Task RunAsync(IArticleStore store, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _running) > 1)
            {
                Overlapped = true;
            }

            Interlocked.Increment(ref _runs);
            await Task.Delay(100, cancellationToken);
            ArticlesSeenLast = (await store.GetStatisticsAsync(cancellationToken)).Articles;
            Interlocked.Decrement(ref _running);
        }
    }
}
