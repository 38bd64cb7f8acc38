namespace NewsTrace.Web.Api.Models;

/// <summary>One article's telling of a timeline event: the sentence and the date expression that anchors it.</summary>
public sealed record TimelineSourceItem(string ArticleId, string? Site, string? Published, string Sentence, int SentenceStart, int SentenceEnd, string Expression, int ExpressionStart, int ExpressionEnd);
