using System.Collections.Immutable;

namespace NewsTrace.Evaluation;

/// <summary>
/// What a labelled page should give (the <c>ground_truth</c> object of the WCXB layout). Missing or null fields are
/// null, or empty for the snippet lists.
/// </summary>
/// <param name="Title">The article's title.</param>
/// <param name="Author">The author or authors as one string ("Ann Lee and Bo Park").</param>
/// <param name="PublishDate">The publish date, normally YYYY-MM-DD.</param>
/// <param name="MainContent">The article's text.</param>
/// <param name="With">Snippets the extracted text must contain.</param>
/// <param name="Without">Snippets (boilerplate) the extracted text must not contain.</param>
public sealed record GroundTruth(
    string? Title,
    string? Author,
    string? PublishDate,
    string MainContent,
    ImmutableArray<string> With,
    ImmutableArray<string> Without);
