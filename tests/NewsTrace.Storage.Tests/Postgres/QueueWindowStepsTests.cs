using System.Text;
using NewsTrace.Documents;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Storage.Postgres;
using NewsTrace.Storage.Tests.Contract;
using NewsTrace.Workers;

namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>Workers' corpus steps over the queue's windows, on a real server: each window once, in order, and mostly by one worker.</summary>
[RequiresPostgres]
public sealed class QueueWindowStepsTests : IAsyncLifetime
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private readonly string _schema = PostgresTestServer.NewSchemaName();
    private PostgresArticleStore? _store;

    private PostgresArticleStore Store => _store ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync()
        => _store = await PostgresArticleStore.OpenAsync(new PostgresStoreOptions(PostgresTestServer.RequiredConnectionString) { Schema = _schema });

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        await PostgresSchemas.DropAsync([_schema]);
    }

    [Fact]
    public async Task Windows_run_once_in_queue_order_and_stay_with_the_worker_that_ran_the_last_one_until_it_falls_silent()
    {
        var step = new RecordingStep();
        var steps = new CorpusSteps([step]);
        var first = new QueueWindowSteps(Store, Store, steps, "first") { WindowSize = 2 };
        var second = new QueueWindowSteps(Store, Store, steps, "second") { WindowSize = 2 };

        var ab = await EnqueueAndCompleteAsync("a", "b", "c");
        Assert.Equal(1, await first.RunCompleteWindowsAsync(CancellationToken.None));
        // c is alone in the next window: not complete yet, so nothing runs.
        Assert.Equal(0, await first.RunCompleteWindowsAsync(CancellationToken.None));

        var rest = await EnqueueAndCompleteAsync("d", "e", "f");
        // The first worker ran the last window a moment ago: the second leaves the windows to it.
        Assert.Equal(0, await second.RunCompleteWindowsAsync(CancellationToken.None));
        // Once that worker has been silent for long enough, the second takes over.
        var takingOver = new QueueWindowSteps(Store, Store, steps, "second") { WindowSize = 2, LeaveToWalker = TimeSpan.Zero };
        Assert.Equal(2, await takingOver.RunCompleteWindowsAsync(CancellationToken.None));
        Assert.Equal("second", (await Store.GetWindowWalkerAsync())!.Walker);

        // Nothing is outstanding: the end runs the steps over everything left, once.
        await first.RunToEndAsync(CancellationToken.None);

        Assert.Equal([Ids(ab, "a", "b"), Ids(ab, "c") + " " + Ids(rest, "d"), Ids(rest, "e", "f"), "(all pending)"], step.Runs);
    }

    /// <summary>Queues one input per name and completes them all in one batch, each adding its article.</summary>
    private async Task<ClaimedBatch> EnqueueAndCompleteAsync(params string[] names)
    {
        await Store.EnqueueAsync([.. names.Select(name => Input($"{name}.txt", $"Story {name}"))]);
        var batch = await Store.ClaimAsync("w", 10, Long, 3);
        var articles = batch.Items.Select(item => TestArticles.Create($"The text of {item.Input.Input.Source}.", id: item.Input.Input.Id, source: item.Input.Input.Source)).ToList();
        await Store.CompleteAsync(batch, new IngestBatch(articles, [], [], []));
        return batch;
    }

    private static string Ids(ClaimedBatch batch, params string[] names)
        => string.Join(' ', names.Select(name => batch.Items.Single(item => item.Input.Input.Source == $"{name}.txt").Input.Input.Id));

    private static QueuedInput Input(string source, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new QueuedInput(new RawInput(source, DocumentId.FromText(text), bytes, InputFormat.Plain, null, ArticleMetadata.Empty with { Source = source }), null);
    }

    private sealed class RecordingStep : ICorpusStep
    {
        public List<string> Runs { get; } = [];

        public string Name => "recording";

        public Task RunAsync(IArticleStore store, CancellationToken cancellationToken)
        {
            Runs.Add("(all pending)");
            return Task.CompletedTask;
        }

        public Task RunAsync(IArticleStore store, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
        {
            Runs.Add(string.Join(' ', articleIds));
            return Task.CompletedTask;
        }
    }
}
