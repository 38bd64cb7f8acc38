using NewsTrace.Storage;

namespace NewsTrace.Stories;

/// <summary>A group of articles about one event, earliest first.</summary>
/// <param name="Id">Stable across runs: derived from the story's content, never from insertion order.</param>
/// <param name="Title">The headline that best represents the story.</param>
/// <param name="Articles">The stored articles, earliest first.</param>
/// <param name="References">Every source of those articles: record ids for records, file paths for files (a copy stored once but read from two files lists both).</param>
public sealed record Story(string Id, string? Title, IReadOnlyList<ArticleSummary> Articles, IReadOnlyList<string> References)
{
    /// <summary>The topic the story belongs to (stories of related events share it); null where no topics were formed.</summary>
    public string? TopicId { get; init; }

    /// <summary>How an article is named in listings: its record id when it came from a record, else its file path.</summary>
    public static string Reference(ArticleSummary article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.RecordId ?? article.Source;
    }
}
