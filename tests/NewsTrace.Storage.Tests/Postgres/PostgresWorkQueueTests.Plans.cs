using NewsTrace.Storage.Postgres;
using Npgsql;

namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>The queries every claim runs must not read the whole queue, however many finished entries it holds.</summary>
public sealed partial class PostgresWorkQueueTests
{
    [Fact]
    public async Task The_give_up_step_before_each_claim_reads_no_whole_queue_of_finished_entries()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresTestServer.RequiredConnectionString) { SearchPath = _schema }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        // A queue that has run for a while: many finished entries (attempts 1), a backlog of fresh ones, one retry. Rows
        // are as wide as real ones (a descriptor of a few hundred bytes), so reading them at random costs what it does.
        await using (var fill = new NpgsqlCommand("""
            INSERT INTO work_queue (id, source, state, descriptor, attempts, finished_at)
            SELECT 'done' || g, 'done' || g || '.txt', 'done', json_build_object('title', repeat('t', 600)), 1, now() FROM generate_series(1, 60000) AS g;
            INSERT INTO work_queue (id, source, state, descriptor, attempts)
            SELECT 'fresh' || g, 'fresh' || g || '.txt', 'pending', json_build_object('title', repeat('t', 600)), 0 FROM generate_series(1, 240000) AS g;
            INSERT INTO work_queue (id, source, state, descriptor, attempts) VALUES ('retry', 'retry.txt', 'pending', '{}', 1);
            ANALYZE work_queue;
            """, connection))
        {
            await fill.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT TEXT) " + PostgresArticleStore.GiveUpExhaustedSql, connection);
        explain.Parameters.AddWithValue(3);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        // Not a filter over an index whose size the planner guesses (at a million entries it guessed 155,000 rows for
        // an empty index and read the whole table instead), but an index condition on the attempts themselves.
        var shown = string.Join("\n", plan);
        Assert.DoesNotContain("Seq Scan", shown, StringComparison.Ordinal);
        Assert.Contains("Index Cond: ((attempts > 0) AND (attempts >= 3))", shown, StringComparison.Ordinal);
    }
}
