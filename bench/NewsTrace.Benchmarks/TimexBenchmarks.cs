using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NewsTrace.Documents;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Benchmarks;

/// <summary>
/// One operation tags the whole ~1 MB benchmark text (datelines, weekdays, month-day dates, numeric dates, years, year ranges,
/// clock times, "a year earlier") with temporal expressions, over existing tokens and sentences, as <see cref="TimexStage"/> does.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TimexBenchmarks
{
    private static readonly DateOnly DocumentDate = new(2024, 10, 17);
    private string _text = "";
    private ImmutableArray<Token> _tokens;
    private ImmutableArray<TextSpan> _sentences;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkText.Text;
        _tokens = Tokenizer.Tokenize(_text);
        _sentences = SentenceSplitter.Split(_text, _tokens.AsSpan());
    }

    /// <summary>What the stage does: recognise and normalise against a document date.</summary>
    [Benchmark(Baseline = true)]
    public TimexTagging TagWithTokens() => TimexTagger.Tag(_text, _tokens, _sentences, DocumentDate);

    /// <summary>The same without a document date: relative expressions are recognised but left unresolved.</summary>
    [Benchmark]
    public TimexTagging TagWithoutDocumentDate() => TimexTagger.Tag(_text, _tokens, _sentences, null);

    /// <summary>From raw text: tokenizing, splitting and tagging.</summary>
    [Benchmark]
    public TimexTagging TokenizeSplitAndTag() => TimexTagger.Tag(_text, DocumentDate);
}
