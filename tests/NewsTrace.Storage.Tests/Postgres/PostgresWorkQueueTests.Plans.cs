using NewsTrace.Storage.Postgres;
using Npgsql;

namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>The queries every claim runs must not read the whole queue, however many finished entries it holds.</summary>
public sealed partial class PostgresWorkQueueTests
{
    [Fact]
    public async Task The_give_up_step_before_each_claim_reads_no_whole_queue_of_finished_entries()
    {
        await using var connection = await OpenLargeQueueAsync();

        var plan = await ExplainAsync(connection, PostgresArticleStore.GiveUpExhaustedSql, 3);

        // Not a filter over an index whose size the planner guesses (at a million entries it guessed 155,000 rows for
        // an empty index and read the whole table instead), but an index condition on the attempts themselves.
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
        Assert.Contains("Index Cond: ((attempts > 0) AND (attempts >= 3))", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_claim_lookup_reads_its_partial_index_not_the_whole_queue()
    {
        await using var connection = await OpenLargeQueueAsync();

        // The retry lookup (the second) read the whole 1 GB queue on every claim at 230,000 of 1,000,000 entries, once
        // autovacuum had analysed the table with the state/attempts statistics of migration 0008 (dropped by 0009).
        string[] lookups = [.. PostgresArticleStore.ClaimPickersSql, PostgresArticleStore.HasOutstandingWorkSql, PostgresArticleStore.OldestWaitingSql];
        foreach (var lookup in lookups)
        {
            var plan = await ExplainAsync(connection, lookup.Replace("$3", "64", StringComparison.Ordinal));

            Assert.False(plan.Contains("Seq Scan", StringComparison.Ordinal), $"{lookup}\n{plan}");
        }
    }

    /// <summary>
    /// A queue that has run for a while: many finished entries (attempts 1), a backlog of fresh ones, no retry, analysed.
    /// Rows are as wide as real ones (a descriptor of a few hundred bytes), so reading them at random costs what it does.
    /// </summary>
    private async Task<NpgsqlConnection> OpenLargeQueueAsync()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresTestServer.RequiredConnectionString) { SearchPath = _schema }.ConnectionString;
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var fill = new NpgsqlCommand("""
            INSERT INTO work_queue (id, source, state, descriptor, attempts, finished_at)
            SELECT 'done' || g, 'done' || g || '.txt', 'done', json_build_object('title', repeat('t', 600)), 1, now() FROM generate_series(1, 60000) AS g;
            INSERT INTO work_queue (id, source, state, descriptor, attempts)
            SELECT 'fresh' || g, 'fresh' || g || '.txt', 'pending', json_build_object('title', repeat('t', 600)), 0 FROM generate_series(1, 240000) AS g;
            ANALYZE work_queue;
            """, connection);
        await fill.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task<string> ExplainAsync(NpgsqlConnection connection, string sql, params object[] parameters)
    {
        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT TEXT) " + sql, connection);
        foreach (var parameter in parameters)
        {
            explain.Parameters.AddWithValue(parameter);
        }

        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        return string.Join("\n", plan);
    }
}
