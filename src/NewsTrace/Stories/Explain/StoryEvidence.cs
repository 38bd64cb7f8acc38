using NewsTrace.Documents;
using NewsTrace.Entities.CrossDocument;
using NewsTrace.Reuse;

namespace NewsTrace.Stories.Explain;

/// <summary>
/// What is known about one story's articles: their documents with stored layers, the clusterer's features, the reuse
/// comparisons of pairs inside the story, and the story's entities. Explanations and summaries are read off it.
/// </summary>
/// <param name="Story">The story (any clustering, corrected or not).</param>
/// <param name="Documents">The members' documents with their stored layers; a member without one is scored by its title.</param>
/// <param name="Terms">The term space (corpus-wide document frequencies where available).</param>
/// <param name="Comparisons">Pair comparisons; only pairs of two members are used.</param>
/// <param name="Entities">Canonical entities across the members (with the user's entity decisions, where there are any).</param>
public sealed record StoryEvidence(Story Story, IReadOnlyList<Document> Documents, StoryTermSpace Terms, IReadOnlyList<PairComparison> Comparisons, EntityCatalog Entities)
{
    private readonly Dictionary<string, Document> _documents = Documents.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The member's document, when it was loaded.</summary>
    public Document? DocumentOf(string articleId) => _documents.GetValueOrDefault(articleId);

    /// <summary>Each member's weighted terms.</summary>
    public IReadOnlyDictionary<string, WeightedTerms> Vectors { get; } = Story.Articles
        .DistinctBy(a => a.Id, StringComparer.Ordinal)
        .ToDictionary(
            a => a.Id,
            a => Documents.FirstOrDefault(d => string.Equals(d.Id, a.Id, StringComparison.Ordinal)) is { } document
                ? Terms.Vector(document.Text)
                : Terms.Vector(a.Title ?? ""),
            StringComparer.Ordinal);

    /// <summary>
    /// Each member's mean cosine to the other members: how central it is to the story (1 for the only member, which
    /// is its own centre). The same score <see cref="StoryExplainer"/> explains term by term.
    /// </summary>
    public IReadOnlyDictionary<string, double> Centrality => _centrality ??= ComputeCentrality();

    /// <summary>The comparisons of two distinct members of the story.</summary>
    public IEnumerable<PairComparison> MemberComparisons => Comparisons.Where(c =>
        !string.Equals(c.LeftId, c.RightId, StringComparison.Ordinal) && Vectors.ContainsKey(c.LeftId) && Vectors.ContainsKey(c.RightId));

    private IReadOnlyDictionary<string, double>? _centrality;

    private Dictionary<string, double> ComputeCentrality()
    {
        var ids = Vectors.Keys.ToList();
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            scores[id] = ids.Count == 1 ? 1.0 : ids.Where(other => !string.Equals(other, id, StringComparison.Ordinal)).Average(other => Vectors[id].Dot(Vectors[other]));
        }

        return scores;
    }
}
