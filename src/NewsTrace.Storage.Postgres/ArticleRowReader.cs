using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Documents;
using Npgsql;

namespace NewsTrace.Storage.Postgres;

/// <summary>The column lists the read queries select, and how a row becomes an article or a summary again.</summary>
internal static class ArticleRowReader
{
    /// <summary>Columns of a full article, in the order <see cref="ReadArticle"/> expects.</summary>
    public const string ArticleColumns =
        "id, source, record_id, url, title, authors, published, site, language, credits, extra, text, text_hash, comments, warnings, stage_failures, analysis, modified";

    /// <summary>Columns of a summary, in the order <see cref="ReadSummary"/> expects.</summary>
    public const string SummaryColumns = "id, source, record_id, title, site, url, published, length, text_hash";

    public static StoredArticle ReadArticle(NpgsqlDataReader reader)
    {
        var id = reader.GetString(0);
        var metadata = new ArticleMetadata
        {
            Source = reader.GetString(1),
            RecordId = NullableString(reader, 2),
            Url = NullableString(reader, 3),
            Title = NullableString(reader, 4),
            Authors = Strings(reader, 5),
            Published = ParsePublished(id, NullableString(reader, 6)),
            Modified = ParsePublished(id, NullableString(reader, 17)),
            Site = NullableString(reader, 7),
            Language = NullableString(reader, 8),
            Credits = Strings(reader, 9),
            Extra = StoredColumnsJson.ToMap(reader.GetString(10)),
        };

        return new StoredArticle(id, metadata, reader.GetString(11), reader.GetString(12), reader.GetString(16))
        {
            Comments = Strings(reader, 13),
            Warnings = Strings(reader, 14),
            StageFailures = StoredColumnsJson.ToStageFailures(reader.GetString(15)),
        };
    }

    public static ArticleSummary ReadSummary(NpgsqlDataReader reader)
        => new(
            reader.GetString(0),
            reader.GetString(1),
            NullableString(reader, 2),
            NullableString(reader, 3),
            NullableString(reader, 4),
            NullableString(reader, 5),
            NullableString(reader, 6),
            reader.GetInt32(7),
            reader.GetString(8));

    public static string? NullableString(NpgsqlDataReader reader, int ordinal)
        => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static ImmutableArray<string> Strings(NpgsqlDataReader reader, int ordinal)
        => [.. reader.GetFieldValue<string[]>(ordinal)];

    private static PublishDate? ParsePublished(string id, string? text)
    {
        if (text is null)
        {
            return null;
        }

        return PublishDate.TryParseIso(text, out var published)
            ? published
            : throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Article {id} has an unreadable publish date '{text}'."));
    }
}
