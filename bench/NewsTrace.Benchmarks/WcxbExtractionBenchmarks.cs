using BenchmarkDotNet.Attributes;
using NewsTrace.Extraction;
using NewsTrace.Ingest;

namespace NewsTrace.Benchmarks;

/// <summary>
/// Article extraction of real pages: every <see cref="ExtractionPageSet.WcxbStride"/>-th page of
/// ../shared/data/wcxb-dev-articles, read at run time and never committed. <c>Program</c> leaves this class out of the
/// run, with a message, where that folder is absent. One operation is one page.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PageThroughputConfig))]
public class WcxbExtractionBenchmarks
{
    // OperationsPerInvoke must be a constant; the sample of 711 pages with stride 10 has 72 pages, checked in Setup.
    private const int SamplePages = 72;

    private readonly ArticleExtractor _extractor = new();
    private RawInput[] _inputs = [];

    [GlobalSetup]
    public void Setup()
    {
        var set = ExtractionPageSet.Wcxb ?? throw new InvalidOperationException("../shared/data/wcxb-dev-articles is absent");
        if (set.Inputs.Length != SamplePages)
        {
            throw new InvalidOperationException($"expected {SamplePages} sample pages, found {set.Inputs.Length}: the per-page figures would be wrong");
        }

        _inputs = set.Inputs;
    }

    [Benchmark(OperationsPerInvoke = SamplePages)]
    public int ExtractWcxbPage()
    {
        var characters = 0;
        foreach (var input in _inputs)
        {
            try
            {
                characters += _extractor.Extract(input).Text.Length;
            }
            catch (ExtractionException)
            {
                // A page with no article text (one in the dev set) costs its time like any other.
            }
        }

        return characters;
    }
}
