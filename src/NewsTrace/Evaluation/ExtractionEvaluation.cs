using System.Collections.Immutable;

namespace NewsTrace.Evaluation;

/// <summary>
/// How extraction did on a labelled set: word figures averaged over pages (failed pages count as 0), snippet rates
/// pooled over all snippets of all pages, and metadata accuracies over the pages that have a gold value.
/// </summary>
public sealed record ExtractionEvaluation(ImmutableArray<PageEvaluation> Pages, TimeSpan Elapsed)
{
    public int PageCount => Pages.Length;

    public int FailedCount => Pages.Count(page => page.Failed);

    public double Precision => Average(page => page.Words.Precision);

    public double Recall => Average(page => page.Words.Recall);

    public double F1 => Average(page => page.Words.F1);

    /// <summary>Share of all <c>with</c> snippets found (0 when the set has none).</summary>
    public double WithRate => Share(Pages.Sum(page => page.WithFound), Pages.Sum(page => page.WithTotal));

    /// <summary>Share of all <c>without</c> snippets absent (0 when the set has none).</summary>
    public double WithoutRate => Share(Pages.Sum(page => page.WithoutAbsent), Pages.Sum(page => page.WithoutTotal));

    public Accuracy Title => Accuracy.Of(Pages.Select(page => page.TitleMatch));

    public Accuracy Author => Accuracy.Of(Pages.Select(page => page.AuthorMatch));

    public Accuracy Date => Accuracy.Of(Pages.Select(page => page.DateMatch));

    /// <summary>Total extraction time over all pages (excludes reading files and scoring).</summary>
    public double ExtractionMilliseconds => Pages.Sum(page => page.Milliseconds);

    /// <summary>The <paramref name="count"/> pages with the lowest F1, worst first (ties by file id).</summary>
    public IEnumerable<PageEvaluation> Worst(int count)
        => Pages.OrderBy(page => page.Words.F1).ThenBy(page => page.FileId, StringComparer.Ordinal).Take(count);

    private double Average(Func<PageEvaluation, double> figure) => Pages.IsEmpty ? 0 : Pages.Average(figure);

    private static double Share(int part, int total) => total == 0 ? 0 : (double)part / total;
}
