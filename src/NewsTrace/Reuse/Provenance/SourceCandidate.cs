namespace NewsTrace.Reuse.Provenance;

/// <summary>An earlier article a copy may have taken its text from, with how much of the copy it explains.</summary>
/// <param name="Source">The candidate source.</param>
/// <param name="Comparison">The comparison, source on the left.</param>
/// <param name="Verdict">Why the candidate is the earlier of the two.</param>
/// <param name="Explained">Words of the copy inside passages aligned with the candidate, weighted by passage similarity.</param>
internal sealed record SourceCandidate(ProvenanceArticle Source, PairComparison Comparison, DirectionVerdict Verdict, double Explained);
