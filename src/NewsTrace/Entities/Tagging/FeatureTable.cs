using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// The model's weights in an open-addressing hash table keyed by feature hash. The keys sit alone in one small array and
/// the rows of tag weights, packed, in another: most of the thirty-odd features a token asks for are not in the model, and
/// a miss then reads only keys (eight bytes a slot, the whole array a few dozen kilobytes that stay in cache), where slots
/// holding their weights beside their key spread the misses over a table many times larger. Keys are already well-mixed
/// 64-bit hashes, so their low bits choose the slot.
/// </summary>
internal sealed class FeatureTable
{
    /// <summary>Marks an empty slot; a feature whose hash is 0 is kept aside in <see cref="_zeroRow"/>.</summary>
    private const ulong Empty = 0;

    private readonly ulong[] _keys;

    /// <summary>Slot s's row in <see cref="_weights"/>, in units of rows.</summary>
    private readonly int[] _rows;

    /// <summary>Row-major, <see cref="_tagCount"/> weights a row, as the model gives them.</summary>
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
        // At most a quarter full, so a miss, the common case, mostly stops at its first slot.
        var capacity = 16;
        while (capacity < rows.Count * 4)
        {
            capacity *= 2;
        }

        _mask = capacity - 1;
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _weights = weights.ToArray();
        foreach (var (key, row) in rows)
        {
            if (key == Empty)
            {
                _zeroRow = weights.Slice(row * tagCount, tagCount).ToArray();
                continue;
            }

            var slot = (int)key & _mask;
            while (_keys[slot] != Empty)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _rows[slot] = row;
        }
    }

    /// <summary>Adds the weights of every known feature in <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var keys = _keys;
        var tagCount = _tagCount;
        var weights = _weights.AsSpan();
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
                    Add(weights.Slice(_rows[slot] * tagCount, tagCount), scores);
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

    /// <summary>Adds <paramref name="row"/> into <paramref name="scores"/> element by element: eight lanes at a time give the same sums as one at a time.</summary>
    private static void Add(ReadOnlySpan<float> row, Span<float> scores)
    {
        var t = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var rowStart = ref MemoryMarshal.GetReference(row);
            ref var scoreStart = ref MemoryMarshal.GetReference(scores);
            for (; t + Vector256<float>.Count <= scores.Length; t += Vector256<float>.Count)
            {
                var sum = Vector256.LoadUnsafe(ref scoreStart, (nuint)t) + Vector256.LoadUnsafe(ref rowStart, (nuint)t);
                sum.StoreUnsafe(ref scoreStart, (nuint)t);
            }
        }

        for (; t < scores.Length; t++)
        {
            scores[t] += row[t];
        }
    }
}
