namespace NewsTrace.Stories.Explain;

/// <summary>Why one article belongs to its story.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Score">Its mean cosine similarity to the other members, on the clusterer's features (1 when it is the only member).</param>
/// <param name="Terms">The terms that contribute most to the score, largest first.</param>
/// <param name="Entities">Entities it shares with other members, most shared first.</param>
/// <param name="Quotes">Statements it shares with other members.</param>
/// <param name="ReuseLinks">Members it shares text with, strongest first.</param>
public sealed record ArticleExplanation(
    string ArticleId,
    double Score,
    IReadOnlyList<SharedTerm> Terms,
    IReadOnlyList<SharedEntity> Entities,
    IReadOnlyList<SharedQuote> Quotes,
    IReadOnlyList<ReuseLink> ReuseLinks);
