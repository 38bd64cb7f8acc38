namespace NewsTrace.Reuse.Compare;

/// <summary>A row of a pairs file: the pair, or why the line could not be read (with its 1-based line number).</summary>
public sealed record PairsFileRow(int Line, TextPair? Pair, string? Error);
