namespace NewsTrace.Entities.Tagging;

/// <summary>
/// The model's weights in an open-addressing hash table keyed by feature hash, each slot holding its key and its row of tag
/// weights side by side. Tagging looks up some thirty features per token; a probe here touches one or two cache lines,
/// where a general dictionary walks buckets, entries and then a separate weight array. Keys are already well-mixed 64-bit
/// hashes, so their low bits choose the slot.
/// </summary>
internal sealed class FeatureTable
{
    /// <summary>Marks an empty slot; a feature whose hash is 0 is kept aside in <see cref="_zeroRow"/>.</summary>
    private const ulong Empty = 0;

    private readonly ulong[] _keys;
    private readonly float[] _weights;
    private readonly float[]? _zeroRow;
    private readonly int _mask;
    private readonly int _tagCount;

    /// <param name="rows">Each feature's row in <paramref name="weights"/>.</param>
    /// <param name="weights">Row-major, <paramref name="tagCount"/> weights a row.</param>
    /// <param name="tagCount">Weights per row.</param>
    public FeatureTable(IReadOnlyDictionary<ulong, int> rows, ReadOnlySpan<float> weights, int tagCount)
    {
        _tagCount = tagCount;
        // At most half full, so probe chains stay short.
        var capacity = 16;
        while (capacity < rows.Count * 2)
        {
            capacity *= 2;
        }

        _mask = capacity - 1;
        _keys = new ulong[capacity];
        _weights = new float[capacity * tagCount];
        foreach (var (key, row) in rows)
        {
            var source = weights.Slice(row * tagCount, tagCount);
            if (key == Empty)
            {
                _zeroRow = source.ToArray();
                continue;
            }

            var slot = (int)key & _mask;
            while (_keys[slot] != Empty)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            source.CopyTo(_weights.AsSpan(slot * tagCount, tagCount));
        }
    }

    /// <summary>Adds the weights of every known feature in <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var keys = _keys;
        var weights = _weights;
        var tagCount = _tagCount;
        scores = scores[..tagCount];
        foreach (var feature in features)
        {
            if (feature == Empty)
            {
                if (_zeroRow is not null)
                {
                    Add(_zeroRow, scores);
                }

                continue;
            }

            var slot = (int)feature & _mask;
            while (true)
            {
                var key = keys[slot];
                if (key == feature)
                {
                    Add(weights.AsSpan(slot * tagCount, tagCount), scores);
                    break;
                }

                if (key == Empty)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }
    }

    private static void Add(ReadOnlySpan<float> row, Span<float> scores)
    {
        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] += row[t];
        }
    }
}
