namespace NewsTrace.Reuse.Compare;

/// <summary>The outcome of one row of a pairs file: its comparison, or the row's error.</summary>
public sealed record PairsFileResult(PairsFileRow Row, PairComparison? Comparison);
