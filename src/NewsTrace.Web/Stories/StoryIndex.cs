using System.Collections.Concurrent;
using NewsTrace.Storage;
using NewsTrace.Stories;

namespace NewsTrace.Web.Stories;

/// <summary>The stories of one version of the store, with lookups by story and by article.</summary>
/// <param name="Stories">Earliest first, as <see cref="StoryBuilder"/> orders them.</param>
/// <param name="Version">The store counts the list was built from; a change means a rebuild.</param>
/// <param name="Notice">Why the stories are a fallback (too many texts to cluster), or null.</param>
public sealed record StoryIndex(IReadOnlyList<Story> Stories, CorpusStatistics Version, string? Notice)
{
    /// <summary>Stories whose articles and page are kept per index; beyond this they are loaded per request.</summary>
    public const int MaxCachedStories = 512;

    // Stored articles never change and a new article makes a new index, so what is read or rendered for a story
    // stays right for the life of this index: a story page costs a store read and a render once, not per request.
    private readonly ConcurrentDictionary<string, Task<StoryArticles>> _articles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly Lock _entitiesLock = new();
    private Task<CorpusEntities>? _entities;

    private readonly Dictionary<string, Story> _byId = Stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Story> _byArticle = Stories
        .SelectMany(s => s.Articles.Select(a => (a.Id, Story: s)))
        .GroupBy(p => p.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Story, StringComparer.Ordinal);

    /// <summary>Every outlet in the store, sorted; computed once per index, since the home page's filter lists them on every request.</summary>
    public IReadOnlyList<string> Sites { get; } = Stories.SelectMany(s => s.Articles).Select(a => a.Site).OfType<string>()
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    // First and last publish day of each story, computed once: the home page filters every story by date per request.
    private readonly Dictionary<string, (string? First, string? Last)> _spans = Stories.ToDictionary(s => s.Id, DateSpan, StringComparer.Ordinal);

    /// <summary>The story's first and last publish dates, from the index's precomputed table.</summary>
    public (string? First, string? Last) SpanOf(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return _spans.TryGetValue(story.Id, out var span) ? span : DateSpan(story);
    }

    // Search results per query and page, for this store version only (a new article makes a new index).
    private readonly ConcurrentDictionary<(string Query, int Limit), IReadOnlyList<SearchHit>> _searches = new();

    /// <summary>Full-text search through a bounded per-version cache: a popular query is ranked once, not per request.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(IArticleStore store, string query, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (_searches.TryGetValue((query, limit), out var cached))
        {
            return cached;
        }

        var hits = await store.SearchAsync(query, limit, cancellationToken);
        if (_searches.Count < MaxCachedSearches)
        {
            _searches.TryAdd((query, limit), hits);
        }

        return hits;
    }

    // Filtered searches per query, page and filter, for this store version only.
    private readonly ConcurrentDictionary<(string Query, int Limit, string Filter), IReadOnlyList<SearchHit>> _filteredSearches = new();

    /// <summary>Filtered full-text search (filters applied in the store's query) through the same bounded per-version cache.</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(ISearchStore store, SearchQuery query, string filterKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var key = (query.Text, query.Limit, filterKey);
        if (_filteredSearches.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var hits = await store.SearchAsync(query, cancellationToken);
        if (_filteredSearches.Count < MaxCachedSearches)
        {
            _filteredSearches.TryAdd(key, hits);
        }

        return hits;
    }

    /// <summary>Distinct searches remembered per index.</summary>
    public const int MaxCachedSearches = 1024;

    public Story? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The story's articles with their layers, read once per index.</summary>
    public async Task<StoryArticles> ArticlesAsync(WebBackend backend, Story story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (_articles.Count >= MaxCachedStories && !_articles.ContainsKey(story.Id))
        {
            return await StoryArticles.LoadAsync(backend, story, cancellationToken);
        }

        var loading = _articles.GetOrAdd(story.Id, _ => StoryArticles.LoadAsync(backend, story, CancellationToken.None));
        try
        {
            return await loading.WaitAsync(cancellationToken);
        }
        catch (Exception) when (loading.IsFaulted)
        {
            // A failed read is not remembered: the next request tries again.
            _articles.TryRemove(new KeyValuePair<string, Task<StoryArticles>>(story.Id, loading));
            throw;
        }
    }

    /// <summary>The corpus's entities, built on first use; null when the store is too large to read whole per version.</summary>
    public async Task<CorpusEntities?> EntitiesAsync(IArticleStore store, CancellationToken cancellationToken)
    {
        if (Version.Articles > CorpusEntities.MaxArticles)
        {
            return null;
        }

        Task<CorpusEntities> loading;
        lock (_entitiesLock)
        {
            loading = _entities ??= CorpusEntities.LoadAsync(store, CancellationToken.None);
        }

        try
        {
            return await loading.WaitAsync(cancellationToken);
        }
        catch (Exception) when (loading.IsFaulted)
        {
            lock (_entitiesLock)
            {
                if (ReferenceEquals(_entities, loading))
                {
                    _entities = null;
                }
            }

            throw;
        }
    }

    /// <summary>Every article of the store by id (each is in exactly one story).</summary>
    public ArticleSummary? Article(string id) => _byArticle.TryGetValue(id, out var story)
        ? story.Articles.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal))
        : null;

    /// <summary>The rendered story page, rendered once per index.</summary>
    public string Page(string storyId, Func<string> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (_pages.TryGetValue(storyId, out var page))
        {
            return page;
        }

        page = render();
        if (_pages.Count < MaxCachedStories)
        {
            _pages.TryAdd(storyId, page);
        }

        return page;
    }

    public Story? StoryOf(string articleId) => _byArticle.GetValueOrDefault(articleId);

    /// <summary>The outlets (sites) of a story's articles, in order of first appearance.</summary>
    public static IReadOnlyList<string> Outlets(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return story.Articles.Select(a => a.Site ?? "(unknown site)").Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The first and last publish dates of a story's articles (null where none is known).</summary>
    public static (string? First, string? Last) DateSpan(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var dates = story.Articles.Select(a => a.Published).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return dates.Count == 0 ? (null, null) : (dates[0], dates[^1]);
    }
}
