using System.Text.Json;
using NewsTrace.Storage;

namespace NewsTrace.Web.Api.Models;

/// <summary>
/// Everything stored about one article. <paramref name="Layers"/> is the analysis object of the analyze contract
/// (sentences, entities, quotes, timexes, date_anomalies), with half-open UTF-16 offsets into <paramref name="Text"/>.
/// </summary>
public sealed record ArticleDetail(
    string Id,
    string? Title,
    string? Url,
    string? Site,
    string? Published,
    string? Modified,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Credits,
    string? Language,
    string Source,
    string Text,
    string TextHash,
    JsonElement Layers,
    IReadOnlyList<string> Comments,
    string? StoryId)
{
    public static ArticleDetail From(StoredArticle article, string? storyId)
    {
        ArgumentNullException.ThrowIfNull(article);
        var metadata = article.Metadata;
        return new ArticleDetail(
            article.Id,
            metadata.Title,
            metadata.Url,
            metadata.Site,
            metadata.Published?.ToString(),
            metadata.Modified?.ToString(),
            metadata.Authors.IsDefault ? [] : metadata.Authors,
            metadata.Credits.IsDefault ? [] : metadata.Credits,
            metadata.Language,
            metadata.Source,
            article.Text,
            article.TextHash,
            ParseLayers(article.AnalysisJson),
            article.Comments.IsDefault ? [] : article.Comments,
            storyId);
    }

    /// <summary>The stored JSON as an element; an unreadable value becomes an empty object rather than an error.</summary>
    private static JsonElement ParseLayers(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            using var empty = JsonDocument.Parse("{}");
            return empty.RootElement.Clone();
        }
    }
}
