using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Ingest.Jsonl;

/// <summary>The record fields NewsTrace interprets; every other field is kept in <see cref="Documents.ArticleMetadata.Extra"/>.</summary>
internal static class JsonlFieldNames
{
    public const string Id = "id";
    public const string Url = "url";
    public const string Title = "title";
    public const string Text = "text";
    public const string Html = "html";
    public const string Published = "published";
    public const string Site = "site";
    public const string Authors = "authors";
    public const string Language = "language";

    public static WordSet All { get; } =
        new[] { Id, Url, Title, Text, Html, Published, Site, Authors, Language }.ToFrozenSet(StringComparer.Ordinal);
}
