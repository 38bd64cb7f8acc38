namespace NewsTrace.Reuse.Dedup;

/// <summary>
/// The records of one <see cref="JsonlLineBatch"/> with their content hashes and signatures (record i's signature is
/// <see cref="Signatures"/>[i·k .. (i+1)·k], a pooled array), and the lines that failed.
/// </summary>
internal sealed record FingerprintedBatch(
    DedupRecordId[] Ids,
    ulong[] ContentHashes,
    uint[] Signatures,
    int Count,
    List<DedupError> Errors);
