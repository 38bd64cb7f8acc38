using NewsTrace.Pipeline;
using NewsTrace.Storage;
using NewsTrace.Stories;

namespace NewsTrace.Web.Stories;

/// <summary>A story's articles read back with their stored layers (what the story page and its API sections show).</summary>
public sealed record StoryArticles(Story Story, IReadOnlyList<StoryArticle> Articles)
{
    public static async Task<StoryArticles> LoadAsync(IArticleStore store, Story story, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
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

        return new StoryArticles(story, articles);
    }

    /// <summary>Every quote of the story, grouped by who said it (the resolved entity, else the name as written).</summary>
    public IReadOnlyList<SpeakerQuotes> QuotesBySpeaker()
        => Articles
            .SelectMany(a => a.Document.GetOrDefault(Layers.Quotes, []).Select(q => new ArticleQuote(a.Summary, q, q.Span.Of(a.Document.Text))))
            .GroupBy(q => q.Quote.SpeakerEntity ?? q.Quote.Speaker ?? "", StringComparer.Ordinal)
            .Select(g => new SpeakerQuotes(g.Key.Length == 0 ? null : g.Key, g.ToList()))
            .OrderByDescending(g => g.Speaker is not null)
            .ThenByDescending(g => g.Quotes.Count)
            .ThenBy(g => g.Speaker, StringComparer.Ordinal)
            .ToList();

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
