using BenchmarkDotNet.Configs;

namespace NewsTrace.Benchmarks;

/// <summary>Adds the MB/s and Mchar/s columns to the default configuration.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn(ThroughputColumn.Unit.Utf8Megabytes), new ThroughputColumn(ThroughputColumn.Unit.MegaChars));
    }
}
