using System.Text;
using System.Text.Json;

namespace NewsTrace.Storage.Sqlite;

/// <summary>Ranked full-text search with filters, all in one FTS5 query.</summary>
public sealed partial class SqliteArticleStore : ISearchStore
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(query.Limit);
        var match = Fts5QueryBuilder.Build(query.Text);
        if (match is null || query.ArticleIds is { Count: 0 })
        {
            return [];
        }

        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // bm25() is lower-is-better, so the score is its negation; id breaks ties so equal scores keep one order.
        // The filters sit in the same WHERE as the MATCH: ranking and the limit see only the articles they allow.
        var sql = new StringBuilder("""
            SELECT a.id, a.title, a.site, a.published,
                   snippet(articles_fts, -1, $highlightStart, $highlightEnd, '…', $snippetTokens),
                   bm25(articles_fts, $titleWeight, $textWeight) AS rank
            FROM articles_fts
            JOIN articles AS a ON a.doc_number = articles_fts.rowid
            WHERE articles_fts MATCH $match
            """);
        if (query.PublishedFrom is not null)
        {
            sql.Append(" AND a.published_day >= $from");
            command.Parameters.AddWithValue("$from", query.PublishedFrom);
        }

        if (query.PublishedTo is not null)
        {
            sql.Append(" AND a.published_day <= $to");
            command.Parameters.AddWithValue("$to", query.PublishedTo);
        }

        // JSON array parameters: any number of sites or ids in one parameter.
        if (query.Sites.Count > 0)
        {
            sql.Append(" AND a.site IN (SELECT value FROM json_each($sites))");
            command.Parameters.AddWithValue("$sites", JsonSerializer.Serialize(query.Sites));
        }

        if (query.ArticleIds is not null)
        {
            sql.Append(" AND a.id IN (SELECT value FROM json_each($ids))");
            command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(query.ArticleIds));
        }

        sql.Append(" ORDER BY rank, a.id LIMIT $limit");
        command.CommandText = sql.ToString();
        command.Parameters.AddWithValue("$highlightStart", SearchHit.HighlightStart.ToString());
        command.Parameters.AddWithValue("$highlightEnd", SearchHit.HighlightEnd.ToString());
        command.Parameters.AddWithValue("$snippetTokens", SnippetTokens);
        command.Parameters.AddWithValue("$titleWeight", TitleWeight);
        command.Parameters.AddWithValue("$textWeight", TextWeight);
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$limit", query.Limit);

        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(
                reader.GetString(0),
                ArticleRowReader.NullableString(reader, 1),
                ArticleRowReader.NullableString(reader, 2),
                ArticleRowReader.NullableString(reader, 3),
                reader.IsDBNull(4) ? "" : reader.GetString(4),
                -reader.GetDouble(5)));
        }

        return hits;
    }
}
