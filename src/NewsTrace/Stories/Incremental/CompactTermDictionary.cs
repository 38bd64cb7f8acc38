using System.Collections;
using System.Diagnostics.CodeAnalysis;
using NewsTrace.Stories.Features;

namespace NewsTrace.Stories.Incremental;

/// <summary>
/// An article's content-term counts as two parallel arrays, terms in ordinal order (the order the stores give them
/// back in): what the cache of indexed articles keeps, handed out as it is, so a hit costs no decoding and no
/// allocation. Sixteen bytes a term against about thirty as stored text, with the term strings shared between articles.
/// </summary>
/// <remarks>Immutable once made; lookups are binary searches (callers enumerate far more than they look up).</remarks>
public sealed class CompactTermDictionary : IReadOnlyDictionary<string, TermCount>
{
    private readonly string[] _terms;
    private readonly TermCount[] _counts;

    private CompactTermDictionary(string[] terms, TermCount[] counts)
    {
        _terms = terms;
        _counts = counts;
    }

    public int Count => _terms.Length;

    public IEnumerable<string> Keys => _terms;

    public IEnumerable<TermCount> Values => _counts;

    public TermCount this[string key] => TryGetValue(key, out var count) ? count : throw new KeyNotFoundException($"No count for the term '{key}'.");

    /// <summary>
    /// The counts of <paramref name="terms"/> in ordinal order, each term string replaced by the one
    /// <paramref name="intern"/> already holds (and added to it when new), so articles sharing a term share its string.
    /// </summary>
    public static CompactTermDictionary From(IReadOnlyDictionary<string, TermCount> terms, Dictionary<string, string> intern)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(intern);
        if (terms is CompactTermDictionary compact)
        {
            return compact;
        }

        var keys = new string[terms.Count];
        var counts = new TermCount[terms.Count];
        var i = 0;
        foreach (var (term, count) in terms)
        {
            if (!intern.TryGetValue(term, out var shared))
            {
                intern[term] = shared = term;
            }

            keys[i] = shared;
            counts[i++] = count;
        }

        Array.Sort(keys, counts, StringComparer.Ordinal);
        return new CompactTermDictionary(keys, counts);
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TermCount value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? _counts[at] : default;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, TermCount>> GetEnumerator()
    {
        for (var i = 0; i < _terms.Length; i++)
        {
            yield return new KeyValuePair<string, TermCount>(_terms[i], _counts[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Array.BinarySearch(_terms, key, StringComparer.Ordinal);
    }
}
