using NewsTrace.Entities.CrossDocument;
using NewsTrace.Pipeline;
using NewsTrace.Quotes.Variants;
using NewsTrace.Reuse.Provenance;
using NewsTrace.Storage;
using NewsTrace.Stories;
using NewsTrace.Stories.Explain;
using NewsTrace.Stories.Summary;
using NewsTrace.Time.Timeline;

namespace NewsTrace.Web.Stories;

/// <summary>A story's articles read back with their stored layers (what the story page and its API sections show).</summary>
/// <param name="Catalog">The story's entities resolved across its articles (with the user's decisions, where the store keeps them).</param>
/// <param name="Reuse">Provenance and discrepancies of the story's articles, when the host supplies the reuse step.</param>
public sealed record StoryArticles(Story Story, IReadOnlyList<StoryArticle> Articles, EntityCatalog Catalog, ReuseAnalysisResult? Reuse)
{
    /// <summary>The story's provenance graph, when the reuse step ran.</summary>
    public ProvenanceGraph? Provenance => Reuse?.Graphs.FirstOrDefault(g => string.Equals(g.StoryId, Story.Id, StringComparison.Ordinal));

    /// <summary>
    /// Each statement quoted in the story with every outlet's wording, earliest first, and the word diff of each
    /// from the earliest (quote variants). Speakers are the story's canonical entities.
    /// </summary>
    public IReadOnlyList<QuoteStatement> Statements { get; } = QuoteVariantGrouper.Group(
        Articles.SelectMany(a => QuoteOccurrences.From(a.Document, Catalog)));

    /// <summary>The story's dated events: sentences anchored by date expressions, merged across articles (Time/Timeline).</summary>
    public StoryTimeline Timeline { get; } = TimelineBuilder.Build(Story.Id, Story.Title, Articles.Select(a => a.Document));

    public static async Task<StoryArticles> LoadAsync(WebBackend backend, Story story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(backend);
        var store = backend.Store;
        ArgumentNullException.ThrowIfNull(story);
        var articles = new List<StoryArticle>(story.Articles.Count);
        foreach (var summary in story.Articles)
        {
            var stored = await store.GetAsync(summary.Id, cancellationToken);
            if (stored is not null)
            {
                articles.Add(new StoryArticle(summary, stored, StoredDocument.FromStored(stored)));
            }
        }

        var resolver = new CrossDocumentEntityResolver();
        foreach (var article in articles)
        {
            resolver.Add(article.Document);
        }

        ReuseAnalysisResult? reuse = null;
        if (backend.CreateReuseAnalysis is { } createAnalysis)
        {
            var byId = articles.ToDictionary(a => a.Summary.Id, a => new ProvenanceArticle(a.Document, [Story.Reference(a.Summary)]), StringComparer.Ordinal);
            reuse = createAnalysis().Analyze([(story.Id, story.Title, articles.Select(a => a.Summary.Id).ToList())], byId, cancellationToken);
        }

        return new StoryArticles(story, articles, resolver.Resolve(await EntityDecisions.ListAsync(store, cancellationToken)), reuse);
    }

    private StoryEvidence? _evidence;

    /// <summary>
    /// What the summary and the "why these articles" panel read: the members' documents, the reuse comparisons and the
    /// story's entities, with term weights over the story's own articles (a page never reads the whole corpus).
    /// </summary>
    public StoryEvidence Evidence => _evidence ??= BuildEvidence();

    /// <summary>Central headline, key entities, dates, outlets, lead sentences and independent reports.</summary>
    public StorySummary Summary => _summary ??= StorySummarizer.Summarize(Evidence);

    private StorySummary? _summary;

    /// <summary>For each article, why it belongs to the story.</summary>
    public IReadOnlyList<ArticleExplanation> Explanations => _explanations ??= StoryExplainer.Explain(Evidence);

    private IReadOnlyList<ArticleExplanation>? _explanations;

    private StoryEvidence BuildEvidence()
    {
        var terms = new StoryTermSpace();
        foreach (var article in Articles)
        {
            terms.Add(article.Document.Text);
        }

        return new StoryEvidence(Story, [.. Articles.Select(a => a.Document)], terms, Reuse?.Comparisons ?? [], Catalog);
    }

    /// <summary>The named entities of the story by canonical name, most mentioned first.</summary>
    public IReadOnlyList<EntitySummary> Entities()
        => Articles
            .SelectMany(a => a.Document.GetOrDefault(Layers.Entities, []).Select(e => (Article: a.Summary.Id, e.Type, Name: e.Canonical ?? e.Span.Of(a.Document.Text))))
            .GroupBy(e => (e.Name, e.Type))
            .Select(g => new EntitySummary(g.Key.Name, g.Key.Type, g.Count(), g.Select(e => e.Article).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(e => e.Articles)
            .ThenByDescending(e => e.Mentions)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>Groups of articles in the story whose normalised texts are identical (exact copies).</summary>
    public IReadOnlyList<IReadOnlyList<ArticleSummary>> ExactCopies()
        => Story.Articles.GroupBy(a => a.TextHash, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<ArticleSummary>)g.ToList())
            .ToList();

    /// <summary>Dates in the story's articles that cannot be right (impossible days, wrong weekdays).</summary>
    public IReadOnlyList<(ArticleSummary Article, string Text, string Message)> DateAnomalies()
        => Articles
            .SelectMany(a => a.Document.GetOrDefault(Time.TimeLayers.DateAnomalies, []).Select(d => (a.Summary, d.Span.Of(a.Document.Text), d.Message)))
            .ToList();
}
