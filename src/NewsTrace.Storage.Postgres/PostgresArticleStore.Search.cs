using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace NewsTrace.Storage.Postgres;

/// <summary>Ranked full-text search with filters, all in one query over the GIN-indexed tsvector.</summary>
public sealed partial class PostgresArticleStore : ISearchStore
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        var tsQuery = TsQueryBuilder.Build(query.Text);
        if (tsQuery is null || query.ArticleIds is { Count: 0 })
        {
            return [];
        }

        await using var command = CreateCommand("");
        command.Parameters.AddWithValue(tsQuery);
        command.Parameters.AddWithValue(query.Limit);
        command.Parameters.AddWithValue(HeadlineOptions);

        // The filters sit in the same WHERE as the match: ranking and the limit see only the articles they allow.
        var filters = new StringBuilder();
        if (query.PublishedFrom is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = query.PublishedFrom });
            filters.Append(" AND a.published_day >= $").Append(command.Parameters.Count);
        }

        if (query.PublishedTo is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = query.PublishedTo });
            filters.Append(" AND a.published_day <= $").Append(command.Parameters.Count);
        }

        if (query.Sites.Count > 0)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = query.Sites.ToArray() });
            filters.Append(" AND a.site = ANY($").Append(command.Parameters.Count).Append(')');
        }

        if (query.ArticleIds is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = query.ArticleIds.ToArray() });
            filters.Append(" AND a.id = ANY($").Append(command.Parameters.Count).Append(')');
        }

        // Ranked first, then the snippets for only the hits returned (ts_headline re-parses the text, so it is the
        // expensive part). A match only in the title leaves the text's snippet unmarked: the title's is used then.
        // ts_rank weighs title (A) words 1.0 and text (D) words 0.1; id breaks ties so equal scores keep one order.
        command.CommandText = $"""
            WITH q AS (SELECT $1::tsquery AS query),
            hits AS (
                SELECT a.id, a.title, a.site, a.published, a.text, ts_rank(a.search, q.query) AS score
                FROM articles AS a, q
                WHERE a.search @@ q.query{filters}
                ORDER BY score DESC, a.id
                LIMIT $2)
            SELECT h.id, h.title, h.site, h.published, h.score,
                   ts_headline('simple', left(h.text, {IndexedCharacters}), q.query, $3),
                   ts_headline('simple', coalesce(h.title, ''), q.query, $3)
            FROM hits AS h, q
            ORDER BY h.score DESC, h.id
            """;

        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var textSnippet = reader.GetString(5);
            var titleSnippet = reader.GetString(6);
            var snippet = textSnippet.Contains(SearchHit.HighlightStart, StringComparison.Ordinal)
                || !titleSnippet.Contains(SearchHit.HighlightStart, StringComparison.Ordinal) ? textSnippet : titleSnippet;
            hits.Add(new SearchHit(
                reader.GetString(0),
                ArticleRowReader.NullableString(reader, 1),
                ArticleRowReader.NullableString(reader, 2),
                ArticleRowReader.NullableString(reader, 3),
                snippet,
                reader.GetFloat(4)));
        }

        return hits;
    }
}
