using NewsTrace.Documents;
using NewsTrace.Entities.CrossDocument;
using NewsTrace.Pipeline;

namespace NewsTrace.Quotes.Variants;

/// <summary>Reads an analysed article's quotations as <see cref="QuoteOccurrence"/>s, speakers mapped to canonical entities.</summary>
public static class QuoteOccurrences
{
    public static IEnumerable<QuoteOccurrence> From(Document document, EntityCatalog? entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        var outlet = Outlet(document.Metadata);
        foreach (var quote in document.GetOrDefault(Layers.Quotes, []))
        {
            var text = quote.Span.Of(document.Text);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var entity = entities is null ? null
                : (quote.Speaker is null ? null : entities.EntityOf(document.Id, quote.Speaker))
                  ?? (quote.SpeakerEntity is null ? null : entities.EntityOf(document.Id, quote.SpeakerEntity));
            yield return new QuoteOccurrence(
                document.Id,
                outlet,
                document.Metadata.Published,
                quote.Span,
                text,
                quote.Kind,
                entity?.Name ?? quote.Speaker,
                entity?.Id);
        }
    }

    /// <summary>The site the metadata names, else the URL's host, else the source file's name.</summary>
    public static string Outlet(ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (!string.IsNullOrWhiteSpace(metadata.Site))
        {
            return metadata.Site;
        }

        if (Uri.TryCreate(metadata.Url, UriKind.Absolute, out var url) && url.Host.Length > 0)
        {
            return url.Host;
        }

        var source = metadata.Source;
        var hash = source.IndexOf('#', StringComparison.Ordinal);
        return Path.GetFileName(hash < 0 ? source : source[..hash]) is { Length: > 0 } name ? name : source;
    }
}
