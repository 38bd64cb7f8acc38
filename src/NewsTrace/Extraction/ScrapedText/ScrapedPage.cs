using System.Collections.Immutable;
using NewsTrace.Documents;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>A scraped page after <see cref="ScrapedTextCleaner"/>: the article text, what the page says about it, and its readers' comments.</summary>
/// <param name="Text">The article: headline, byline and body, without chrome, credit lines or comments. Every line is a line of the input.</param>
/// <param name="Title">The headline, or null.</param>
/// <param name="Authors">Names from the byline or the author box.</param>
/// <param name="Published">The date a date line or the byline near the top gives.</param>
/// <param name="Credits">Agency credits from credit lines, the dateline and the byline.</param>
/// <param name="Comments">Reader comments, one per comment when they can be told apart, else the whole section.</param>
/// <param name="Lines">Every line of the tidied input with its kind, for tests and diagnostics.</param>
public sealed record ScrapedPage(
    string Text,
    string? Title,
    ImmutableArray<string> Authors,
    PublishDate? Published,
    ImmutableArray<string> Credits,
    ImmutableArray<string> Comments,
    ImmutableArray<ScrapedLine> Lines);
