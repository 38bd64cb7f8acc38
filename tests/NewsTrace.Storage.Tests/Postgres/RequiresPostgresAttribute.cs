namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>
/// Marks a test class whose every test needs a PostgreSQL server. Where <see cref="PostgresTestServer"/> has none,
/// <see cref="PostgresAwareTestFramework"/> reports each of the class's tests, inherited ones included, as skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresPostgresAttribute : Attribute;
