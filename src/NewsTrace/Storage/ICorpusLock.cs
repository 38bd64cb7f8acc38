namespace NewsTrace.Storage;

/// <summary>
/// A store that many processes share and that can make one of them run a corpus-level step at a time (PostgreSQL: an
/// advisory lock). Single-process stores do not need it.
/// </summary>
public interface ICorpusLock
{
    /// <summary>Waits until no other process runs the step named <paramref name="name"/> on this store, then runs <paramref name="action"/> holding it.</summary>
    Task RunExclusiveAsync(string name, Func<CancellationToken, Task> action, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="action"/> holding the lock named <paramref name="name"/> if no other process holds it, and
    /// returns false at once without running it if one does.
    /// </summary>
    Task<bool> TryRunExclusiveAsync(string name, Func<CancellationToken, Task> action, CancellationToken cancellationToken = default);
}
