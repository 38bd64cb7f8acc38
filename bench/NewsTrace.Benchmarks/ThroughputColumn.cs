using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsTrace.Benchmarks;

/// <summary>
/// Text processed per second: the benchmark text's size divided by the mean time of one operation (one pass over the
/// whole text). <see cref="Unit.Utf8Megabytes"/> counts the UTF-8 encoding (10^6 bytes, the size of the text as a file);
/// <see cref="Unit.MegaChars"/> counts UTF-16 code units.
/// </summary>
internal sealed class ThroughputColumn(ThroughputColumn.Unit unit) : IColumn
{
    internal enum Unit
    {
        Utf8Megabytes,
        MegaChars,
    }

    public string Id => $"{nameof(ThroughputColumn)}.{unit}";

    public string ColumnName => unit == Unit.Utf8Megabytes ? "MB/s" : "Mchar/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => unit == Unit.Utf8Megabytes
        ? "Megabytes (10^6) of UTF-8 text processed per second, one pass per operation"
        : "Millions of UTF-16 characters processed per second, one pass per operation";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        var size = unit == Unit.Utf8Megabytes ? BenchmarkText.Utf8Bytes : BenchmarkText.Text.Length;
        var perSecond = size / (statistics.Mean / 1e9) / 1e6;
        return perSecond.ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
