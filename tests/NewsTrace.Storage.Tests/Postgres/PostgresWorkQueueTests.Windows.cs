using NewsTrace.Pipeline;
using NewsTrace.Storage.Tests.Contract;
using NewsTrace.Workers;

namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>The queue's windows for the corpus steps: cut in queue order, each run once, and mostly by one worker.</summary>
public sealed partial class PostgresWorkQueueTests
{
    [Fact]
    public async Task Windows_count_the_articles_entries_added_in_queue_order_and_wait_for_unfinished_entries()
    {
        await Store.EnqueueAsync([.. "abcdef".Select(c => Input($"{c}.txt", $"Story {c}"))]);
        var first = await Store.ClaimAsync("w1", 2, Long, 3);
        var second = await Store.ClaimAsync("w2", 2, Long, 3);
        Assert.Equal(["a.txt", "b.txt"], first.Items.Select(item => item.Input.Input.Source));

        // The later batch finishes first: c adds its article, d fails. a and b are unfinished, so no window ends yet.
        await Store.CompleteAsync(second, new IngestBatch([ArticleOf(second, "c.txt")], [], [new IngestFailure("d.txt", "empty text", DateTimeOffset.UtcNow)], []));
        Assert.Null(await Store.NextWindowAsync(2, partial: false));
        var nothingYet = await Store.NextWindowAsync(2, partial: true);
        Assert.Empty(nothingYet!.ArticleIds);

        // b's article was stored before its entry completed (by an ingest elsewhere): b adds nothing, as a known input
        // adds nothing to an ingest's window.
        await Store.WriteBatchAsync([ArticleOf(first, "b.txt")], []);
        await Store.CompleteAsync(first, new IngestBatch([ArticleOf(first, "a.txt"), ArticleOf(first, "b.txt")], [], [], []));

        var window = await Store.NextWindowAsync(2, partial: false);
        Assert.Equal([IdOf(first, "a.txt"), IdOf(second, "c.txt")], window!.ArticleIds);
        // Asked again before the cursor moves, the same window comes back (a worker killed before AdvanceWindowsAsync).
        var again = await Store.NextWindowAsync(2, partial: false);
        Assert.Equal(window.ArticleIds, again!.ArticleIds);
        Assert.Equal(window.NextSeq, again.NextSeq);

        Assert.Null(await Store.GetWindowWalkerAsync());
        await Store.AdvanceWindowsAsync(window.NextSeq, "w1");
        Assert.Equal("w1", (await Store.GetWindowWalkerAsync())!.Walker);
        Assert.Null(await Store.NextWindowAsync(2, partial: false));
        var rest = await Store.NextWindowAsync(2, partial: true);
        Assert.Empty(rest!.ArticleIds);

        var third = await Store.ClaimAsync("w1", 10, Long, 3);
        await Store.CompleteAsync(third, new IngestBatch([ArticleOf(third, "e.txt"), ArticleOf(third, "f.txt")], [], [], []));
        var last = await Store.NextWindowAsync(2, partial: false);
        Assert.Equal([IdOf(third, "e.txt"), IdOf(third, "f.txt")], last!.ArticleIds);
        await Store.AdvanceWindowsAsync(last.NextSeq, "w2");

        // The cursor never moves back.
        await Store.AdvanceWindowsAsync(window.NextSeq, "w1");
        var end = await Store.NextWindowAsync(2, partial: true);
        Assert.Equal(last.NextSeq, end!.NextSeq);
        Assert.Empty(end.ArticleIds);
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

    private static string IdOf(ClaimedBatch batch, string source) => batch.Items.Single(item => item.Input.Input.Source == source).Input.Input.Id;

    private static StoredArticle ArticleOf(ClaimedBatch batch, string source) => TestArticles.Create($"The text of {source}.", id: IdOf(batch, source), source: source);

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
