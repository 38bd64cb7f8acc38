namespace NewsTrace.Workers;

/// <summary>
/// A worker's walks over the queue's windows (<see cref="QueueWindowSteps.RunCompleteWindowsAsync"/>) in the background,
/// one at a time, so the story catch-up runs beside the analysis of the next batches instead of stopping it, as
/// <c>ingest</c>'s catch-up does. A worker that gets more than <c>maxAhead</c> articles ahead of the walk it started
/// waits for it, so the catch-up cannot fall behind without bound and leave one long walk for the end.
/// </summary>
internal sealed class BackgroundWindowWalks(QueueWindowSteps windows, long maxAhead)
{
    private Task? _walk;
    private long _addedAtStart;

    /// <summary>Call after each batch with the articles this worker has added so far. Throws what a finished walk threw.</summary>
    public async Task AfterBatchAsync(long addedSoFar, CancellationToken cancellationToken)
    {
        if (_walk is { IsCompleted: true })
        {
            await TakeWalk().ConfigureAwait(false);
        }

        if (_walk is null)
        {
            _addedAtStart = addedSoFar;
            _walk = Task.Run(() => windows.RunCompleteWindowsAsync(cancellationToken), CancellationToken.None);
        }
        else if (addedSoFar - _addedAtStart > maxAhead)
        {
            await TakeWalk().ConfigureAwait(false);
        }
    }

    /// <summary>Waits for the walk in progress, if any; throws what it threw.</summary>
    public Task DrainAsync() => _walk is null ? Task.CompletedTask : TakeWalk();

    /// <summary>
    /// Waits for the walk in progress while the worker is already failing or stopping: what the walk threw then would
    /// only hide the worker's own error, so it is dropped (the next worker repeats the window; nothing was lost).
    /// </summary>
    public async Task DrainQuietlyAsync()
    {
        try
        {
            await DrainAsync().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Deliberate: the worker's own exception is the one to report.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
        }
    }

    private Task TakeWalk()
    {
        var walk = _walk!;
        _walk = null;
        return walk;
    }
}
