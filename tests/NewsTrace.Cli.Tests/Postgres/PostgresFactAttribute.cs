namespace NewsTrace.Cli.Tests.Postgres;

/// <summary>
/// A fact that needs a PostgreSQL server, named by a connection string in <c>NEWSTRACE_TEST_POSTGRES</c> (.ci/run
/// starts one and sets it). Without it, as in a user's clone, the test is reported as skipped with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string EnvironmentVariable = "NEWSTRACE_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (ConnectionString is null)
        {
            Skip = $"needs a PostgreSQL server: set {EnvironmentVariable} to a connection string (.ci/run does; see docs/postgres.md)";
        }
    }

    public static string? ConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }
    }
}
