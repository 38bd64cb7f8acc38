using System.Collections;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace NewsTrace.Text;

/// <summary>
/// A fixed set of words (a <see cref="FrozenSet{T}"/> of strings, ordinal, by default or set so, or ignoring case) with a filter in
/// front that answers most misses of a small set without a lookup. The recogniser's passes scan every token of a
/// document against dozens of small cue lists ("coach", "striker", "said"): nearly every token is a miss, and a frozen
/// set's span lookup costs about 20 ns even for an eight-word list, where the filter (one bit per hash of a word's first
/// letter, last letter and length) rejects a word in a few. A word the filter passes is looked up as before, so the
/// answers are the frozen set's.
/// </summary>
internal sealed class WordSet : IReadOnlyCollection<string>
{
    /// <summary>Bits in the filter: for a list of up to <see cref="MaxFilteredWords"/> words at most an eighth are set.</summary>
    private const int FilterBits = 1024;

    /// <summary>
    /// Above this many words most bits are set and the filter only costs time, so larger sets go without one (a larger
    /// filter for them measured no faster: their lookups mostly ask for words they hold).
    /// </summary>
    private const int MaxFilteredWords = 128;

    private readonly FrozenSet<string> _set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong[]? _filter;
    private readonly bool _ignoreCase;

    public WordSet(FrozenSet<string> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        _set = set;
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _ignoreCase = ReferenceEquals(set.Comparer, StringComparer.OrdinalIgnoreCase);
        if (!_ignoreCase && !ReferenceEquals(set.Comparer, StringComparer.Ordinal) && !ReferenceEquals(set.Comparer, EqualityComparer<string>.Default))
        {
            // A comparer the filter cannot mirror (culture-aware, say): every word goes to the lookup.
            return;
        }

        if (set.Count > MaxFilteredWords || (_ignoreCase && set.Any(word => word.Length > 0 && (!char.IsAscii(word[0]) || !char.IsAscii(word[^1])))))
        {
            // Ignoring case, a letter beyond ASCII may equal another one ("ı" and "I"), which the filter's folding does not know.
            return;
        }

        _filter = new ulong[FilterBits / 64];
        foreach (var word in set)
        {
            if (word.Length > 0)
            {
                var bit = Bit(word, _ignoreCase);
                _filter[bit >> 6] |= 1UL << bit;
            }
        }
    }

    public int Count => _set.Count;

    public static implicit operator WordSet(FrozenSet<string> set) => new(set);

    public static implicit operator WordSet(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup) => new(lookup.Set);

    public static WordSet FromFrozenSet(FrozenSet<string> set) => new(set);

    public bool Contains(string word) => word is not null && Contains(word.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (_filter is { } filter && word.Length > 0)
        {
            if (_ignoreCase && (!char.IsAscii(word[0]) || !char.IsAscii(word[^1])))
            {
                return _lookup.Contains(word);
            }

            var bit = Bit(word, _ignoreCase);
            if ((filter[bit >> 6] & (1UL << bit)) == 0)
            {
                return false;
            }
        }

        return _lookup.Contains(word);
    }

    public FrozenSet<string>.Enumerator GetEnumerator() => _set.GetEnumerator();

    IEnumerator<string> IEnumerable<string>.GetEnumerator() => ((IEnumerable<string>)_set).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_set).GetEnumerator();

    /// <summary>The filter's bit for a non-empty word: a multiplicative hash of its first and last letters and its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bit(ReadOnlySpan<char> word, bool ignoreCase)
    {
        uint first = word[0];
        uint last = word[^1];
        if (ignoreCase)
        {
            first = Fold(first);
            last = Fold(last);
        }

        return (int)(((first * 0x9E3779B1u) ^ (last * 0x85EBCA77u) ^ ((uint)word.Length * 0xC2B2AE3Du)) >> 22);
    }

    /// <summary>An ASCII letter in lower case; other ASCII characters as they are.</summary>
    private static uint Fold(uint c) => c - 'A' <= 'Z' - 'A' ? c | 0x20 : c;
}
