namespace NewsTrace.Web.Html;

/// <summary>An arrow of the provenance graph: <paramref name="From"/> was the source of <paramref name="To"/>, by <paramref name="Relation"/>.</summary>
public sealed record GraphEdge(string From, string To, string Relation);
