namespace NewsTrace.Storage.Sqlite;

/// <summary>Releases a semaphore once, when disposed: the handle <see cref="SqliteArticleStore.LockStoriesAsync"/> returns.</summary>
internal sealed class SemaphoreRelease(SemaphoreSlim semaphore) : IAsyncDisposable
{
    private int _released;

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            semaphore.Release();
        }

        return ValueTask.CompletedTask;
    }
}
