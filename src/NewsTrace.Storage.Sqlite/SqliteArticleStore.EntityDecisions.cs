using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsTrace.Storage.Sqlite;

/// <summary>User decisions about cross-document entities (migration 0005).</summary>
public sealed partial class SqliteArticleStore : IEntityDecisionStore
{
    public async Task<EntityDecision> AddEntityDecisionAsync(EntityDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var decidedAt = DateTimeOffset.UtcNow;
        var decidedAtText = StoreTime.ToText(decidedAt);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var writer = RequireWriter();
            await using var command = writer.CreateCommand();
            command.CommandText = """
                INSERT INTO entity_decisions (kind, entity, argument, decided_at) VALUES ($kind, $entity, $argument, $decidedAt)
                RETURNING sequence
                """;
            command.Parameters.AddWithValue("$kind", KindName(decision.Kind));
            command.Parameters.AddWithValue("$entity", decision.Entity);
            command.Parameters.AddWithValue("$argument", decision.Argument);
            command.Parameters.AddWithValue("$decidedAt", decidedAtText);
            var sequence = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            return decision with { Sequence = sequence, DecidedAt = StoreTime.FromText(decidedAtText) };
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async IAsyncEnumerable<EntityDecision> ListEntityDecisionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, kind, entity, argument, decided_at FROM entity_decisions ORDER BY sequence";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new EntityDecision(KindOf(reader.GetString(1)), reader.GetString(2), reader.GetString(3))
            {
                Sequence = reader.GetInt64(0),
                DecidedAt = StoreTime.FromText(reader.GetString(4)),
            };
        }
    }

    public async Task<bool> RemoveEntityDecisionAsync(long sequence, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var writer = RequireWriter();
            await using var command = writer.CreateCommand();
            command.CommandText = "DELETE FROM entity_decisions WHERE sequence = $sequence";
            command.Parameters.AddWithValue("$sequence", sequence);
            return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        }
        finally
        {
            _writeLock.Release();
        }
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
