namespace NewsTrace.Reuse.Dedup;

/// <summary>A line or input that could not be read as a record: where it is and why. The rest of the run goes on.</summary>
/// <param name="Source">The file ("-" for stdin).</param>
/// <param name="Line">The 1-based line number, or 0 when the whole input failed.</param>
/// <param name="Message">What is wrong, for a person.</param>
public sealed record DedupError(string Source, long Line, string Message)
{
    public override string ToString()
        => Line > 0 ? FormattableString.Invariant($"{Source}:{Line}: {Message}") : $"{Source}: {Message}";
}
