using BenchmarkDotNet.Attributes;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Evaluation.Reuse;
using NewsTrace.Pipeline;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Relations;
using NewsTrace.Text;

namespace NewsTrace.Benchmarks;

/// <summary>
/// One operation compares one pair of news-length articles (about 4,000 characters, 650 words, 30 sentences each),
/// already analysed (tokens, sentences, entities), as provenance does over stored documents. The articles are cut from
/// the generated benchmark text; the rewrite is the evaluation generator's heavy spin of the first article.
/// </summary>
[MemoryDiagnoser]
public class PairComparerBenchmarks
{
    private const int ArticleChars = 4_000;
    private readonly PairComparer _comparer = new();
    private Document _article = null!;
    private Document _rewrite = null!;
    private Document _copy = null!;
    private Document _other = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = BenchmarkText.Text;
        var first = Article(text, 0);
        var second = Article(text, first.Length + 1);
        var sources = new[] { new ReuseSource("first", "a", first), new ReuseSource("second", "b", second) };
        var pairs = ReusePairGenerator.Generate(sources, seed: 1);
        var pipeline = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(new EntityStage()).Build();
        Document Analyse(string id, string body) => pipeline.Process(new Document(id, body, ArticleMetadata.Empty));
        _article = Analyse("article", first);
        _rewrite = Analyse("rewrite", pairs.Single(p => p.Id == "first/a/rewrite-heavy").Right);
        _copy = Analyse("copy", pairs.Single(p => p.Id == "first/a/near-copy-edits").Right);
        _other = Analyse("other", second);
    }

    [Benchmark(Baseline = true)]
    public ReuseRelation HeavyRewrite() => _comparer.Compare(_article, _rewrite).Relation;

    [Benchmark]
    public ReuseRelation NearCopy() => _comparer.Compare(_article, _copy).Relation;

    [Benchmark]
    public ReuseRelation DifferentArticles() => _comparer.Compare(_article, _other).Relation;

    /// <summary>The first paragraph break after <see cref="ArticleChars"/> characters from <paramref name="start"/>.</summary>
    private static string Article(string text, int start)
    {
        var end = text.IndexOf('\n', Math.Min(text.Length - 1, start + ArticleChars));
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }
}
