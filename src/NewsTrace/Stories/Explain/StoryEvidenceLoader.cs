using NewsTrace.Documents;
using NewsTrace.Entities.CrossDocument;
using NewsTrace.Pipeline;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Provenance;
using NewsTrace.Storage;

namespace NewsTrace.Stories.Explain;

/// <summary>
/// Reads what explanations and summaries need for some stories in one pass over the store: every text for corpus-wide
/// document frequencies, the members' documents with their stored layers, the members' entities (with the user's entity
/// decisions) and, when a reuse step is given, the comparisons of every pair inside each story.
/// </summary>
public static class StoryEvidenceLoader
{
    /// <param name="store">The store the stories were built from.</param>
    /// <param name="stories">The stories to gather evidence for.</param>
    /// <param name="reuse">The pair comparison step; null counts exact copies (same text hash) only as reuse.</param>
    public static async Task<IReadOnlyList<StoryEvidence>> LoadAsync(IArticleStore store, IReadOnlyList<Story> stories, ReuseAnalysis? reuse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(stories);
        var wanted = stories.SelectMany(s => s.Articles).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var terms = new StoryTermSpace();
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        await foreach (var summary in store.ListAsync(new ArticleQuery(), cancellationToken).ConfigureAwait(false))
        {
            if (await store.GetAsync(summary.Id, cancellationToken).ConfigureAwait(false) is not { } stored)
            {
                continue;
            }

            terms.Add(stored.Text);
            if (wanted.Contains(stored.Id))
            {
                documents[stored.Id] = StoredDocument.FromStored(stored);
            }
        }

        var entityDecisions = new List<EntityDecision>();
        if (store is IEntityDecisionStore decisionStore)
        {
            await foreach (var decision in decisionStore.ListEntityDecisionsAsync(cancellationToken).ConfigureAwait(false))
            {
                entityDecisions.Add(decision);
            }
        }

        IReadOnlyList<PairComparison> comparisons = [];
        if (reuse is not null)
        {
            var articles = stories
                .SelectMany(s => s.Articles)
                .Where(a => documents.ContainsKey(a.Id))
                .DistinctBy(a => a.Id, StringComparer.Ordinal)
                .ToDictionary(a => a.Id, a => new ProvenanceArticle(documents[a.Id], [Story.Reference(a)]), StringComparer.Ordinal);
            comparisons = reuse.Analyze([.. stories.Select(s => (s.Id, s.Title, (IReadOnlyList<string>)[.. s.Articles.Select(a => a.Id)]))], articles, cancellationToken).Comparisons;
        }

        return [.. stories.Select(story => For(story, documents, terms, comparisons, entityDecisions))];
    }

    /// <summary>The evidence of one story from documents already loaded.</summary>
    public static StoryEvidence For(Story story, IReadOnlyDictionary<string, Document> documents, StoryTermSpace terms, IReadOnlyList<PairComparison> comparisons, IEnumerable<EntityDecision> entityDecisions)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(documents);
        var members = story.Articles.Select(a => documents.GetValueOrDefault(a.Id)).OfType<Document>().DistinctBy(d => d.Id, StringComparer.Ordinal).ToList();
        var resolver = new CrossDocumentEntityResolver();
        foreach (var document in members)
        {
            resolver.Add(document);
        }

        var ids = members.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var own = comparisons.Where(c => ids.Contains(c.LeftId) && ids.Contains(c.RightId)).ToList();
        return new StoryEvidence(story, members, terms, own, resolver.Resolve(entityDecisions));
    }
}
