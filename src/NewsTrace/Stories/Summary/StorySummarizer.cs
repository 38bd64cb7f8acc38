using System.Text.RegularExpressions;
using NewsTrace.Pipeline;
using NewsTrace.Stories.Explain;

namespace NewsTrace.Stories.Summary;

/// <summary>Summarises a story from its evidence: central headline, key entities, dates, outlets, lead sentences and reports.</summary>
public static partial class StorySummarizer
{
    // Scores this close are a tie, so the earliest article wins rather than float noise.
    private const double Tie = 1e-9;

    public static StorySummary Summarize(StoryEvidence evidence, int keyEntities = 6, int leadSentences = 2)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var story = evidence.Story;
        var ranked = story.Articles
            .DistinctBy(a => a.Id, StringComparer.Ordinal)
            .Select((article, position) => (Article: article, Position: position, Score: evidence.Centrality[article.Id]))
            .ToList();
        ranked.Sort((x, y) => Math.Abs(x.Score - y.Score) > Tie ? y.Score.CompareTo(x.Score) : x.Position.CompareTo(y.Position));
        var central = ranked.Select(r => r.Article).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a.Title)) ?? ranked.Select(r => r.Article).FirstOrDefault();
        var dates = story.Articles.Select(a => a.Published).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var members = evidence.Vectors.Keys.ToHashSet(StringComparer.Ordinal);
        var named = evidence.Entities.Entities
            .Select(e => (Entity: e, Articles: e.ArticleIds.Count(members.Contains)))
            .Where(e => e.Articles > 0)
            .ToList();

        // What several members name is what the story is about; one article's passing names only when nothing is shared.
        var shared = named.Where(e => e.Articles > 1).ToList();
        var entities = (shared.Count > 0 ? shared : named)
            .OrderByDescending(e => e.Articles)
            .ThenByDescending(e => e.Entity.MentionCount)
            .ThenBy(e => e.Entity.Name, StringComparer.Ordinal)
            .DistinctBy(e => (e.Entity.Name, e.Entity.Type))
            .Take(keyEntities)
            .Select(e => new KeyEntity(e.Entity.Name, e.Entity.Type, e.Articles, e.Entity.MentionCount))
            .ToList();
        return new StorySummary(
            story.Id,
            central?.Title ?? story.Title,
            central?.Id,
            entities,
            dates.FirstOrDefault(),
            dates.LastOrDefault(),
            [.. story.Articles.Select(a => a.Site ?? "(unknown site)").Distinct(StringComparer.Ordinal)],
            central is null ? [] : Lead(evidence, central.Id, leadSentences),
            IndependentReports.Group(story.Articles, evidence.MemberComparisons));
    }

    /// <summary>The first sentences of the article that read as prose (a dateline or a one-word line is skipped), whitespace collapsed.</summary>
    private static List<string> Lead(StoryEvidence evidence, string articleId, int count)
    {
        if (evidence.DocumentOf(articleId) is not { } document)
        {
            return [];
        }

        return document.GetOrDefault(Layers.Sentences, [])
            .Select(span => Whitespace().Replace(span.Of(document.Text), " ").Trim())
            .Where(sentence => sentence.Count(c => c == ' ') >= 3)
            .Take(count)
            .ToList();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
