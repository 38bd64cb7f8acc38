namespace NewsTrace.Entities.Tagging;

/// <summary>
/// The model's weights in an open-addressing hash table keyed by feature hash, each slot holding its key and its row of tag
/// weights side by side in one array. Tagging looks up some thirty features per token; a probe here touches one or two cache lines,
/// where a general dictionary walks buckets, entries and then a separate weight array. Keys are already well-mixed 64-bit
/// hashes, so their low bits choose the slot.
/// </summary>
internal sealed class FeatureTable
{
    /// <summary>Marks an empty slot; a feature whose hash is 0 is kept aside in <see cref="_zeroRow"/>.</summary>
    private const ulong Empty = 0;

    /// <summary>Slot s is <c>_slots[s * _stride ..]</c>: its key as two floats' worth of bits, then its tag weights.</summary>
    private readonly float[] _slots;
    private readonly float[]? _zeroRow;
    private readonly int _mask;
    private readonly int _tagCount;
    private readonly int _stride;

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
        // Two floats hold the key; the stride stays even so every key is 8-byte aligned for reading as a ulong.
        _stride = (2 + tagCount + 1) & ~1;
        _slots = new float[capacity * _stride];
        var keys = System.Runtime.InteropServices.MemoryMarshal.Cast<float, ulong>(_slots.AsSpan());
        var keyStride = _stride / 2;
        foreach (var (key, row) in rows)
        {
            var source = weights.Slice(row * tagCount, tagCount);
            if (key == Empty)
            {
                _zeroRow = source.ToArray();
                continue;
            }

            var slot = (int)key & _mask;
            while (keys[slot * keyStride] != Empty)
            {
                slot = (slot + 1) & _mask;
            }

            keys[slot * keyStride] = key;
            source.CopyTo(_slots.AsSpan((slot * _stride) + 2, tagCount));
        }
    }

    /// <summary>Adds the weights of every known feature in <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots.AsSpan();
        var keys = System.Runtime.InteropServices.MemoryMarshal.Cast<float, ulong>(slots);
        var keyStride = _stride / 2;
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
                var key = keys[slot * keyStride];
                if (key == feature)
                {
                    Add(slots.Slice((slot * _stride) + 2, tagCount), scores);
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
