namespace NewsTrace.Storage;

/// <summary>
/// A window of the work queue for the corpus steps: the articles that entries completed in queue order added, cut as
/// <c>ingest</c> cuts its input (<see cref="Pipeline.CorpusIngestor.WindowSize"/> added articles), so workers run the
/// story catch-up over the same articles, in the same order, as one ingest of the same inputs.
/// </summary>
/// <param name="ArticleIds">The articles the window's entries added, in queue order.</param>
/// <param name="NextSeq">Where the window after it starts (a queue position); pass it to <see cref="IWorkQueue.AdvanceWindowsAsync"/> once the steps have run.</param>
public sealed record QueueWindow(IReadOnlyList<string> ArticleIds, long NextSeq);
