namespace NewsTrace.Stories.Summary;

/// <summary>What a story is, in brief: "12 articles, 4 independent reports".</summary>
/// <param name="StoryId">The story.</param>
/// <param name="Title">The most central headline: the titled member with the highest mean similarity to the others (ties: the earliest).</param>
/// <param name="CentralArticleId">The member whose headline and lead sentences are shown.</param>
/// <param name="KeyEntities">The canonical entities most members name, most first.</param>
/// <param name="FirstPublished">The earliest publish date among the members, when any is known.</param>
/// <param name="LastPublished">The latest publish date among the members, when any is known.</param>
/// <param name="Outlets">The members' outlets, in order of first appearance.</param>
/// <param name="LeadSentences">The first sentences of the central article.</param>
/// <param name="Reports">The members grouped into independent reports: exact copies and articles linked by reuse (identical, near-copy, rewrite, partial) are one report. Earliest first.</param>
public sealed record StorySummary(
    string StoryId,
    string? Title,
    string? CentralArticleId,
    IReadOnlyList<KeyEntity> KeyEntities,
    string? FirstPublished,
    string? LastPublished,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<string> LeadSentences,
    IReadOnlyList<IReadOnlyList<string>> Reports)
{
    public int ArticleCount => Reports.Sum(r => r.Count);

    public int IndependentReports => Reports.Count;

    /// <summary>Articles that copy or reuse another member: articles minus independent reports.</summary>
    public int Copies => ArticleCount - IndependentReports;
}
