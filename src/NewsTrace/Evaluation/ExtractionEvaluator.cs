using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using NewsTrace.Documents;
using NewsTrace.Extraction;
using NewsTrace.Ingest;

namespace NewsTrace.Evaluation;

/// <summary>
/// Runs an extractor over labelled pages and scores each against its ground truth (see <see cref="Score"/>).
/// Pages are extracted one after another on the calling thread, so per-page times are single-core figures.
/// </summary>
public sealed class ExtractionEvaluator(IArticleExtractor extractor)
{
    /// <summary>Extracts and scores every page; a page whose extraction throws (for any reason) is recorded as failed, and the run goes on.</summary>
    public ExtractionEvaluation Evaluate(IEnumerable<LabelledPage> pages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var total = Stopwatch.StartNew();
        var results = ImmutableArray.CreateBuilder<PageEvaluation>();
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(EvaluatePage(page));
        }

        return new ExtractionEvaluation(results.ToImmutable(), total.Elapsed);
    }

    /// <summary>Extracts one page as a user who saved it would: HTML, with the URL it came from, id from its bytes.</summary>
    public PageEvaluation EvaluatePage(LabelledPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var input = new RawInput(
            page.FileId,
            DocumentId.FromContent(page.Html.Span),
            page.Html,
            InputFormat.Html,
            DeclaredCharset: null,
            new ArticleMetadata { Source = page.FileId, Url = page.Url });
        var watch = Stopwatch.StartNew();
        try
        {
            var article = extractor.Extract(input);
            return Score(page, article, error: null, watch.Elapsed.TotalMilliseconds);
        }
        catch (ExtractionException ex)
        {
            return Score(page, article: null, ex.Message, watch.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // An extractor bug on one page must not end the measurement of the others; it is reported as that page's failure.
            return Score(page, article: null, $"{ex.GetType().Name}: {ex.Message}", watch.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>
    /// Scores one extraction against the page's ground truth. <paramref name="article"/> is null when extraction failed;
    /// the page then scores as an empty text with no metadata. Title and date match after <see cref="ComparableText"/>
    /// normalisation (dates as YYYY-MM-DD), authors as <see cref="AuthorSet"/>s; each is null (not scored) when the
    /// gold value is empty.
    /// </summary>
    public static PageEvaluation Score(LabelledPage page, Article? article, string? error, double milliseconds)
    {
        ArgumentNullException.ThrowIfNull(page);
        var truth = page.Truth;
        var text = article?.Text ?? "";
        var comparable = ComparableText.Normalize(text);
        var metadata = article?.Metadata ?? ArticleMetadata.Empty;
        var date = metadata.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        return new PageEvaluation(
            page.FileId,
            error,
            WordOverlap.Compute(text, truth.MainContent),
            truth.With.Count(snippet => ComparableText.ContainsSnippet(comparable, snippet)),
            truth.With.Length,
            truth.Without.Count(snippet => !ComparableText.ContainsSnippet(comparable, snippet)),
            truth.Without.Length,
            TitleMatch(truth.Title, metadata.Title),
            AuthorMatch(truth.Author, metadata.Authors),
            DateMatch(truth.PublishDate, date),
            metadata.Title,
            metadata.Authors,
            date,
            milliseconds);
    }

    private static bool? TitleMatch(string? gold, string? extracted)
    {
        var expected = ComparableText.Normalize(gold);
        return expected.Length == 0 ? null : string.Equals(expected, ComparableText.Normalize(extracted), StringComparison.Ordinal);
    }

    private static bool? AuthorMatch(string? gold, ImmutableArray<string> extracted)
    {
        var expected = AuthorSet.FromText(gold);
        return expected.IsEmpty ? null : expected.SetEquals(AuthorSet.FromNames(extracted));
    }

    private static bool? DateMatch(string? gold, string? extracted)
    {
        var expected = GoldDay(gold);
        return expected.Length == 0 ? null : string.Equals(expected, extracted, StringComparison.Ordinal);
    }

    /// <summary>The gold date as YYYY-MM-DD: the day part of an ISO date-time, or the trimmed value as given.</summary>
    private static string GoldDay(string? gold)
    {
        var value = gold?.Trim() ?? "";
        return value.Length > 10 && PublishDate.TryParseIso(value, out var parsed)
            ? parsed.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value;
    }
}
