using System.Collections.Immutable;

namespace NewsTrace.Evaluation;

/// <summary>How extraction did on one labelled page.</summary>
/// <param name="FileId">The page's id in the set.</param>
/// <param name="Error">Why extraction failed, or null when it succeeded. A failed page scores as an empty extraction.</param>
/// <param name="Words">Word precision, recall and F1 of the text against the gold main content.</param>
/// <param name="WithFound">How many of the page's <c>with</c> snippets the text contains.</param>
/// <param name="WithTotal">How many <c>with</c> snippets the page has.</param>
/// <param name="WithoutAbsent">How many of the page's <c>without</c> snippets the text does not contain.</param>
/// <param name="WithoutTotal">How many <c>without</c> snippets the page has.</param>
/// <param name="TitleMatch">Whether the title matched; null when the gold title is empty (not scored).</param>
/// <param name="AuthorMatch">Whether the author sets matched; null when the gold author is empty (not scored).</param>
/// <param name="DateMatch">Whether the day matched; null when the gold date is empty (not scored).</param>
/// <param name="Title">The title extraction found, or null.</param>
/// <param name="Authors">The authors extraction found.</param>
/// <param name="Date">The publish day extraction found (YYYY-MM-DD), or null.</param>
/// <param name="Milliseconds">Time spent extracting this page.</param>
public sealed record PageEvaluation(
    string FileId,
    string? Error,
    WordOverlap Words,
    int WithFound,
    int WithTotal,
    int WithoutAbsent,
    int WithoutTotal,
    bool? TitleMatch,
    bool? AuthorMatch,
    bool? DateMatch,
    string? Title,
    ImmutableArray<string> Authors,
    string? Date,
    double Milliseconds)
{
    public bool Failed => Error is not null;
}
