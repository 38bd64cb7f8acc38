using NewsTrace.Storage;
using NewsTrace.Stories;

namespace NewsTrace.Web.Api.Models;

/// <summary>A story with its articles (earliest first) and every source they were read from.</summary>
public sealed record StoryDetail(StoryListItem Story, IReadOnlyList<ArticleSummary> Articles, IReadOnlyList<string> References)
{
    public static StoryDetail From(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new StoryDetail(StoryListItem.From(story), story.Articles, story.References);
    }
}
