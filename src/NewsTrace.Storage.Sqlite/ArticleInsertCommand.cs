using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsTrace.Storage.Sqlite;

/// <summary>
/// One prepared INSERT for articles, reused for every row of a batch: only the parameter values change.
/// An id that is already stored is left untouched (ON CONFLICT DO NOTHING), which makes reruns idempotent.
/// </summary>
internal sealed class ArticleInsertCommand : IDisposable
{
    // doc_number is the next free integer key for the full-text index; the write lock makes max()+1 safe.
    private const string Sql = """
        INSERT INTO articles (
            id, doc_number, source, record_id, url, title, authors, published, published_day, site, language,
            credits, extra, text, text_hash, comments, warnings, stage_failures, analysis, length, ingested_at, modified)
        VALUES (
            $id, (SELECT coalesce(max(doc_number), 0) + 1 FROM articles), $source, $recordId, $url, $title, $authors,
            $published, $publishedDay, $site, $language, $credits, $extra, $text, $textHash, $comments, $warnings,
            $stageFailures, $analysis, $length, $ingestedAt, $modified)
        ON CONFLICT (id) DO NOTHING
        """;

    private readonly SqliteCommand _command;

    public ArticleInsertCommand(SqliteConnection connection, SqliteTransaction transaction)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = Sql;
        foreach (var name in (string[])["$id", "$source", "$recordId", "$url", "$title", "$authors", "$published", "$publishedDay", "$site", "$language", "$credits", "$extra", "$text", "$textHash", "$comments", "$warnings", "$stageFailures", "$analysis", "$length", "$ingestedAt", "$modified"])
        {
            _command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _command.Prepare();
    }

    /// <summary>Inserts the article unless its id is stored; true when it was new.</summary>
    public async Task<bool> InsertAsync(StoredArticle article, string ingestedAt, CancellationToken cancellationToken)
    {
        var metadata = article.Metadata;
        Set("$id", article.Id);
        Set("$source", metadata.Source);
        Set("$recordId", metadata.RecordId);
        Set("$url", metadata.Url);
        Set("$title", metadata.Title);
        Set("$authors", StoredColumnsJson.FromStrings(metadata.Authors));
        Set("$published", metadata.Published?.ToString());
        Set("$publishedDay", metadata.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Set("$site", metadata.Site);
        Set("$language", metadata.Language);
        Set("$credits", StoredColumnsJson.FromStrings(metadata.Credits));
        Set("$extra", StoredColumnsJson.FromMap(metadata.Extra));
        Set("$text", article.Text);
        Set("$textHash", article.TextHash);
        Set("$comments", StoredColumnsJson.FromStrings(article.Comments));
        Set("$warnings", StoredColumnsJson.FromStrings(article.Warnings));
        Set("$stageFailures", StoredColumnsJson.FromStageFailures(article.StageFailures));
        Set("$analysis", article.AnalysisJson);
        Set("$length", article.Text.Length);
        Set("$ingestedAt", ingestedAt);
        Set("$modified", metadata.Modified?.ToString());
        return await _command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public void Dispose() => _command.Dispose();

    private void Set(string name, object? value) => _command.Parameters[name].Value = value ?? DBNull.Value;
}
