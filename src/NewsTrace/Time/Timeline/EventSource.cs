using NewsTrace.Documents;

namespace NewsTrace.Time.Timeline;

/// <summary>One article's telling of a timeline event: the sentence and the date expression that anchors it.</summary>
/// <param name="ArticleId">The stored article's id.</param>
/// <param name="Reference">How the article is named in listings: its record id, else its source path.</param>
/// <param name="Site">The outlet, when known.</param>
/// <param name="Published">The article's publish date as stored (ISO), when known.</param>
/// <param name="Sentence">The sentence's span in the article's text.</param>
/// <param name="SentenceText">The sentence, with its line breaks and runs of spaces made single spaces.</param>
/// <param name="Expression">The date expression's span in the article's text.</param>
/// <param name="ExpressionText">The date expression as written ("on Wednesday" gives "Wednesday").</param>
public sealed record EventSource(
    string ArticleId,
    string Reference,
    string? Site,
    string? Published,
    TextSpan Sentence,
    string SentenceText,
    TextSpan Expression,
    string ExpressionText);
