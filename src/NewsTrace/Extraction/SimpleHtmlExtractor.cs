using NewsTrace.Documents;
using NewsTrace.Extraction.Html;
using NewsTrace.Extraction.Metadata;

namespace NewsTrace.Extraction;

/// <summary>
/// A first article extractor for web pages: the text of the article container (see <see cref="ArticleContainerFinder"/>)
/// without chrome, reader comments kept apart, and metadata from meta tags, JSON-LD and the markup.
/// Stateless and thread-safe.
/// </summary>
public static class SimpleHtmlExtractor
{
    // When the markup yields less than this share of the JSON-LD articleBody, the container choice failed and the
    // articleBody (written by the publisher for exactly this purpose) is the better text.
    private const double JsonLdBodyPreferredBelow = 0.25;

    /// <summary>Extracts text and metadata; the text is empty when the page has none.</summary>
    /// <param name="html">The decoded page.</param>
    /// <param name="given">Metadata from the container, which wins over the page's where present.</param>
    /// <param name="source">The input's source (see <see cref="ArticleMetadata.Source"/>).</param>
    public static Article Extract(string html, ArticleMetadata given, string source)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(given);

        var document = HtmlDocument.Parse(html);
        var roles = ElementRoles.Classify(document);
        var container = ArticleContainerFinder.Find(document, roles);
        var page = HtmlMetadataReader.Read(document, roles, container);
        var text = Clean(HtmlTextRenderer.Render(document, roles, container));
        if (text.Length == 0)
        {
            // A page that is nothing but links (a portfolio, an index) still has text worth keeping.
            text = Clean(HtmlTextRenderer.Render(document, roles, container, dropLinkBlocks: false));
        }

        var warnings = new List<string>();
        if (page.JsonLdBody is { } jsonLdBody)
        {
            var body = Clean(jsonLdBody);
            if (text.Length < body.Length * JsonLdBodyPreferredBelow)
            {
                warnings.Add("the page's markup held little article text; used the JSON-LD articleBody");
                text = body;
            }
        }

        var (textWithoutCredits, credits) = ScrapedText.CreditScan.Apply(text);
        text = textWithoutCredits;
        var metadata = MetadataMerge.Merge(given, page.Metadata, source);
        if (!credits.IsEmpty)
        {
            metadata = metadata with { Credits = [.. metadata.Credits.Concat(credits).Distinct(StringComparer.OrdinalIgnoreCase)] };
        }

        if (metadata.Published is null && DateParsing.TryParseUrlDate(metadata.Url, out var urlDate))
        {
            // The container's URL can carry the date when the page's own canonical URL did not.
            metadata = metadata with { Published = urlDate };
        }

        return new Article(text, metadata)
        {
            Comments = CommentCollector.Collect(document, roles, container),
            Warnings = [.. warnings],
        };
    }

    private static string Clean(string text) => TextNormalization.ToNfc(text).Trim();
}
