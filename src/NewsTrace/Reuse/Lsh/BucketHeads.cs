using System.Numerics;

namespace NewsTrace.Reuse.Lsh;

/// <summary>
/// The newest document of each bucket of one LSH band: an open-addressing hash table (linear probing) from a 32-bit
/// bucket key to a document number, 8 bytes a slot kept at most 70 % full. A <c>Dictionary&lt;ulong, int&gt;</c> spends
/// about 28 bytes an entry on its key, hash code, chain link and bucket array, and one table per band of 16 was most
/// of the deduplicator's memory; a million records need this table to stay under 1 GB.
/// </summary>
/// <remarks>
/// Keys are the low 32 bits of XXH64 band keys, already uniform, so the slot is taken from their high bits by a
/// multiplicative (Fibonacci) step without further hashing. Two buckets whose keys agree in 32 bits share a list: that
/// only adds candidates, which callers verify anyway (one chance in four billion per band and pair).
/// </remarks>
internal sealed class BucketHeads
{
    private const double MaxLoad = 0.7;

    private uint[] _keys;

    // Document number + 1, so a zeroed slot is empty and a fresh array needs no fill.
    private int[] _headsPlusOne;
    private int _shift;
    private int _count;
    private int _resizeAt;

    public BucketHeads(int initialCapacity = 1024)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, initialCapacity));
        _keys = new uint[size];
        _headsPlusOne = new int[size];
        _shift = 32 - BitOperations.Log2((uint)size);
        _resizeAt = (int)(size * MaxLoad);
    }

    /// <summary>Buckets held.</summary>
    public int Count => _count;

    /// <summary>The newest document of bucket <paramref name="key"/>, if it has one.</summary>
    public bool TryGet(uint key, out int document)
    {
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var head = _headsPlusOne[slot];
            if (head == 0)
            {
                document = -1;
                return false;
            }

            if (_keys[slot] == key)
            {
                document = head - 1;
                return true;
            }
        }
    }

    /// <summary>Makes <paramref name="document"/> the newest of bucket <paramref name="key"/>; returns the previous newest, or -1.</summary>
    public int Push(uint key, int document)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(document);
        if (_count >= _resizeAt)
        {
            Grow();
        }

        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var head = _headsPlusOne[slot];
            if (head == 0)
            {
                _keys[slot] = key;
                _headsPlusOne[slot] = document + 1;
                _count++;
                return -1;
            }

            if (_keys[slot] == key)
            {
                _headsPlusOne[slot] = document + 1;
                return head - 1;
            }
        }
    }

    /// <summary>The 32 bits of a 64-bit band key this table uses.</summary>
    public static uint Key(ulong bandKey) => (uint)bandKey ^ (uint)(bandKey >> 32);

    private int Slot(uint key) => (int)((key * 0x9E3779B9u) >> _shift);

    private void Grow()
    {
        var keys = _keys;
        var heads = _headsPlusOne;
        var size = keys.Length * 2;
        _keys = new uint[size];
        _headsPlusOne = new int[size];
        _shift--;
        _resizeAt = (int)(size * MaxLoad);
        var mask = size - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (heads[i] == 0)
            {
                continue;
            }

            var slot = Slot(keys[i]);
            while (_headsPlusOne[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = keys[i];
            _headsPlusOne[slot] = heads[i];
        }
    }
}
