using NewsTrace.Stories.Features;

namespace NewsTrace.Storage;

/// <summary>An article the story index holds: its summary, its assignment and its content-term counts (so clustering never re-reads its text).</summary>
public sealed record IndexedArticle(ArticleSummary Article, StoryAssignment Assignment, IReadOnlyDictionary<string, TermCount> Terms)
{
    /// <summary>The date clustering uses for it (<see cref="StoryIndexEntry.EventDate"/>), null when undated.</summary>
    public string? EventDate { get; init; }
}
