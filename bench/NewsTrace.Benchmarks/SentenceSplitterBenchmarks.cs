using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Benchmarks;

/// <summary>One operation splits the whole ~1 MB benchmark text into sentences.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SentenceSplitterBenchmarks
{
    private string _text = "";
    private ImmutableArray<Token> _tokens;
    private readonly List<TextSpan> _sentences = new(100_000);

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkText.Text;
        _tokens = Tokenizer.Tokenize(_text);
    }

    /// <summary>What the pipeline stage does: split over an existing tokens layer into an immutable array.</summary>
    [Benchmark(Baseline = true)]
    public ImmutableArray<TextSpan> SplitWithTokens() => SentenceSplitter.Split(_text, _tokens.AsSpan());

    /// <summary>Over existing tokens into a reused list: the splitter's own cost, without the result's allocation.</summary>
    [Benchmark]
    public int SplitIntoReusedList()
    {
        _sentences.Clear();
        SentenceSplitter.Split(_text, _tokens.AsSpan(), _sentences);
        return _sentences.Count;
    }

    /// <summary>From raw text: tokenizing and splitting.</summary>
    [Benchmark]
    public ImmutableArray<TextSpan> TokenizeAndSplit() => SentenceSplitter.Split(_text);
}
