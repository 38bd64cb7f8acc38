using System.Collections;
using System.Runtime.CompilerServices;

namespace NewsTrace.Text;

/// <summary>
/// A read-only set of words, compared ordinally with or without case, that answers <see cref="Contains(ReadOnlySpan{char})"/>
/// for a slice of the text without allocating. The recogniser and the attributor ask word lists tens of times a token; a
/// frozen set's span lookup goes through a generic virtual call and comparer delegates each time, which made those lookups
/// an eighth of the job, where this sealed open-addressing table does a hash and one comparison.
/// </summary>
public sealed class WordSet : IReadOnlyCollection<string>
{
    private readonly string[] _words;

    /// <summary>Each slot's word, or null for an empty slot; at most half the slots are full, so a miss ends quickly.</summary>
    private readonly string?[] _slots;
    private readonly uint[] _slotHashes;
    private readonly int _mask;
    private readonly bool _ignoreCase;

    private WordSet(string[] words, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var capacity = 8;
        while (capacity < words.Length * 2)
        {
            capacity *= 2;
        }

        _mask = capacity - 1;
        _slots = new string?[capacity];
        _slotHashes = new uint[capacity];
        var kept = new List<string>(words.Length);
        foreach (var word in words)
        {
            ArgumentNullException.ThrowIfNull(word, nameof(words));
            var hash = Hash(word, ignoreCase);
            var slot = (int)hash & _mask;
            var duplicate = false;
            while (_slots[slot] is { } held)
            {
                if (_slotHashes[slot] == hash && Same(held, word, ignoreCase))
                {
                    duplicate = true;
                    break;
                }

                slot = (slot + 1) & _mask;
            }

            if (!duplicate)
            {
                _slots[slot] = word;
                _slotHashes[slot] = hash;
                kept.Add(word);
            }
        }

        _words = [.. kept];
    }

    /// <summary>A set holding no word.</summary>
    public static WordSet Empty { get; } = new([], ignoreCase: false);

    /// <summary>The number of distinct words.</summary>
    public int Count => _words.Length;

    /// <summary>The comparer the set was built with: <see cref="StringComparer.Ordinal"/> or <see cref="StringComparer.OrdinalIgnoreCase"/>.</summary>
    public StringComparer Comparer => _ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>
    /// The set of <paramref name="words"/> (duplicates kept once, the first spelling winning), compared with
    /// <paramref name="comparer"/>, which must be ordinal (the default) or ordinal ignoring case.
    /// </summary>
    public static WordSet Create(IEnumerable<string> words, StringComparer? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        var ignoreCase = comparer is null || ReferenceEquals(comparer, StringComparer.Ordinal)
            ? false
            : ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase)
                ? true
                : throw new ArgumentException("a word set compares ordinally, with or without case", nameof(comparer));
        return new WordSet([.. words], ignoreCase);
    }

    /// <summary>Whether the set holds <paramref name="word"/>.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        var hash = Hash(word, _ignoreCase);
        var slots = _slots;
        var slot = (int)hash & _mask;
        while (slots[slot] is { } held)
        {
            if (_slotHashes[slot] == hash && Same(held, word, _ignoreCase))
            {
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        return false;
    }

    /// <summary>Whether the set holds <paramref name="word"/>; null is never held.</summary>
    public bool Contains(string? word) => word is not null && Contains(word.AsSpan());

    /// <summary>The words in the order they were first given.</summary>
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Same(string held, ReadOnlySpan<char> word, bool ignoreCase)
        => held.Length == word.Length
           && (ignoreCase ? held.AsSpan().Equals(word, StringComparison.OrdinalIgnoreCase) : held.AsSpan().SequenceEqual(word));

    /// <summary>
    /// FNV-1a over the characters, then a final mix so the low bits that pick the slot depend on every character. Ignoring
    /// case, a character counts by its invariant upper case (the mapping ordinal-ignore-case comparison uses); surrogates
    /// count as one constant, since that comparison folds a pair as a whole, so words equal ignoring case always hash alike.
    /// </summary>
    private static uint Hash(ReadOnlySpan<char> word, bool ignoreCase)
    {
        var hash = 2166136261u;
        if (ignoreCase)
        {
            foreach (var c in word)
            {
                var folded = c < 0x80 ? (uint)(c is >= 'a' and <= 'z' ? c - 32 : c) : char.IsSurrogate(c) ? 0xD800u : char.ToUpperInvariant(c);
                hash = (hash ^ folded) * 16777619u;
            }
        }
        else
        {
            foreach (var c in word)
            {
                hash = (hash ^ c) * 16777619u;
            }
        }

        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        hash ^= hash >> 12;
        return hash;
    }
}
