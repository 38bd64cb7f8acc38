using NewsTrace.Documents;

namespace NewsTrace.Extraction.Metadata;

/// <summary>The last-modified date: read from the same sources as the publish date, and never used in its place.</summary>
public static partial class HtmlMetadataReader
{
    private static readonly string[] ModifiedMetaKeys =
    [
        "article:modified_time", "og:updated_time", "article:modified", "last-modified", "dcterms.modified", "dc.date.modified", "lastmod",
    ];

    private static PublishDate? ChooseModified(PageScan scan, JsonLdArticle? jsonLd)
    {
        if (DateParsing.TryParseAny(jsonLd?.DateModified, out var date))
        {
            return date;
        }

        foreach (var key in ModifiedMetaKeys)
        {
            if (scan.Meta.TryGetValue(key, out var value) && DateParsing.TryParseAny(value, out date))
            {
                return date;
            }
        }

        return DateParsing.TryParseAny(scan.ItempropModified, out date) ? date : null;
    }
}
