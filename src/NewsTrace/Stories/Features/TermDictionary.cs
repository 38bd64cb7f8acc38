namespace NewsTrace.Stories.Features;

/// <summary>
/// Maps terms to dense integer ids, in the order they are first seen, so vectors can be sorted int/float arrays.
/// Ids depend on insertion order; anything that must not (similarity sums) re-indexes by term text first.
/// </summary>
public sealed class TermDictionary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];

    public int Count => _terms.Count;

    public int GetOrAdd(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (_ids.TryGetValue(term, out var id))
        {
            return id;
        }

        id = _terms.Count;
        _ids.Add(term, id);
        _terms.Add(term);
        return id;
    }

    public bool TryGetId(string term, out int id) => _ids.TryGetValue(term, out id);

    public string Term(int id) => _terms[id];

    /// <summary>For every id, its rank among all terms in ordinal order: an order-independent re-indexing.</summary>
    public int[] OrdinalRanks()
    {
        var order = Enumerable.Range(0, _terms.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(_terms[a], _terms[b]));
        var ranks = new int[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank]] = rank;
        }

        return ranks;
    }
}
