using System.Collections.Immutable;
using NewsTrace.Reuse.Discrepancies;

namespace NewsTrace.Reuse.Provenance;

/// <summary>
/// One edge of a provenance graph, always from origin to copy: <see cref="From"/> is the likely original (or the
/// credited outside source), <see cref="To"/> the article that took from it.
/// </summary>
/// <param name="From">The origin node's key.</param>
/// <param name="To">The copy node's key.</param>
/// <param name="Kind">Derived-from or credits.</param>
/// <param name="Reasons">The evidence, for people: publish times, credits, containment, introduced errors, why this source and not another.</param>
public sealed record ProvenanceEdge(string From, string To, ProvenanceEdgeKind Kind, ImmutableArray<string> Reasons)
{
    /// <summary>How the texts relate; null for credit edges.</summary>
    public ReuseRelation? Relation { get; init; }

    /// <summary>False when the evidence could not tell which text came first; From and To are then in id order.</summary>
    public bool DirectionKnown { get; init; } = true;

    /// <summary>Overall similarity of the two texts, 0 to 1.</summary>
    public double Similarity { get; init; }

    /// <summary>The aligned passages, source side first.</summary>
    public ImmutableArray<ProvenancePassage> Passages { get; init; } = [];

    /// <summary>The facts the copy states differently from the source.</summary>
    public ImmutableArray<Discrepancy> Discrepancies { get; init; } = [];
}
