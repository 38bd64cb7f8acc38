using NewsTrace.Cli.Tests.Postgres;
using Npgsql;

namespace NewsTrace.Cli.Tests.Workers;

/// <summary>A PostgreSQL store of its own for one test: a fresh schema, dropped with everything in it afterwards.</summary>
internal sealed class WorkerStore : IAsyncDisposable
{
    public WorkerStore()
    {
        Schema = "nt_workers_" + Guid.NewGuid().ToString("N");
        Connection = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { SearchPath = Schema }.ConnectionString;
    }

    public string Schema { get; }

    /// <summary>The connection string a command gets with --postgres.</summary>
    public string Connection { get; }

    public async Task<long> CountAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(Connection);
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Rows of a query as tab-joined lines, for comparing two stores.</summary>
    public async Task<List<string>> RowsAsync(string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(Connection);
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(string.Join('\t', cells));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(PostgresFactAttribute.ConnectionString!);
        await using var drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE");
        await drop.ExecuteNonQueryAsync();
    }
}
