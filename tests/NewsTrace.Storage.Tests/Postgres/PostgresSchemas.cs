using Npgsql;

namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>Removes the schemas tests created, with everything in them.</summary>
public static class PostgresSchemas
{
    public static async Task DropAsync(IEnumerable<string> schemas)
    {
        var names = schemas.ToArray();
        if (names.Length == 0)
        {
            return;
        }

        await using var dataSource = NpgsqlDataSource.Create(PostgresTestServer.RequiredConnectionString);
        foreach (var schema in names)
        {
            // The names come from NewSchemaName (letters, digits, underscores), so quoting them is enough.
            await using var command = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
            await command.ExecuteNonQueryAsync();
        }
    }
}
