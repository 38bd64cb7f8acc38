using System.Runtime.CompilerServices;

namespace NewsTrace.Storage.Postgres;

/// <summary>User decisions about cross-document entities (migration 0002).</summary>
public sealed partial class PostgresArticleStore : IEntityDecisionStore
{
    public async Task<EntityDecision> AddEntityDecisionAsync(EntityDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);

        // The server numbers and timestamps the decision, so decisions from several machines fall into one order.
        await using var command = CreateCommand("""
            INSERT INTO entity_decisions (kind, entity, argument) VALUES ($1, $2, $3)
            RETURNING sequence, decided_at
            """);
        command.Parameters.AddWithValue(KindName(decision.Kind));
        command.Parameters.AddWithValue(decision.Entity);
        command.Parameters.AddWithValue(decision.Argument);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("Recording an entity decision returned no row.");
        }

        return decision with { Sequence = reader.GetInt64(0), DecidedAt = reader.GetFieldValue<DateTimeOffset>(1) };
    }

    public async IAsyncEnumerable<EntityDecision> ListEntityDecisionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand("SELECT sequence, kind, entity, argument, decided_at FROM entity_decisions ORDER BY sequence");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new EntityDecision(KindOf(reader.GetString(1)), reader.GetString(2), reader.GetString(3))
            {
                Sequence = reader.GetInt64(0),
                DecidedAt = reader.GetFieldValue<DateTimeOffset>(4),
            };
        }
    }

    public async Task<bool> RemoveEntityDecisionAsync(long sequence, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand("DELETE FROM entity_decisions WHERE sequence = $1");
        command.Parameters.AddWithValue(sequence);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private static string KindName(EntityDecisionKind kind) => kind switch
    {
        EntityDecisionKind.Merge => "merge",
        EntityDecisionKind.Split => "split",
        EntityDecisionKind.Rename => "rename",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity decision kind."),
    };

    private static EntityDecisionKind KindOf(string name) => name switch
    {
        "merge" => EntityDecisionKind.Merge,
        "split" => EntityDecisionKind.Split,
        "rename" => EntityDecisionKind.Rename,
        _ => throw new InvalidOperationException($"Unknown entity decision kind '{name}' in the store."),
    };
}
