using Xunit.Abstractions;
using Xunit.Sdk;

namespace NewsTrace.Storage.Tests.Postgres;

/// <summary>
/// Discovers tests as xunit does, but reports each test method of a <see cref="RequiresPostgresAttribute"/> class
/// as one skipped test carrying <see cref="PostgresTestServer.SkipReason"/> when no server is configured.
/// </summary>
public sealed class PostgresAwareTestFrameworkDiscoverer : XunitTestFrameworkDiscoverer
{
    public PostgresAwareTestFrameworkDiscoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : base(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
    }

    protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        var needsServer = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any();
        var isTest = testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any();
        if (!needsServer || !isTest || PostgresTestServer.ConnectionString is not null)
        {
            return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
        }

        var skipped = new XunitSkippedDataRowTestCase(
            DiagnosticMessageSink,
            discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(),
            testMethod,
            PostgresTestServer.SkipReason);
        return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
    }
}
