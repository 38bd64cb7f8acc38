using NewsTrace.Stories;
using NewsTrace.Web.Stories;

namespace NewsTrace.Web.Api.Models;

/// <summary>A story in a listing: its headline, how many articles, when and where they were published.</summary>
public sealed record StoryListItem(string Id, string? Title, string? TopicId, int ArticleCount, string? FirstPublished, string? LastPublished, IReadOnlyList<string> Outlets)
{
    public static StoryListItem From(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var (first, last) = StoryIndex.DateSpan(story);
        return new StoryListItem(story.Id, story.Title, story.TopicId, story.Articles.Count, first, last, StoryIndex.Outlets(story));
    }
}
