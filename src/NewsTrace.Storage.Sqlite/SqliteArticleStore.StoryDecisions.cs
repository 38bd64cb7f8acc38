using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsTrace.Storage.Sqlite;

/// <summary>User corrections of the story grouping (migration 0007).</summary>
public sealed partial class SqliteArticleStore : IStoryDecisionStore
{
    public async Task<StoryDecision> AddStoryDecisionAsync(StoryDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var decidedAtText = StoreTime.ToText(DateTimeOffset.UtcNow);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var writer = RequireWriter();
            await using var command = writer.CreateCommand();
            command.CommandText = """
                INSERT INTO story_decisions (kind, articles, target, note, decided_at) VALUES ($kind, $articles, $target, $note, $decidedAt)
                RETURNING sequence
                """;
            command.Parameters.AddWithValue("$kind", StoryDecisionKindNames.Name(decision.Kind));
            command.Parameters.AddWithValue("$articles", StoredColumnsJson.FromStrings(decision.Articles));
            command.Parameters.AddWithValue("$target", StoredColumnsJson.FromStrings(decision.Target));
            command.Parameters.AddWithValue("$note", (object?)decision.Note ?? DBNull.Value);
            command.Parameters.AddWithValue("$decidedAt", decidedAtText);
            var sequence = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            return decision with
            {
                Articles = decision.Articles.IsDefault ? [] : decision.Articles,
                Target = decision.Target.IsDefault ? [] : decision.Target,
                Sequence = sequence,
                DecidedAt = StoreTime.FromText(decidedAtText),
            };
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async IAsyncEnumerable<StoryDecision> ListStoryDecisionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, kind, articles, target, note, decided_at FROM story_decisions ORDER BY sequence";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new StoryDecision(
                StoryDecisionKindNames.Parse(reader.GetString(1)),
                StoredColumnsJson.ToStrings(reader.GetString(2)),
                StoredColumnsJson.ToStrings(reader.GetString(3)))
            {
                Sequence = reader.GetInt64(0),
                Note = ArticleRowReader.NullableString(reader, 4),
                DecidedAt = StoreTime.FromText(reader.GetString(5)),
            };
        }
    }

    public async Task<bool> RemoveStoryDecisionAsync(long sequence, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var writer = RequireWriter();
            await using var command = writer.CreateCommand();
            command.CommandText = "DELETE FROM story_decisions WHERE sequence = $sequence";
            command.Parameters.AddWithValue("$sequence", sequence);
            return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
