namespace NewsTrace.Reuse.Provenance;

/// <summary>One node of a provenance graph.</summary>
/// <param name="Key">Unique in the graph: the article's reference (record id, else file path) or "source:NAME" for an outside source.</param>
/// <param name="Kind">Article or outside source.</param>
/// <param name="Label">For people: the outlet and headline, or the credited name.</param>
/// <param name="ArticleId">The stored article id; null for outside sources.</param>
public sealed record ProvenanceNode(string Key, ProvenanceNodeKind Kind, string Label, string? ArticleId)
{
    public string? Site { get; init; }

    public string? Title { get; init; }

    /// <summary>The publish date as the article states it (contract form), when known.</summary>
    public string? Published { get; init; }

    public string? Url { get; init; }
}
