namespace NewsTrace.Stories.Features;

/// <summary>Document frequencies by term text: what the store gave plus whatever was counted on top.</summary>
public sealed class TermFrequencyTable : ITermFrequencies
{
    private readonly Dictionary<string, int> _frequencies = new(StringComparer.Ordinal);

    public long DocumentCount { get; private set; }

    public int Frequency(string term) => _frequencies.GetValueOrDefault(term);

    public bool Contains(string term) => _frequencies.ContainsKey(term);

    /// <summary>Sets the frequency of a term read from the store (before any <see cref="Count"/> of the same term).</summary>
    public void Set(string term, int frequency) => _frequencies[term] = frequency;

    /// <summary>Sets N as the store gave it.</summary>
    public void SetDocumentCount(long count) => DocumentCount = count;

    /// <summary>Counts one more document with these distinct terms.</summary>
    public void Count(IEnumerable<string> distinctTerms)
    {
        ArgumentNullException.ThrowIfNull(distinctTerms);
        foreach (var term in distinctTerms)
        {
            _frequencies[term] = _frequencies.GetValueOrDefault(term) + 1;
        }

        DocumentCount++;
    }

    /// <summary>Smoothed inverse document frequency, the formula <see cref="DocumentFrequencies.InverseFrequency"/> uses.</summary>
    public static double InverseFrequency(long documentCount, int frequency) => Math.Log((documentCount + 1.0) / (frequency + 1.0)) + 1.0;
}
