using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("NewsTrace.Storage.Tests.Postgres.PostgresAwareTestFramework", "NewsTrace.Storage.Tests")]

namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>
/// xunit's own framework, except that discovery skips the tests of <see cref="RequiresPostgresAttribute"/> classes
/// when no PostgreSQL server is configured. It has to happen at discovery: the store contract tests are [Fact],
/// [Theory] and [Property] methods inherited from an abstract class, whose attributes cannot be given a Skip.
/// </summary>
public sealed class PostgresAwareTestFramework : XunitTestFramework
{
    public PostgresAwareTestFramework(IMessageSink messageSink)
        : base(messageSink)
    {
    }

    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo)
        => new PostgresAwareTestFrameworkDiscoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);
}
