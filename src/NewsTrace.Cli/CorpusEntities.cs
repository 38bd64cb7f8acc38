using NewsTrace.Documents;
using NewsTrace.Entities.CrossDocument;
using NewsTrace.Pipeline;
using NewsTrace.Storage;

namespace NewsTrace.Cli;

/// <summary>
/// Reads the stored articles back with their layers and resolves the corpus's canonical entities with the user decisions
/// in the store. Shared by `entities` and `quotes`, so both see the same entities.
/// </summary>
internal static class CorpusEntities
{
    public static async Task<(IReadOnlyList<Document> Documents, EntityCatalog Catalog)> LoadAsync(IArticleStore store, CancellationToken cancellationToken)
    {
        var documents = new List<Document>();
        var resolver = new CrossDocumentEntityResolver();
        await foreach (var summary in store.ListAsync(new ArticleQuery(), cancellationToken).ConfigureAwait(false))
        {
            if (await store.GetAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } article)
            {
                var document = StoredDocument.FromStored(article);
                documents.Add(document);
                resolver.Add(document);
            }
        }

        var decisions = new List<EntityDecision>();
        await foreach (var decision in Decisions(store).ListEntityDecisionsAsync(cancellationToken).ConfigureAwait(false))
        {
            decisions.Add(decision);
        }

        return (documents, resolver.Resolve(decisions));
    }

    /// <summary>The store's decision side; every store the CLI opens has one.</summary>
    public static IEntityDecisionStore Decisions(IArticleStore store)
        => store as IEntityDecisionStore ?? throw new InvalidOperationException("This store cannot keep entity decisions.");
}
