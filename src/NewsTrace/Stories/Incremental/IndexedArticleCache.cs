using NewsTrace.Documents;
using NewsTrace.Storage;

namespace NewsTrace.Stories.Incremental;

/// <summary>
/// The indexed articles a catch-up read or wrote recently, kept between updates so the next window does not read them
/// back (at a million articles, re-reading the members and neighbours a window touches was a third of the catch-up's
/// time). Entries hold assignments, which any update may change, so the cache is tied to one store and one story-index
/// version: it follows the updates it is told about (<see cref="Applied"/>) and empties itself when it finds the store
/// at any other version (another process, or a run without the cache, changed the index meanwhile).
/// </summary>
/// <remarks>
/// Term counts are kept as <see cref="CompactTermDictionary"/> (two arrays, term strings shared between articles: about 3 KB
/// an article instead of about 25 KB as a dictionary of strings) and handed out as they are, in the order the store would
/// give them (ordinal), so a long window of recent articles fits in memory and a hit costs nothing to decode (decoding
/// stored text on each hit was a tenth of the catch-up at 330,000 articles). Least recently used entries go first
/// once <see cref="Capacity"/> is passed (in steps of a quarter, so eviction costs amortised constant time per entry).
/// One catch-up uses it at a time (the story lock serialises updates); the lock here only keeps a misuse from
/// corrupting it.
/// </remarks>
public sealed class IndexedArticleCache
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // One string per distinct term across the entries. Emptied when it outgrows any plausible vocabulary of the entries
    // kept (it is never pruned entry by entry): later entries then share among themselves again.
    private readonly Dictionary<string, string> _terms = new(StringComparer.Ordinal);
    private const int MaxInternedTerms = 4_000_000;
    private readonly Lock _lock = new();
    private object? _store;
    private long _version = -1;
    private long _clock;
    private int _undisturbed;

    /// <summary>Updates in a row by this process alone before the whole membership is read (see <see cref="WantsMembership"/>).</summary>
    private const int UpdatesBeforeMembership = 3;

    /// <param name="capacity">Most articles kept (about 3 KB each).</param>
    public IndexedArticleCache(int capacity = 200_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Lookups answered from memory since the cache was made.</summary>
    public long Hits { get; private set; }

    /// <summary>Lookups the store had to answer.</summary>
    public long Misses { get; private set; }

    /// <summary>
    /// Every indexed article's assignment, once loaded (<see cref="WantsMembership"/>), kept in step with the entries.
    /// </summary>
    public StoryMembershipIndex Membership { get; } = new();

    /// <summary>
    /// Whether loading the whole membership now is likely to pay: the store has been changed by this process alone for
    /// the last few updates. A store that other processes update between this one's updates (several workers) would
    /// empty it again at once, so it is not loaded then.
    /// </summary>
    public bool WantsMembership
    {
        get
        {
            lock (_lock)
            {
                return !Membership.IsLoaded && _undisturbed >= UpdatesBeforeMembership;
            }
        }
    }

    /// <summary>
    /// Starts an update against <paramref name="store"/> in <paramref name="state"/>: keeps the entries when they
    /// describe exactly that version, and drops them all otherwise. An empty index (<see cref="StoryIndexState.DocumentCount"/>
    /// 0) also makes the membership known at once: it is empty.
    /// </summary>
    public void Begin(IStoryStore store, StoryIndexState state)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(state);
        lock (_lock)
        {
            if (!ReferenceEquals(_store, store) || _version != state.Version)
            {
                _entries.Clear();
                Membership.Clear();
                _undisturbed = 0;
                _store = store;
                _version = state.Version;
            }
            else
            {
                _undisturbed++;
            }

            if (state.DocumentCount == 0 && !Membership.IsLoaded)
            {
                Membership.Load([]);
            }
        }
    }

    /// <summary>Loads the whole membership, as the store gave it at the version of the last <see cref="Begin"/>.</summary>
    public void LoadMembership(IEnumerable<StoryAssignment> assignmentsInIndexOrder)
    {
        lock (_lock)
        {
            Membership.Load(assignmentsInIndexOrder);
        }
    }

    public bool TryGet(string articleId, out IndexedArticle article) => TryGet(articleId, out article, out _);

    /// <summary>Finds a kept article with its event date parsed (<see cref="EventDateOf"/>).</summary>
    public bool TryGet(string articleId, out IndexedArticle article, out PublishDate? eventDate)
    {
        Entry entry;
        lock (_lock)
        {
            if (!_entries.TryGetValue(articleId, out entry))
            {
                Misses++;
                article = null!;
                eventDate = null;
                return false;
            }

            _entries[articleId] = entry with { Used = ++_clock };
            Hits++;
        }

        article = new IndexedArticle(entry.Summary, entry.Assignment, entry.Terms) { EventDate = entry.EventDate };
        eventDate = entry.ParsedEventDate;
        return true;
    }

    /// <summary>
    /// The article's <see cref="IndexedArticle.EventDate"/> parsed: kept with the article, because reclustering a large
    /// topic parses the same members' dates again in every window.
    /// </summary>
    public static PublishDate? EventDateOf(IndexedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return PublishDate.TryParseIso(article.EventDate, out var date) ? date : null;
    }

    /// <summary>Keeps articles just read from the store (at the version <see cref="Begin"/> named).</summary>
    public void Add(IEnumerable<IndexedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        lock (_lock)
        {
            foreach (var article in articles)
            {
                var entry = EntryOf(article);
                _entries[entry.Summary.Id] = entry with { Used = ++_clock };
            }

            Trim();
        }
    }

    /// <summary>
    /// Records an update this process applied: changed assignments replace the kept ones, the added articles are kept
    /// (<paramref name="added"/>, each with its assignment), and the cache now describes the version after it.
    /// </summary>
    public void Applied(StoryUpdate update, IEnumerable<IndexedArticle> added)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(added);
        lock (_lock)
        {
            if (_version != update.ExpectedVersion)
            {
                _entries.Clear();
                Membership.Clear();
                _store = null;
                return;
            }

            Membership.Apply(update);

            foreach (var assignment in update.Assignments)
            {
                if (_entries.TryGetValue(assignment.ArticleId, out var entry))
                {
                    _entries[assignment.ArticleId] = entry with { Assignment = assignment };
                }
            }

            foreach (var article in added)
            {
                var entry = EntryOf(article);
                _entries[entry.Summary.Id] = entry with { Used = ++_clock };
            }

            _version = update.ExpectedVersion + 1;
            Trim();
        }
    }

    private void Trim()
    {
        if (_entries.Count <= Capacity + Capacity / 4)
        {
            return;
        }

        var cutoff = _entries.Values.Select(e => e.Used).Order().ElementAt(_entries.Count - Capacity);
        foreach (var id in _entries.Where(e => e.Value.Used < cutoff).Select(e => e.Key).ToList())
        {
            _entries.Remove(id);
        }
    }

    private Entry EntryOf(IndexedArticle article)
    {
        if (_terms.Count > MaxInternedTerms)
        {
            _terms.Clear();
        }

        return new Entry(article.Article, article.Assignment, CompactTermDictionary.From(article.Terms, _terms), article.EventDate, EventDateOf(article), 0);
    }

    /// <summary>One kept article: what <see cref="IndexedArticle"/> holds, with its terms compact.</summary>
    private readonly record struct Entry(ArticleSummary Summary, StoryAssignment Assignment, CompactTermDictionary Terms, string? EventDate, PublishDate? ParsedEventDate, long Used);
}
