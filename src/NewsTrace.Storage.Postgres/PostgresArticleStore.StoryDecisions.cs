using System.Runtime.CompilerServices;

namespace NewsTrace.Storage.Postgres;

/// <summary>User corrections of the story grouping (migration 0005).</summary>
public sealed partial class PostgresArticleStore : IStoryDecisionStore
{
    public async Task<StoryDecision> AddStoryDecisionAsync(StoryDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var articles = decision.Articles.IsDefault ? [] : decision.Articles;
        var target = decision.Target.IsDefault ? [] : decision.Target;

        // The server numbers and timestamps the decision, so decisions from several machines fall into one order.
        await using var command = CreateCommand("""
            INSERT INTO story_decisions (kind, articles, target, note) VALUES ($1, $2, $3, $4)
            RETURNING sequence, decided_at
            """);
        command.Parameters.AddWithValue(StoryDecisionKindNames.Name(decision.Kind));
        command.Parameters.AddWithValue(articles.ToArray());
        command.Parameters.AddWithValue(target.ToArray());
        command.Parameters.Add(new Npgsql.NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text, Value = (object?)decision.Note ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("Recording a story decision returned no row.");
        }

        return decision with { Articles = articles, Target = target, Sequence = reader.GetInt64(0), DecidedAt = reader.GetFieldValue<DateTimeOffset>(1) };
    }

    public async IAsyncEnumerable<StoryDecision> ListStoryDecisionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand("SELECT sequence, kind, articles, target, note, decided_at FROM story_decisions ORDER BY sequence");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new StoryDecision(
                StoryDecisionKindNames.Parse(reader.GetString(1)),
                [.. reader.GetFieldValue<string[]>(2)],
                [.. reader.GetFieldValue<string[]>(3)])
            {
                Sequence = reader.GetInt64(0),
                Note = ArticleRowReader.NullableString(reader, 4),
                DecidedAt = reader.GetFieldValue<DateTimeOffset>(5),
            };
        }
    }

    public async Task<bool> RemoveStoryDecisionAsync(long sequence, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand("DELETE FROM story_decisions WHERE sequence = $1");
        command.Parameters.AddWithValue(sequence);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
