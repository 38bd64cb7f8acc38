using BenchmarkDotNet.Configs;

namespace NewsTrace.Benchmarks;

/// <summary>Adds the pages/s and MB/s columns to the default configuration.</summary>
internal sealed class PageThroughputConfig : ManualConfig
{
    public PageThroughputConfig()
    {
        AddColumn(new PageThroughputColumn(megabytes: false), new PageThroughputColumn(megabytes: true));
    }
}
