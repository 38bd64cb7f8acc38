using System.Collections.Immutable;

namespace NewsTrace.Reuse.Provenance;

/// <summary>Who copied whom within one story: articles and credited outside sources, joined by edges from origin to copy.</summary>
/// <param name="StoryId">The story (as `stories` lists it).</param>
/// <param name="Title">The story's title.</param>
/// <param name="Nodes">Articles, earliest first, then outside sources.</param>
/// <param name="Edges">Derived-from edges, then credit edges.</param>
public sealed record ProvenanceGraph(string StoryId, string? Title, ImmutableArray<ProvenanceNode> Nodes, ImmutableArray<ProvenanceEdge> Edges)
{
    /// <summary>Articles no derived-from edge points to: the likely originals and the independent reports.</summary>
    public IEnumerable<ProvenanceNode> Roots => Nodes.Where(n => n.Kind == ProvenanceNodeKind.Article
        && !Edges.Any(e => e.Kind == ProvenanceEdgeKind.DerivedFrom && string.Equals(e.To, n.Key, StringComparison.Ordinal)));

    /// <summary>The derived-from edges leaving <paramref name="key"/>.</summary>
    public IEnumerable<ProvenanceEdge> CopiesOf(string key) => Edges.Where(e => e.Kind == ProvenanceEdgeKind.DerivedFrom && string.Equals(e.From, key, StringComparison.Ordinal));

    public ProvenanceNode? Node(string key) => Nodes.FirstOrDefault(n => string.Equals(n.Key, key, StringComparison.Ordinal));
}
