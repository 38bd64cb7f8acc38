using NewsTrace.Quotes.Variants;
using NewsTrace.Reuse;

namespace NewsTrace.Stories.Explain;

/// <summary>
/// Says, for each article of a story, why it belongs: its score (mean cosine to the other members) broken down into
/// the terms that make it, the entities and quotes it shares with other members, and its reuse links inside the story.
/// Works on any story, however it was clustered or corrected: an article a user moved in may well score low, and that is
/// worth seeing.
/// </summary>
public static class StoryExplainer
{
    public static IReadOnlyList<ArticleExplanation> Explain(StoryEvidence evidence, int terms = 8, int entities = 8, int quotes = 5)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var ids = evidence.Vectors.Keys.ToList();
        var entityArticles = evidence.Entities.Entities
            .Select(e => (Entity: e, Members: e.ArticleIds.Where(evidence.Vectors.ContainsKey).ToHashSet(StringComparer.Ordinal)))
            .Where(e => e.Members.Count > 1)
            .ToList();
        var statements = QuoteVariantGrouper.Group(ids
            .Select(evidence.DocumentOf)
            .OfType<Documents.Document>()
            .SelectMany(d => QuoteOccurrences.From(d, evidence.Entities)));
        var sharedStatements = statements
            .Select(s => (Statement: s, Members: s.Variants.Select(v => v.Occurrence.ArticleId).ToHashSet(StringComparer.Ordinal)))
            .Where(s => s.Members.Count > 1)
            .ToList();
        var links = evidence.MemberComparisons.Where(c => c.Relation >= ReuseRelation.PartialReuse).ToList();

        return evidence.Story.Articles
            .DistinctBy(a => a.Id, StringComparer.Ordinal)
            .Select(article =>
            {
                var id = article.Id;
                return new ArticleExplanation(
                    id,
                    evidence.Centrality[id],
                    TermsOf(evidence, id, ids, terms),
                    [.. entityArticles
                        .Where(e => e.Members.Contains(id))
                        .Select(e => new SharedEntity(e.Entity.Name, e.Entity.Type, e.Members.Count - 1))
                        .OrderByDescending(e => e.Articles)
                        .ThenBy(e => e.Name, StringComparer.Ordinal)
                        .Take(entities)],
                    [.. sharedStatements
                        .Where(s => s.Members.Contains(id))
                        .Select(s => new SharedQuote(s.Statement.Text, s.Statement.Speaker, s.Members.Count - 1))
                        .OrderByDescending(q => q.Articles)
                        .ThenBy(q => q.Text, StringComparer.Ordinal)
                        .Take(quotes)],
                    [.. links
                        .Where(c => string.Equals(c.LeftId, id, StringComparison.Ordinal) || string.Equals(c.RightId, id, StringComparison.Ordinal))
                        .Select(c => new ReuseLink(string.Equals(c.LeftId, id, StringComparison.Ordinal) ? c.RightId : c.LeftId, c.Relation.Name(), c.Similarity))
                        .OrderByDescending(l => l.Similarity)
                        .ThenBy(l => l.ArticleId, StringComparer.Ordinal)]);
            })
            .ToList();
    }

    /// <summary>
    /// The score decomposed: mean over others of Σ_t a_t·b_t is Σ_t a_t·mean(b_t), so each term's share is its weight
    /// here times its mean weight in the other members, and the shares add up to the score.
    /// </summary>
    private static List<SharedTerm> TermsOf(StoryEvidence evidence, string id, List<string> ids, int count)
    {
        var others = ids.Where(other => !string.Equals(other, id, StringComparison.Ordinal)).Select(other => evidence.Vectors[other]).ToList();
        if (others.Count == 0)
        {
            return [];
        }

        return evidence.Vectors[id].Weights
            .Select(term =>
            {
                var holders = others.Where(o => o.Weights.ContainsKey(term.Key)).ToList();
                return new SharedTerm(term.Key, term.Value * holders.Sum(o => o.Weights[term.Key]) / others.Count, holders.Count);
            })
            .Where(t => t.Articles > 0)
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }
}
