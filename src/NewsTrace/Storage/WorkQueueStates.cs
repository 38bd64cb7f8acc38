namespace NewsTrace.Storage;

/// <summary>The states of a work-queue entry, as stored and as reported by <c>newstrace status</c>.</summary>
public static class WorkQueueStates
{
    /// <summary>Waiting for a worker.</summary>
    public const string Pending = "pending";

    /// <summary>Claimed by a worker whose lease has not yet run out (or has, and is waiting to be reclaimed).</summary>
    public const string Leased = "leased";

    /// <summary>Written: the article (or the knowledge that it was already stored) is in the store.</summary>
    public const string Done = "done";

    /// <summary>Could not be processed: the reason is in the entry and in the store's failures.</summary>
    public const string Failed = "failed";

    public static IReadOnlyList<string> All { get; } = [Pending, Leased, Done, Failed];
}
