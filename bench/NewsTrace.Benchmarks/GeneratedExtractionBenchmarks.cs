using BenchmarkDotNet.Attributes;
using NewsTrace.Extraction;
using NewsTrace.Ingest;

namespace NewsTrace.Benchmarks;

/// <summary>
/// Article extraction (decode, parse, classify, render, metadata) of generated ~170 KB news pages on one thread.
/// One operation is one page: an invocation extracts every page of the set once.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PageThroughputConfig))]
public class GeneratedExtractionBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private RawInput[] _inputs = [];

    [GlobalSetup]
    public void Setup() => _inputs = ExtractionPageSet.Generated.Inputs;

    [Benchmark(OperationsPerInvoke = ExtractionPageSet.GeneratedCount)]
    public int ExtractGeneratedPage()
    {
        var characters = 0;
        foreach (var input in _inputs)
        {
            characters += _extractor.Extract(input).Text.Length;
        }

        return characters;
    }
}
