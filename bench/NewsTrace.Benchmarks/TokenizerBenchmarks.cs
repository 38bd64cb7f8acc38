using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NewsTrace.Text;

namespace NewsTrace.Benchmarks;

/// <summary>One operation tokenizes the whole ~1 MB benchmark text.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizerBenchmarks
{
    private string _text = "";
    private Token[] _buffer = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkText.Text;
        _buffer = new Token[_text.Length];
    }

    /// <summary>The allocation-free path: a ref-struct enumerator over the span.</summary>
    [Benchmark(Baseline = true)]
    public int Enumerate()
    {
        var words = 0;
        foreach (var token in Tokenizer.Enumerate(_text))
        {
            words += token.Kind == TokenKind.Word ? 1 : 0;
        }

        return words;
    }

    /// <summary>Into a caller's buffer: no allocation either.</summary>
    [Benchmark]
    public int TokenizeIntoSpan() => Tokenizer.Tokenize(_text, _buffer, out _);

    /// <summary>What the pipeline stage does: one immutable array per document (the only allocation).</summary>
    [Benchmark]
    public ImmutableArray<Token> TokenizeToImmutableArray() => Tokenizer.Tokenize(_text);
}
