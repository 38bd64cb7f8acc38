using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Quotes;
using NewsTrace.Text;

namespace NewsTrace.Benchmarks;

/// <summary>
/// One operation finds the entities and quotations of the whole ~1 MB benchmark text, cut at paragraph breaks into
/// article-sized documents of about 4,000 characters (the stages work per document, as the pipeline runs them).
/// Tokens and sentences are prepared in setup, so only the two stages are timed.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class EntityQuoteBenchmarks
{
    private const int DocumentChars = 4_000;

    private readonly List<(string Text, ImmutableArray<Token> Tokens, ImmutableArray<TextSpan> Sentences, ImmutableArray<EntityMention> Entities)> _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var text = BenchmarkText.Text;
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + DocumentChars);
            var paragraph = end < text.Length ? text.IndexOf('\n', end) : -1;
            end = paragraph < 0 ? text.Length : paragraph + 1;
            var document = text[start..end];
            var tokens = Tokenizer.Tokenize(document);
            var sentences = SentenceSplitter.Split(document, tokens.AsSpan());
            _documents.Add((document, tokens, sentences, EntityFinder.Find(document, tokens, sentences)));
            start = end;
        }
    }

    /// <summary>Both stages, as the pipeline runs them: entities, then quotes over those entities.</summary>
    [Benchmark(Baseline = true)]
    public int EntitiesAndQuotes()
    {
        var count = 0;
        foreach (var (text, tokens, sentences, _) in _documents)
        {
            var entities = EntityFinder.Find(text, tokens, sentences);
            count += entities.Length + QuoteFinder.Find(text, tokens, sentences, entities).Length;
        }

        return count;
    }

    [Benchmark]
    public int Entities()
    {
        var count = 0;
        foreach (var (text, tokens, sentences, _) in _documents)
        {
            count += EntityFinder.Find(text, tokens, sentences).Length;
        }

        return count;
    }

    /// <summary>The rule-based recogniser alone (what the entity stage was before the tagger), for comparison.</summary>
    [Benchmark]
    public int EntitiesRulesOnly()
    {
        var count = 0;
        foreach (var (text, tokens, sentences, _) in _documents)
        {
            count += EntityFinder.Find(text, tokens, sentences, tagger: null).Length;
        }

        return count;
    }

    [Benchmark]
    public int Quotes()
    {
        var count = 0;
        foreach (var (text, tokens, sentences, entities) in _documents)
        {
            count += QuoteFinder.Find(text, tokens, sentences, entities).Length;
        }

        return count;
    }
}
