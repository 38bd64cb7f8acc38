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

    private readonly Dictionary<string, Story> _byId = Stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Story> _byArticle = Stories
        .SelectMany(s => s.Articles.Select(a => (a.Id, Story: s)))
        .GroupBy(p => p.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Story, StringComparer.Ordinal);

    /// <summary>Every outlet in the store, sorted; computed once per index, since the home page's filter lists them on every request.</summary>
    public IReadOnlyList<string> Sites { get; } = Stories.SelectMany(s => s.Articles).Select(a => a.Site).OfType<string>()
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public Story? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The story's articles with their layers, read once per index.</summary>
    public async Task<StoryArticles> ArticlesAsync(IArticleStore store, Story story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (_articles.Count >= MaxCachedStories && !_articles.ContainsKey(story.Id))
        {
            return await StoryArticles.LoadAsync(store, story, cancellationToken);
        }

        var loading = _articles.GetOrAdd(story.Id, _ => StoryArticles.LoadAsync(store, story, CancellationToken.None));
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
