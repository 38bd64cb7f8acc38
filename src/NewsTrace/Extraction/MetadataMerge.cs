using NewsTrace.Documents;
using NewsTrace.Extraction.Metadata;

namespace NewsTrace.Extraction;

/// <summary>Combines what the container (JSON Lines fields, feed items) says with what the page says: the container wins where it spoke.</summary>
public static class MetadataMerge
{
    /// <param name="given">Metadata from the container; its Source, RecordId and Extra are always kept.</param>
    /// <param name="found">Metadata the extractor found in the content.</param>
    /// <param name="source">The input's source, used when <paramref name="given"/> has none.</param>
    public static ArticleMetadata Merge(ArticleMetadata given, ArticleMetadata found, string source) => new()
    {
        Source = string.IsNullOrEmpty(given.Source) ? source : given.Source,
        RecordId = given.RecordId,
        Url = Prefer(given.Url, found.Url),
        Title = Prefer(given.Title, found.Title),
        Authors = given.Authors.IsDefaultOrEmpty ? found.Authors : given.Authors,
        Published = given.Published ?? found.Published,
        Modified = given.Modified ?? found.Modified,
        Site = Prefer(given.Site, found.Site) ?? HtmlMetadataReader.HostOf(given.Url),
        Language = Prefer(given.Language, found.Language),
        Credits = given.Credits.IsDefaultOrEmpty ? found.Credits : given.Credits,
        Extra = given.Extra,
    };

    private static string? Prefer(string? given, string? found) => string.IsNullOrWhiteSpace(given) ? found : given;
}
