using NewsTrace.Reuse;
using NewsTrace.Reuse.Provenance;

namespace NewsTrace.Web.Api.Models;

/// <summary>One provenance edge: <paramref name="To"/> derived from (or credits) <paramref name="From"/>; article ids where the node is an article.</summary>
public sealed record ProvenanceEdgeItem(string From, string To, string? FromArticle, string? ToArticle, string Kind, string? Relation, bool DirectionKnown, double Similarity, IReadOnlyList<string> Reasons)
{
    public static ProvenanceEdgeItem Of(ProvenanceGraph graph, ProvenanceEdge edge)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(edge);
        return new ProvenanceEdgeItem(edge.From, edge.To, graph.Node(edge.From)?.ArticleId, graph.Node(edge.To)?.ArticleId,
            edge.Kind == ProvenanceEdgeKind.Credits ? "credits" : "derived-from", edge.Relation?.Name(), edge.DirectionKnown, edge.Similarity, edge.Reasons);
    }
}
