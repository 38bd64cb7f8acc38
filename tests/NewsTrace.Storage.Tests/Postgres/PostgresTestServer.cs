namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the tests may use: a connection string in <c>NEWSTRACE_TEST_POSTGRES</c> (CI sets it after
/// starting a server; see .ci/run and docs/postgres.md). Without it, tests that need a server are reported as skipped.
/// </summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "NEWSTRACE_TEST_POSTGRES";

    public const string SkipReason =
        "needs a PostgreSQL server: set " + EnvironmentVariable + " to a connection string (for example \"Host=localhost;Username=newstrace;Password=newstrace;Database=newstrace_test\"); .ci/run does";

    /// <summary>The connection string, or null when no server was given.</summary>
    public static string? ConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }
    }

    public static string RequiredConnectionString
        => ConnectionString ?? throw new InvalidOperationException(SkipReason);

    /// <summary>A schema name no other test uses, so each test gets an empty store of its own.</summary>
    public static string NewSchemaName() => "nt_test_" + Guid.NewGuid().ToString("N");
}
