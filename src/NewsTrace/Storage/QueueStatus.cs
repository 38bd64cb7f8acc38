using System.Collections.Immutable;

namespace NewsTrace.Storage;

/// <summary>The state of the work queue and of the store as operators watch it (<c>newstrace status</c>, <c>/metrics</c>).</summary>
/// <param name="Articles">Articles stored.</param>
/// <param name="Failures">Failures recorded in the store.</param>
/// <param name="QueueByState">Queue entries per state (every state of <see cref="WorkQueueStates.All"/> present, zero included).</param>
/// <param name="OldestPendingAge">How long the oldest waiting entry has waited; null when none waits.</param>
/// <param name="RecentArticles">Articles stored within <paramref name="RecentWindow"/> before now.</param>
/// <param name="RecentWindow">The window <paramref name="RecentArticles"/> counts over.</param>
/// <param name="Workers">Workers that reported, most recent first.</param>
public sealed record QueueStatus(
    long Articles,
    long Failures,
    ImmutableSortedDictionary<string, long> QueueByState,
    TimeSpan? OldestPendingAge,
    long RecentArticles,
    TimeSpan RecentWindow,
    IReadOnlyList<WorkerHeartbeat> Workers)
{
    /// <summary>Articles stored per second over <see cref="RecentWindow"/>.</summary>
    public double DocumentsPerSecond => RecentWindow <= TimeSpan.Zero ? 0 : RecentArticles / RecentWindow.TotalSeconds;
}
