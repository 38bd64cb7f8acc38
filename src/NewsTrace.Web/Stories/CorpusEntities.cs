using NewsTrace.Entities.CrossDocument;
using NewsTrace.Pipeline;
using NewsTrace.Quotes.Variants;
using NewsTrace.Storage;

namespace NewsTrace.Web.Stories;

/// <summary>
/// The corpus's canonical entities (cross-document resolution with the user's decisions) and every quoted statement
/// with its speaker's entity: what the entity pages show. Built from every stored article, so it is built once per
/// store version and only on the first request that needs it.
/// </summary>
public sealed record CorpusEntities(EntityCatalog Catalog, IReadOnlyList<QuoteStatement> Statements)
{
    /// <summary>Above this many articles the entity pages are not built per request (reading every article takes too long).</summary>
    public const int MaxArticles = 20_000;

    public static async Task<CorpusEntities> LoadAsync(IArticleStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var resolver = new CrossDocumentEntityResolver();
        var documents = new List<Documents.Document>();
        await foreach (var summary in store.ListAsync(new ArticleQuery(), cancellationToken))
        {
            if (await store.GetAsync(summary.Id, cancellationToken) is { } article)
            {
                var document = StoredDocument.FromStored(article);
                documents.Add(document);
                resolver.Add(document);
            }
        }

        var catalog = resolver.Resolve(await EntityDecisions.ListAsync(store, cancellationToken));
        var statements = QuoteVariantGrouper.Group(documents.SelectMany(d => QuoteOccurrences.From(d, catalog)));
        return new CorpusEntities(catalog, statements);
    }

    /// <summary>The statements whose speaker is this entity.</summary>
    public IEnumerable<QuoteStatement> StatementsBy(CanonicalEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Statements.Where(s => string.Equals(s.SpeakerEntityId, entity.Id, StringComparison.Ordinal));
    }
}
