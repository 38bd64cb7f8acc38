using NewsTrace.Documents;
using NewsTrace.Storage;

namespace NewsTrace.Stories.Incremental;

/// <summary>A stored article not in the story index yet, with its text (read once, reduced to term counts).</summary>
/// <param name="Article">Its summary.</param>
/// <param name="Text">Its text.</param>
/// <param name="EventDate">The date time-aware similarity uses (<see cref="StoryDates.EventDate"/>); null when undated.</param>
public sealed record UnassignedArticle(ArticleSummary Article, string Text, PublishDate? EventDate)
{
    /// <summary>An article whose event date is its publish date.</summary>
    public UnassignedArticle(ArticleSummary article, string text)
        : this(article, text, StoryBuilder.Input(article, text).Published)
    {
    }
}
