using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsTrace.Benchmarks;

/// <summary>
/// Pages per second and MB/s for benchmarks whose operation is one page (they set OperationsPerInvoke to the page
/// count): pages/s = 1 / mean seconds per page, MB/s = the set's average page size in bytes / mean seconds / 10^6.
/// The benchmarks run on one thread, so pages/s is per core.
/// </summary>
internal sealed class PageThroughputColumn(bool megabytes) : IColumn
{
    public string Id => megabytes ? "PageThroughput.MB" : "PageThroughput.Pages";

    public string ColumnName => megabytes ? "MB/s" : "Pages/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => megabytes ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => megabytes
        ? "Megabytes (10^6) of page bytes extracted per second on one core"
        : "Pages extracted per second on one core (1 / mean time per page)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        var secondsPerPage = statistics.Mean / 1e9;
        if (!megabytes)
        {
            return (1 / secondsPerPage).ToString("F1", CultureInfo.InvariantCulture);
        }

        var set = benchmarkCase.Descriptor.Type == typeof(WcxbExtractionBenchmarks) ? ExtractionPageSet.Wcxb : ExtractionPageSet.Generated;
        return set is null ? "-" : (set.AverageBytes / secondsPerPage / 1e6).ToString("F1", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
