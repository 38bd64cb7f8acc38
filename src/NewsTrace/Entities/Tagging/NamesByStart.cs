namespace NewsTrace.Entities.Tagging;

/// <summary>
/// A list's names ordered by their first token, ties in list order, so that the names starting at one token are found by a
/// binary search and walked in list order: the first match along them is the first match in the list. Sized by the names,
/// not the tokens, as a document has far fewer.
/// </summary>
internal sealed class NamesByStart
{
    /// <summary>Each name's first token in the high half and its index in the list in the low half, sorted.</summary>
    private readonly long[] _keys;

    public NamesByStart(List<NameCandidate> names)
    {
        _keys = new long[names.Count];
        for (var k = 0; k < _keys.Length; k++)
        {
            _keys[k] = ((long)names[k].FirstToken << 32) | (uint)k;
        }

        Array.Sort(_keys);
    }

    /// <summary>The number of names.</summary>
    public int Count => _keys.Length;

    /// <summary>The position of the first name starting at <paramref name="token"/>, or -1.</summary>
    public int First(int token)
    {
        var position = FirstFrom(token);
        return position < _keys.Length && StartAt(position) == token ? position : -1;
    }

    /// <summary>The position of the first name starting at <paramref name="token"/> or later (<see cref="Count"/> if none).</summary>
    public int FirstFrom(int token)
    {
        var position = Array.BinarySearch(_keys, (long)token << 32);
        return position < 0 ? ~position : position;
    }

    /// <summary>The position of the next name starting where the one at <paramref name="position"/> starts, or -1.</summary>
    public int Next(int position) => position + 1 < _keys.Length && StartAt(position + 1) == StartAt(position) ? position + 1 : -1;

    /// <summary>The index in the list of the name at <paramref name="position"/>.</summary>
    public int IndexAt(int position) => (int)(uint)_keys[position];

    /// <summary>The first token of the name at <paramref name="position"/>.</summary>
    public int StartAt(int position) => (int)(_keys[position] >> 32);
}
