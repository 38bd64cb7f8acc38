namespace NewsTrace.Storage;

/// <summary>Inputs one worker claimed together, under one lease; empty when nothing was claimable.</summary>
/// <param name="WorkerId">The worker holding the lease.</param>
/// <param name="Items">The inputs, in queue order.</param>
public sealed record ClaimedBatch(string WorkerId, IReadOnlyList<ClaimedInput> Items)
{
    public bool IsEmpty => Items.Count == 0;
}
