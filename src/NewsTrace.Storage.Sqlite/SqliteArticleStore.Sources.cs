using System.Runtime.CompilerServices;

namespace NewsTrace.Storage.Sqlite;

/// <summary>The sources of stored articles: every file or record that delivered an article's content.</summary>
public sealed partial class SqliteArticleStore
{
    public async Task RecordSourcesAsync(IReadOnlyList<ArticleSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            return;
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var writer = RequireWriter();
            await using var transaction = writer.BeginTransaction(deferred: false);
            using var failureCommands = new FailureCommands(writer, transaction);
            using var sourceCommand = new SourceCommand(writer, transaction);
            foreach (var source in sources)
            {
                await sourceCommand.RecordAsync(source, cancellationToken);
                await failureCommands.ClearAsync(source.Source, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async IAsyncEnumerable<ArticleSource> ListSourcesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id, source, record_id FROM article_sources ORDER BY article_id, source";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new ArticleSource(reader.GetString(0), reader.GetString(1), ArticleRowReader.NullableString(reader, 2));
        }
    }
}
