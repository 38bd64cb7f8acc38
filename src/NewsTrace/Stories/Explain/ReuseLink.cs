namespace NewsTrace.Stories.Explain;

/// <summary>Text an article shares with another member: the pair comparer's relation between the two.</summary>
/// <param name="ArticleId">The other member.</param>
/// <param name="Relation">identical, near-copy, rewrite or partial (see <see cref="Reuse.ReuseRelationNames"/>).</param>
/// <param name="Similarity">The comparer's similarity, 0 to 1.</param>
public sealed record ReuseLink(string ArticleId, string Relation, double Similarity);
