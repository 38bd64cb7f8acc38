using NewsTrace.Time.Timeline;

namespace NewsTrace.Web.Api.Models;

/// <summary>One dated event of a story and the article sentences that tell it (spans index each article's text).</summary>
public sealed record TimelineItem(string Date, string Precision, string Text, IReadOnlyList<TimelineSourceItem> Sources)
{
    public static TimelineItem From(TimelineEvent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new TimelineItem(item.Date.Value, item.Date.Precision.ToString().ToLowerInvariant(), item.Text,
            item.Sources.Select(s => new TimelineSourceItem(s.ArticleId, s.Site, s.Published, s.SentenceText, s.Sentence.Start, s.Sentence.End, s.ExpressionText, s.Expression.Start, s.Expression.End)).ToList());
    }
}
