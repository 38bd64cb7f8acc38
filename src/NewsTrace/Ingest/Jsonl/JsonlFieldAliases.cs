using System.Collections.Frozen;

namespace NewsTrace.Ingest.Jsonl;

/// <summary>
/// Field names of common scraper outputs (news-please, newspaper) read as NewsTrace fields without --map:
/// maintext as text, date_publish as published, source_domain as site, author as authors. An alias applies
/// only when the record has no field of the NewsTrace name and --map does not name it; other fields
/// (description, image_url, ...) are kept in Extra like any unknown field.
/// </summary>
internal static class JsonlFieldAliases
{
    public static FrozenDictionary<string, string> Default { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["maintext"] = "text",
        ["date_publish"] = "published",
        ["source_domain"] = "site",
        ["author"] = "authors",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
