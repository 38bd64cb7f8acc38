using System.Collections.Immutable;
using NewsTrace.Reuse.Discrepancies;

namespace NewsTrace.Reuse.Provenance;

/// <summary>What <see cref="ReuseAnalysis"/> found: one provenance graph per story and the comparisons made.</summary>
/// <param name="Graphs">One graph per analysed story, in story order.</param>
/// <param name="Comparisons">Every comparison made (reuse or not).</param>
public sealed record ReuseAnalysisResult(ImmutableArray<ProvenanceGraph> Graphs, ImmutableArray<PairComparison> Comparisons)
{
    /// <summary>Every discrepancy along every derived-from edge, with the graph and edge it belongs to.</summary>
    public IEnumerable<(ProvenanceGraph Graph, ProvenanceEdge Edge, Discrepancy Discrepancy)> Discrepancies
        => Graphs.SelectMany(g => g.Edges.SelectMany(e => e.Discrepancies.Select(d => (g, e, d))));
}
