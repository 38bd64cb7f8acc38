using BenchmarkDotNet.Attributes;
using NewsTrace.Reuse.Dedup;
using NewsTrace.Reuse.Fingerprints;
using NewsTrace.Reuse.Lsh;

namespace NewsTrace.Benchmarks.Dedup;

/// <summary>
/// The hot loops of `newstrace dedup` on one news-length article (about 4,300 characters): token hashing, shingling and
/// MinHash (each path), and LSH insert and query. Per-document operations must allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class DedupBenchmarks
{
    private const int IndexedDocuments = 1000;

    private readonly uint[] _signature = new uint[MinHasher.DefaultHashCount];
    private readonly TextFingerprinter _fingerprinter = new(5);
    private readonly LshBanding _banding = LshBanding.ForThreshold(0.8, MinHasher.DefaultHashCount);
    private readonly List<int> _candidates = [];
    private string _article = "";
    private ulong[] _tokenBuffer = [];
    private ulong[] _shingles = [];
    private int _shingleCount;
    private uint[][] _signatures = [];
    private LshIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        _article = NewsTextGenerator.Generate(4300);
        _tokenBuffer = new ulong[NormalizedTokens.MaxCount(_article.Length)];
        var tokens = NormalizedTokens.Hash(_article, _tokenBuffer);
        _shingles = new ulong[tokens];
        _shingleCount = Shingles.Hash(_tokenBuffer.AsSpan(0, tokens), 5, _shingles);
        var texts = Enumerable.Range(0, IndexedDocuments).Select(i => NewsTextGenerator.Generate(600 + i)).ToArray();
        _signatures = [.. texts.Select(text =>
        {
            var signature = new uint[MinHasher.DefaultHashCount];
            _fingerprinter.Compute(text, signature);
            return signature;
        })];
        _index = new LshIndex(_banding);
        foreach (var signature in _signatures)
        {
            _index.Add(signature);
        }
    }

    /// <summary>Characters of the article, for a per-character rate.</summary>
    public int ArticleChars => _article.Length;

    [Benchmark(Description = "Token hashes (tokenize + normalise + XXH64)")]
    public int TokenHashes() => NormalizedTokens.Hash(_article, _tokenBuffer);

    [Benchmark(Description = "Fingerprint one article (tokens, 5-word shingles, 128 MinHashes)")]
    public ulong FingerprintArticle() => _fingerprinter.Compute(_article, _signature);

    [Benchmark(Description = "MinHash 128, best vector path")]
    public void MinHashBest() => MinHasher.Default.Compute(_shingles.AsSpan(0, _shingleCount), _signature);

    [Benchmark(Description = "MinHash 128, Vector256")]
    public void MinHashVector256() => MinHasher.Default.ComputeVector256(_shingles.AsSpan(0, _shingleCount), _signature);

    [Benchmark(Description = "MinHash 128, Vector128")]
    public void MinHashVector128() => MinHasher.Default.ComputeVector128(_shingles.AsSpan(0, _shingleCount), _signature);

    [Benchmark(Description = "MinHash 128, scalar")]
    public void MinHashScalar() => MinHasher.Default.ComputeScalar(_shingles.AsSpan(0, _shingleCount), _signature);

    [Benchmark(Description = "LSH query (1,000 indexed)")]
    public int LshQuery()
    {
        _candidates.Clear();
        _index.Query(_signatures[IndexedDocuments / 2], _candidates);
        return _candidates.Count;
    }

    [Benchmark(Description = "LSH build: insert 1,000 signatures")]
    public int LshInsertThousand()
    {
        var index = new LshIndex(_banding);
        foreach (var signature in _signatures)
        {
            index.Add(signature);
        }

        return index.Count;
    }

    [Benchmark(Description = "Deduplicator.Add 1,000 records (verify + union)")]
    public int DeduplicateThousand()
    {
        var deduplicator = new Deduplicator();
        for (var i = 0; i < _signatures.Length; i++)
        {
            deduplicator.Add((ulong)i, _signatures[i]);
        }

        return deduplicator.Count;
    }
}
