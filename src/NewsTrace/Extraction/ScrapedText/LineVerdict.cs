using System.Collections.Immutable;
using NewsTrace.Documents;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// What <see cref="LineClassifier"/> makes of one line on its own, before its position on the page is known.
/// </summary>
/// <param name="Kind">The line's kind by its own content.</param>
/// <param name="Shape">Its shape.</param>
/// <param name="WeakChrome">A short non-sentence naming a chrome feature ("Newsletter sign-up"): dropped outside the article body, kept inside it.</param>
/// <param name="Credits">The agencies of a credit line.</param>
/// <param name="Byline">What a byline says.</param>
/// <param name="Date">The date of a date line.</param>
/// <param name="DateLabel">What the date line says its date is.</param>
public sealed record LineVerdict(
    ScrapedLineKind Kind,
    LineShape Shape,
    bool WeakChrome = false,
    ImmutableArray<string> Credits = default,
    Byline? Byline = null,
    PublishDate? Date = null,
    DateLineLabel DateLabel = DateLineLabel.None)
{
    public bool IsProse => Kind == ScrapedLineKind.Content && Shape.IsProse;
}
