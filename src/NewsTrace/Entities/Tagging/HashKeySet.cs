namespace NewsTrace.Entities.Tagging;

/// <summary>
/// A set of 64-bit feature hashes (<see cref="FeatureHash"/>) in one open-addressing array. The hashes are well mixed
/// already, so their low bits choose the slot; an add or a lookup is a few instructions where a <c>HashSet&lt;ulong&gt;</c>
/// folds the key, divides and walks its bucket and entry arrays, and <see cref="FeatureExtractor"/> asks one for every token.
/// </summary>
internal sealed class HashKeySet
{
    /// <summary>Marks an empty slot; a key of 0 is held by <see cref="_hasZero"/>.</summary>
    private const ulong Empty = 0;

    private ulong[] _slots = new ulong[256];
    private bool _hasZero;

    public int Count { get; private set; }

    public void Add(ulong key)
    {
        if (key == Empty)
        {
            Count += _hasZero ? 0 : 1;
            _hasZero = true;
            return;
        }

        // At most half full, so probe chains stay short.
        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        if (Insert(_slots, key))
        {
            Count++;
        }
    }

    public bool Contains(ulong key)
    {
        if (key == Empty)
        {
            return _hasZero;
        }

        var slots = _slots;
        var mask = slots.Length - 1;
        var slot = (int)key & mask;
        while (true)
        {
            var found = slots[slot];
            if (found == key)
            {
                return true;
            }

            if (found == Empty)
            {
                return false;
            }

            slot = (slot + 1) & mask;
        }
    }

    public void Clear()
    {
        Array.Clear(_slots);
        _hasZero = false;
        Count = 0;
    }

    /// <summary>Puts <paramref name="key"/> (not 0) in <paramref name="slots"/>; false when it was there already.</summary>
    private static bool Insert(ulong[] slots, ulong key)
    {
        var mask = slots.Length - 1;
        var slot = (int)key & mask;
        while (true)
        {
            var found = slots[slot];
            if (found == key)
            {
                return false;
            }

            if (found == Empty)
            {
                slots[slot] = key;
                return true;
            }

            slot = (slot + 1) & mask;
        }
    }

    private void Grow()
    {
        var grown = new ulong[_slots.Length * 2];
        foreach (var key in _slots)
        {
            if (key != Empty)
            {
                Insert(grown, key);
            }
        }

        _slots = grown;
    }
}
