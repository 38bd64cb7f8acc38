using System.Collections.Immutable;
using NewsTrace.Reuse.Alignment;

namespace NewsTrace.Reuse.Relations;

/// <summary>A comparison with the measurements behind it and the verbatim blocks (word ranges) it found.</summary>
public sealed record PairAnalysis(PairComparison Comparison, PairEvidence Evidence, ImmutableArray<VerbatimBlock> Blocks);
