using NewsTrace.Reuse.Provenance;

namespace NewsTrace.Web.Api.Models;

/// <summary>A story's provenance graph: articles and credited outside sources, and who took from whom.</summary>
public sealed record ProvenanceItem(string StoryId, IReadOnlyList<ProvenanceNode> Nodes, IReadOnlyList<ProvenanceEdgeItem> Edges)
{
    public static ProvenanceItem From(ProvenanceGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new ProvenanceItem(graph.StoryId, graph.Nodes, graph.Edges.Select(e => ProvenanceEdgeItem.Of(graph, e)).ToList());
    }
}
