namespace NewsTrace.Reuse.Dedup;

/// <summary>A record's id as it was written: a JSON string, or the literal text of a JSON number (so output can echo its type).</summary>
public readonly record struct DedupRecordId(string Value, bool IsNumber);
