using System.Runtime.InteropServices;
using NewsTrace.Reuse.Fingerprints;

namespace NewsTrace.Reuse.Lsh;

/// <summary>
/// An in-memory LSH index over MinHash signatures for one run. Documents are numbered 0, 1, 2, … in the order they are
/// added; two documents are candidates when one band of their signatures agrees (see <see cref="LshBanding"/>).
/// </summary>
/// <remarks>
/// <para>Use it per document, <c>Query(signature, candidates)</c> then <c>Add(signature)</c>, to compare each document only with
/// earlier ones as a stream goes by; or add everything and read <see cref="CandidatePairs"/>. Candidates are only likely
/// matches: verify them (for example with <see cref="MinHasher.EstimateJaccard"/>).</para>
/// <para>Each bucket is a linked list threaded through one array, so an added document costs one int per band (plus an
/// 8-byte slot of a <see cref="BucketHeads"/> table when it opens a bucket) and no object. Buckets are told apart by 32
/// bits of their key, so rarely (one chance in four billion per band) two buckets share a list: extra candidates only. Not thread-safe: one thread adds and queries (the signatures can be computed in parallel).</para>
/// </remarks>
public sealed class LshIndex
{
    private const int NoDocument = -1;

    private readonly BucketHeads[] _newestInBucket;
    private int[] _nextInBucket = new int[1024];
    private int[] _seenStamp = new int[64];
    private int _stamp;

    public LshIndex(LshBanding banding, int signatureLength = MinHasher.DefaultHashCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(banding.Bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(banding.Rows, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(banding.HashesUsed, signatureLength);
        Banding = banding;
        SignatureLength = signatureLength;
        _newestInBucket = new BucketHeads[banding.Bands];
        for (var band = 0; band < banding.Bands; band++)
        {
            _newestInBucket[band] = new BucketHeads();
        }
    }

    public LshBanding Banding { get; }

    public int SignatureLength { get; }

    /// <summary>Documents added so far; the next one added gets this number.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The bucket key of each band of <paramref name="signature"/>: XXH64 of the band's values, seeded with the band number, so
    /// equal values in different bands never share a bucket. Stable across processes: a store can persist them.
    /// </summary>
    public static void BandKeys(LshBanding banding, ReadOnlySpan<uint> signature, Span<ulong> keys)
    {
        if (keys.Length < banding.Bands)
        {
            throw new ArgumentException($"The destination must hold {banding.Bands} keys.", nameof(keys));
        }

        if (signature.Length < banding.HashesUsed)
        {
            throw new ArgumentException($"The signature must have at least {banding.HashesUsed} values.", nameof(signature));
        }

        for (var band = 0; band < banding.Bands; band++)
        {
            var values = signature.Slice(band * banding.Rows, banding.Rows);
            keys[band] = StableHash64.Hash(MemoryMarshal.AsBytes(values), (ulong)band);
        }
    }

    /// <summary>Adds a document and returns its number.</summary>
    public int Add(ReadOnlySpan<uint> signature)
    {
        CheckSignature(signature);
        Span<ulong> keys = stackalloc ulong[Banding.Bands];
        BandKeys(Banding, signature, keys);
        return AddKeys(keys);
    }

    /// <summary>Adds a document by its band keys (from <see cref="BandKeys"/>, or read back from a store) and returns its number.</summary>
    public int AddKeys(ReadOnlySpan<ulong> keys)
    {
        var bands = Banding.Bands;
        if (keys.Length != bands)
        {
            throw new ArgumentException($"Expected {bands} band keys.", nameof(keys));
        }

        var document = Count;
        EnsureCapacity((document + 1) * bands);
        for (var band = 0; band < bands; band++)
        {
            var slot = (document * bands) + band;
            _nextInBucket[slot] = _newestInBucket[band].Push(BucketHeads.Key(keys[band]), document);
        }

        Count = document + 1;
        return document;
    }

    /// <summary>Appends to <paramref name="candidates"/> every added document sharing a band with <paramref name="signature"/>, each once.</summary>
    public void Query(ReadOnlySpan<uint> signature, List<int> candidates)
    {
        CheckSignature(signature);
        Span<ulong> keys = stackalloc ulong[Banding.Bands];
        BandKeys(Banding, signature, keys);
        QueryKeys(keys, candidates);
    }

    /// <summary>Like <see cref="Query"/>, by band keys.</summary>
    public void QueryKeys(ReadOnlySpan<ulong> keys, List<int> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (keys.Length != Banding.Bands)
        {
            throw new ArgumentException($"Expected {Banding.Bands} band keys.", nameof(keys));
        }

        var stamp = NextStamp();
        for (var band = 0; band < keys.Length; band++)
        {
            if (_newestInBucket[band].TryGet(BucketHeads.Key(keys[band]), out var document))
            {
                Collect(document, band, stamp, candidates, below: int.MaxValue);
            }
        }
    }

    /// <summary>
    /// Every pair of added documents that share at least one band, each pair once as (earlier, later), ordered by the later
    /// document and then newest earlier document first. The index must not change while the pairs are read.
    /// </summary>
    public IEnumerable<(int First, int Second)> CandidatePairs()
    {
        var candidates = new List<int>();
        for (var document = 0; document < Count; document++)
        {
            candidates.Clear();
            CollectEarlier(document, candidates);
            foreach (var earlier in candidates)
            {
                yield return (earlier, document);
            }
        }
    }

    /// <summary>The earlier documents (numbers below <paramref name="document"/>) that share a band with it, each once.</summary>
    public void CandidatesBefore(int document, List<int> candidates)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(document);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(document, Count);
        ArgumentNullException.ThrowIfNull(candidates);
        CollectEarlier(document, candidates);
    }

    private void CollectEarlier(int document, List<int> candidates)
    {
        var stamp = NextStamp();
        var bands = Banding.Bands;
        for (var band = 0; band < bands; band++)
        {
            // The bucket list runs newest to oldest; start at this document's own link to visit only earlier ones.
            var next = _nextInBucket[(document * bands) + band];
            if (next != NoDocument)
            {
                Collect(next, band, stamp, candidates, below: document);
            }
        }
    }

    private void Collect(int document, int band, int stamp, List<int> candidates, int below)
    {
        var bands = Banding.Bands;
        while (document != NoDocument)
        {
            if (document < below && _seenStamp[document] != stamp)
            {
                _seenStamp[document] = stamp;
                candidates.Add(document);
            }

            document = _nextInBucket[(document * bands) + band];
        }
    }

    private int NextStamp()
    {
        if (_seenStamp.Length < Count)
        {
            Array.Resize(ref _seenStamp, Math.Max(Count, _seenStamp.Length * 2));
        }

        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_seenStamp);
            _stamp = 1;
        }

        return _stamp;
    }

    private void EnsureCapacity(int slots)
    {
        if (slots > _nextInBucket.Length)
        {
            Array.Resize(ref _nextInBucket, Math.Max(slots, _nextInBucket.Length * 2));
        }
    }

    private void CheckSignature(ReadOnlySpan<uint> signature)
    {
        if (signature.Length != SignatureLength)
        {
            throw new ArgumentException($"The signature must have {SignatureLength} values.", nameof(signature));
        }
    }
}
