using NewsTrace.Reuse.Fingerprints;
using NewsTrace.Reuse.Lsh;

namespace NewsTrace.Reuse.Dedup;

/// <summary>
/// Groups records into near-duplicate groups as they arrive. Exact duplicates (same normalised content hash) join the first
/// record with that content at once; every other record is compared, through an <see cref="LshIndex"/>, with the earlier
/// records sharing a band, and joins each whose estimated Jaccard similarity reaches <see cref="DedupOptions.Threshold"/>.
/// Groups are the connected components (union–find), named by their first record.
/// </summary>
/// <remarks>
/// Signatures are computed by the caller (in parallel if it likes, with <see cref="DedupOptions.CreateFingerprinter"/>);
/// <see cref="Add"/> must be called from one thread, in record order. Memory per record: the signature (4 bytes per hash)
/// plus about 8 bytes per band.
/// </remarks>
public sealed class Deduplicator
{
    private readonly Dictionary<ulong, int> _firstWithContent = [];
    private readonly LshIndex _index;
    private readonly SignatureArena _signatures;
    private readonly List<int> _recordOfIndexed = [];
    private readonly List<int> _candidates = [];
    private int[] _parent = new int[1024];
    private readonly int _matchesNeeded;

    public Deduplicator(DedupOptions? options = null)
    {
        Options = options ?? DedupOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Options.Threshold, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Options.Threshold, 1, nameof(options));
        Banding = Options.EffectiveBanding;
        _index = new LshIndex(Banding, Options.HashCount);
        _signatures = new SignatureArena(Options.HashCount);

        // Integer agreement count, so the comparison is exact: 0.8 of 128 hashes is 103 agreeing positions.
        _matchesNeeded = (int)Math.Ceiling((Options.Threshold * Options.HashCount) - 1e-9);
    }

    public DedupOptions Options { get; }

    public LshBanding Banding { get; }

    /// <summary>Records added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Records that joined an earlier one with the same normalised content.</summary>
    public int ExactDuplicates { get; private set; }

    /// <summary>Candidate pairs from the LSH index whose signatures were compared.</summary>
    public long CandidatesVerified { get; private set; }

    /// <summary>Candidate pairs that reached the threshold and were joined.</summary>
    public long PairsJoined { get; private set; }

    /// <summary>Adds the next record by its normalised content hash and signature (both from <see cref="TextFingerprinter.Compute"/>) and returns its number.</summary>
    public int Add(ulong contentHash, ReadOnlySpan<uint> signature)
    {
        if (signature.Length != Options.HashCount)
        {
            throw new ArgumentException($"The signature must have {Options.HashCount} values.", nameof(signature));
        }

        var record = Count;
        if (record == _parent.Length)
        {
            Array.Resize(ref _parent, record * 2);
        }

        _parent[record] = record;
        Count = record + 1;
        if (_firstWithContent.TryGetValue(contentHash, out var original))
        {
            // Its signature equals the original's, so it would find the same candidates: nothing to index or compare.
            _parent[record] = Root(original);
            ExactDuplicates++;
            return record;
        }

        _firstWithContent.Add(contentHash, record);
        _candidates.Clear();
        _index.Query(signature, _candidates);
        foreach (var candidate in _candidates)
        {
            var earlier = _recordOfIndexed[candidate];
            if (Root(earlier) == Root(record))
            {
                continue;
            }

            CandidatesVerified++;
            if (MinHasher.CountEqual(_signatures[candidate], signature) >= _matchesNeeded)
            {
                PairsJoined++;
                Union(earlier, record);
            }
        }

        _index.Add(signature);
        _signatures.Add(signature);
        _recordOfIndexed.Add(record);
        return record;
    }

    /// <summary>The first record of <paramref name="record"/>'s group, as the groups stand now (a later record can join two groups).</summary>
    public int GroupOf(int record)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(record);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(record, Count);
        return Root(record);
    }

    /// <summary>For every record in order, the first record of its group.</summary>
    public int[] Groups()
    {
        var groups = new int[Count];
        for (var record = 0; record < groups.Length; record++)
        {
            groups[record] = Root(record);
        }

        return groups;
    }

    /// <summary>Groups <paramref name="texts"/> on the calling thread: the simple form for tests and small sets.</summary>
    public static int[] Group(IEnumerable<string> texts, DedupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var deduplicator = new Deduplicator(options);
        var fingerprinter = deduplicator.Options.CreateFingerprinter();
        var signature = new uint[deduplicator.Options.HashCount];
        foreach (var text in texts)
        {
            var contentHash = fingerprinter.Compute(text, signature);
            deduplicator.Add(contentHash, signature);
        }

        return deduplicator.Groups();
    }

    // The root of a set is always its smallest record, so the group name is its first record whatever the union order.
    private int Root(int record)
    {
        while (_parent[record] != record)
        {
            var grandparent = _parent[_parent[record]];
            _parent[record] = grandparent;
            record = grandparent;
        }

        return record;
    }

    private void Union(int first, int second)
    {
        var rootFirst = Root(first);
        var rootSecond = Root(second);
        if (rootFirst < rootSecond)
        {
            _parent[rootSecond] = rootFirst;
        }
        else if (rootSecond < rootFirst)
        {
            _parent[rootFirst] = rootSecond;
        }
    }
}
