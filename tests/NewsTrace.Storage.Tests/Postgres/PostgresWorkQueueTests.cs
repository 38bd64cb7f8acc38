using System.Collections.Immutable;
using System.Text;
using NewsTrace.Documents;
using NewsTrace.Ingest;
using NewsTrace.Storage.Postgres;
using NewsTrace.Storage.Tests.Contract;

namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>The work queue's guarantees on a real server: disjoint claims, leases that run out, give-ups, and one transaction per completed batch.</summary>
[RequiresPostgres]
public sealed partial class PostgresWorkQueueTests : IAsyncLifetime
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
    public async Task Enqueue_keeps_one_entry_per_content_and_a_rerun_changes_nothing()
    {
        var first = await Store.EnqueueAsync([Input("a.txt", "Ferry fares rise"), Input("b.txt", "Harbour closes"), Input("copy-of-a.txt", "Ferry fares rise")]);
        var rerun = await Store.EnqueueAsync([Input("a.txt", "Ferry fares rise"), Input("b.txt", "Harbour closes"), Input("copy-of-a.txt", "Ferry fares rise")]);

        Assert.Equal(new EnqueueOutcome(2, 0, 1), first);
        Assert.Equal(new EnqueueOutcome(0, 3, 0), rerun);
        Assert.Equal(2, (await Store.GetStatusAsync(TimeSpan.FromMinutes(1))).QueueByState[WorkQueueStates.Pending]);
    }

    [Fact]
    public async Task A_claimed_input_comes_back_exactly_as_it_was_queued()
    {
        var metadata = ArticleMetadata.Empty with
        {
            Source = "feed.jsonl#2",
            RecordId = "r-2",
            Title = "Night ferry",
            Authors = ["A. Writer"],
            Published = new PublishDate(new DateOnly(2024, 3, 5), new TimeOnly(8, 30, 15, 250), TimeSpan.FromHours(2), HasSeconds: true),
            Extra = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("section", "local")]),
        };
        var raw = new RawInput("feed.jsonl#2", "rec0000000000002", Encoding.UTF8.GetBytes("The board voted."), InputFormat.Text, "utf-8", metadata)
        {
            Warnings = ["replaced 1 invalid byte"],
            IsDecodedText = true,
        };
        await Store.EnqueueAsync([new QueuedInput(raw, new PublishDate(new DateOnly(2024, 3, 6)))]);

        var claimed = Assert.Single((await Store.ClaimAsync("w1", 10, Long, 3)).Items);

        Assert.Equal(1, claimed.Attempt);
        Assert.Equal(new PublishDate(new DateOnly(2024, 3, 6)), claimed.Input.DocumentCreationTime);
        var back = claimed.Input.Input;
        Assert.Equal(raw.Content.ToArray(), back.Content.ToArray());
        Assert.Equal(raw with { Content = back.Content, Metadata = back.Metadata, Warnings = back.Warnings }, back);
        Assert.Equal(raw.Warnings.ToArray(), back.Warnings.ToArray());
        Assert.Equal(metadata.Published, back.Metadata.Published);
        Assert.Equal(metadata.Authors.ToArray(), back.Metadata.Authors.ToArray());
        Assert.Equal(metadata.Extra, back.Metadata.Extra);
        Assert.Equal(metadata with { Authors = back.Metadata.Authors, Credits = back.Metadata.Credits, Extra = back.Metadata.Extra }, back.Metadata);
    }

    [Fact]
    public async Task Workers_claiming_at_once_get_disjoint_batches_that_cover_the_queue()
    {
        await Store.EnqueueAsync(Enumerable.Range(0, 40).Select(i => Input($"f{i}.txt", $"Story number {i}")).ToList());

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(() => Store.ClaimAsync($"w{w}", 10, Long, 3))));

        var ids = claims.SelectMany(claim => claim.Items).Select(item => item.Input.Input.Id).ToList();
        Assert.Equal(40, ids.Count);
        Assert.Equal(40, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.True((await Store.ClaimAsync("late", 10, Long, 3)).IsEmpty);
        Assert.True(await Store.HasOutstandingWorkAsync());
    }

    [Fact]
    public async Task A_lease_that_runs_out_is_claimed_again_one_input_at_a_time_and_given_up_after_the_last_attempt()
    {
        await Store.EnqueueAsync([Input("a.txt", "First"), Input("b.txt", "Second")]);
        var dead = await Store.ClaimAsync("dead", 10, TimeSpan.FromMilliseconds(1), 2);
        Assert.Equal(2, dead.Items.Count);
        await Task.Delay(50);

        var retry = await Store.ClaimAsync("alive", 10, TimeSpan.FromMilliseconds(1), 2);
        Assert.Equal(2, Assert.Single(retry.Items).Attempt);
        await Task.Delay(50);

        // Both are now out of attempts once their leases run out: one was claimed twice, the other is reclaimed once more first.
        var next = await Store.ClaimAsync("alive", 10, Long, 2);
        Assert.Equal(2, Assert.Single(next.Items).Attempt);
        await Store.CompleteAsync(next, new IngestBatch([], [], [], []));

        var failures = await Store.ListFailuresAsync().ToListAsync();
        var failure = Assert.Single(failures);
        Assert.Contains("gave up after 2 attempts", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("lease ran out", failure.Reason, StringComparison.Ordinal);
        var status = await Store.GetStatusAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(1, status.QueueByState[WorkQueueStates.Failed]);
        Assert.Equal(1, status.QueueByState[WorkQueueStates.Done]);
        Assert.False(await Store.HasOutstandingWorkAsync());
    }

    [Fact]
    public async Task Completing_writes_the_batch_and_marks_it_done_or_failed_in_one_transaction()
    {
        await Store.EnqueueAsync([Input("good.txt", "A good story"), Input("bad.txt", "A bad story"), Input("good-copy.txt", "A good story")]);
        var batch = await Store.ClaimAsync("w", 10, Long, 3);
        var good = batch.Items.Single(item => item.Input.Input.Source == "good.txt").Input.Input;
        var article = TestArticles.Create("A good story, extracted.", id: good.Id, source: "good.txt");

        var outcome = await Store.CompleteAsync(batch, new IngestBatch([article], [], [new IngestFailure("bad.txt", "empty text", DateTimeOffset.UtcNow)], []));

        Assert.Equal(1, outcome.Added);
        Assert.NotNull(await Store.GetAsync(good.Id));
        var sources = await Store.ListSourcesAsync().Select(source => source.Source).ToListAsync();
        Assert.Equal(["good-copy.txt", "good.txt"], sources.Order(StringComparer.Ordinal));
        Assert.Equal("bad.txt", Assert.Single(await Store.ListFailuresAsync().ToListAsync()).Source);
        var status = await Store.GetStatusAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(1, status.QueueByState[WorkQueueStates.Done]);
        Assert.Equal(1, status.QueueByState[WorkQueueStates.Failed]);
        Assert.Equal(1, status.RecentArticles);

        // Content that failed is queued again when it is enqueued again, as ingest retries failed inputs.
        var again = await Store.EnqueueAsync([Input("bad.txt", "A bad story")]);
        Assert.Equal(1, again.Queued);
    }

    [Fact]
    public async Task A_batch_given_back_without_an_error_does_not_count_as_an_attempt()
    {
        await Store.EnqueueAsync([Input("a.txt", "Only story")]);
        await Store.ReleaseAsync(await Store.ClaimAsync("stopping", 10, Long, 3), null);
        var withError = await Store.ClaimAsync("w", 10, Long, 3);
        Assert.Equal(1, Assert.Single(withError.Items).Attempt);

        await Store.ReleaseAsync(withError, "IOException: disk full");
        var retried = await Store.ClaimAsync("w", 10, Long, 3);

        Assert.Equal(2, Assert.Single(retried.Items).Attempt);
    }

    [Fact]
    public async Task Try_run_exclusive_does_not_wait_for_a_lock_another_process_holds()
    {
        await using var other = await PostgresArticleStore.OpenAsync(new PostgresStoreOptions(PostgresTestServer.RequiredConnectionString) { Schema = _schema });
        var release = new TaskCompletionSource();
        var holding = new TaskCompletionSource();
        var holder = Store.RunExclusiveAsync("queue-windows", async _ =>
        {
            holding.SetResult();
            await release.Task;
        });
        await holding.Task;

        var ranWhileHeld = false;
        var tookIt = await other.TryRunExclusiveAsync("queue-windows", _ =>
        {
            ranWhileHeld = true;
            return Task.CompletedTask;
        });
        release.SetResult();
        await holder;
        var ranAfter = false;
        var tookItAfter = await other.TryRunExclusiveAsync("queue-windows", _ =>
        {
            ranAfter = true;
            return Task.CompletedTask;
        });

        Assert.False(tookIt);
        Assert.False(ranWhileHeld);
        Assert.True(tookItAfter);
        Assert.True(ranAfter);
    }

    [Fact]
    public async Task The_corpus_lock_lets_one_process_run_a_step_at_a_time()
    {
        await using var other = await PostgresArticleStore.OpenAsync(new PostgresStoreOptions(PostgresTestServer.RequiredConnectionString) { Schema = _schema });
        var running = 0;
        var overlapped = false;
        async Task StepAsync(CancellationToken token)
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            await Task.Delay(200, token);
            Interlocked.Decrement(ref running);
        }

        await Task.WhenAll(
            Store.RunExclusiveAsync("corpus-steps", StepAsync),
            other.RunExclusiveAsync("corpus-steps", StepAsync),
            Store.RunExclusiveAsync("corpus-steps", StepAsync));

        Assert.False(overlapped);
    }

    private static QueuedInput Input(string source, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new QueuedInput(new RawInput(source, DocumentId.FromText(text), bytes, InputFormat.Plain, null, ArticleMetadata.Empty with { Source = source }), null);
    }
}
