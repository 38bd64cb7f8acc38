namespace NewsTrace.Reuse.Dedup;

/// <summary>The outcome of a deduplication run: every record read, in input order, and the first record of its group.</summary>
/// <param name="Records">The ids of the records, in input order.</param>
/// <param name="Groups">For record i, the index of the first record of its near-duplicate group (i itself when it is first).</param>
/// <param name="Errors">Lines or inputs that could not be read; they are not records.</param>
/// <param name="ExactDuplicates">Records whose normalised content equals an earlier record's.</param>
/// <param name="CandidatesVerified">LSH candidate pairs whose signatures were compared.</param>
public sealed record DedupResult(
    IReadOnlyList<DedupRecordId> Records,
    IReadOnlyList<int> Groups,
    int Errors,
    int ExactDuplicates,
    long CandidatesVerified)
{
    /// <summary>How many distinct groups there are.</summary>
    public int GroupCount => Groups.Where((group, record) => group == record).Count();
}
