using NewsTrace.Storage;
using NewsTrace.Stories.Features;

namespace NewsTrace.Stories.Incremental;

/// <summary>
/// What a <see cref="StoryIndexUpdater"/> reads of the index: indexed articles (from the cache when it has them, else
/// from the store, then kept in the cache), the stored frequencies of their terms, and two memos over them, each
/// article's vector within one update and its parsed event date.
/// </summary>
internal sealed class IndexedArticleReader(IStoryStore store, IndexedArticleCache? cache)
{
    // Parsed event dates by article id (a fact of the article, never changed by an update): similarity loops ask for the
    // same candidates' dates many times per batch, and reclustering for the same members' in every batch.
    private readonly Dictionary<string, Documents.PublishDate?> _eventDates = new(StringComparer.Ordinal);

    // Each article's vector within one update: it depends on the frequencies of its terms, which are fixed once loaded
    // (only unknown terms are ever added to the table), so an update computes it once.
    private readonly Dictionary<string, SparseVector> _vectors = new(StringComparer.Ordinal);

    /// <summary>Starts an update: vectors from the last one no longer hold (the frequencies moved).</summary>
    public void BeginUpdate()
    {
        _vectors.Clear();
        if (_eventDates.Count > 200_000)
        {
            // A long catch-up over a backlog: dates of earlier batches are rarely asked for again.
            _eventDates.Clear();
        }
    }

    /// <summary>
    /// Reads indexed articles not read yet (into <paramref name="known"/> too; from the cache when it has them) and the
    /// frequencies of their terms.
    /// </summary>
    public async Task<Dictionary<string, IndexedArticle>> LoadAsync(IEnumerable<string> articleIds, Dictionary<string, IndexedArticle> known, TermFrequencyTable frequencies, CancellationToken cancellationToken)
    {
        var wanted = articleIds.Distinct(StringComparer.Ordinal).ToList();
        var missing = wanted.Where(id => !known.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var unread = new List<string>(missing.Count);
            foreach (var id in missing)
            {
                if (cache is not null && cache.TryGet(id, out var cached, out var eventDate))
                {
                    known[id] = cached;
                    _eventDates.TryAdd(id, eventDate);
                }
                else
                {
                    unread.Add(id);
                }
            }

            if (unread.Count > 0)
            {
                var read = await store.GetIndexedArticlesAsync(unread, cancellationToken).ConfigureAwait(false);
                foreach (var article in read)
                {
                    known[article.Article.Id] = article;
                }

                cache?.Add(read);
            }

            await LoadFrequenciesAsync(frequencies, missing.Where(known.ContainsKey).SelectMany(id => known[id].Terms.Keys), cancellationToken).ConfigureAwait(false);
        }

        return wanted.Where(known.ContainsKey).ToDictionary(id => id, id => known[id], StringComparer.Ordinal);
    }

    /// <summary>Reads the stored frequency of every term the table does not know yet.</summary>
    public async Task LoadFrequenciesAsync(TermFrequencyTable frequencies, IEnumerable<string> terms, CancellationToken cancellationToken)
    {
        var missing = terms.Where(t => !frequencies.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var stored = await store.GetDocumentFrequenciesAsync(missing, cancellationToken).ConfigureAwait(false);
        foreach (var term in missing)
        {
            frequencies.Set(term, stored.GetValueOrDefault(term));
        }
    }

    /// <summary>The article's vector, computed once per update.</summary>
    public SparseVector VectorOf(StoryVectorizer vectors, string articleId, IReadOnlyDictionary<string, TermCount> terms)
    {
        if (!_vectors.TryGetValue(articleId, out var vector))
        {
            _vectors[articleId] = vector = vectors.Vector(terms);
        }

        return vector;
    }

    public DateOnly? DateOf(IndexedArticle article) => EventDateOf(article)?.Date;

    /// <summary>The article's event date parsed, once for as long as this reader lives (a fact of the article).</summary>
    public Documents.PublishDate? EventDateOf(IndexedArticle article)
    {
        if (!_eventDates.TryGetValue(article.Article.Id, out var date))
        {
            _eventDates[article.Article.Id] = date = IndexedArticleCache.EventDateOf(article);
        }

        return date;
    }
}
