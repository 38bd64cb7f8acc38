namespace NewsTrace.Stories.Features;

/// <summary>
/// How many documents contain each term, kept up to date one document at a time, so a stream of articles never needs
/// a second pass. Counts are order-independent: the same documents give the same frequencies in any order.
/// </summary>
public sealed class DocumentFrequencies
{
    private int[] _counts = new int[256];

    public int DocumentCount { get; private set; }

    /// <summary>Counts one document; <paramref name="distinctTermIds"/> holds each of its terms once.</summary>
    public void Add(ReadOnlySpan<int> distinctTermIds)
    {
        foreach (var id in distinctTermIds)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(id);
            if (id >= _counts.Length)
            {
                Array.Resize(ref _counts, Math.Max(id + 1, _counts.Length * 2));
            }

            _counts[id]++;
        }

        DocumentCount++;
    }

    public int Count(int termId) => termId >= 0 && termId < _counts.Length ? _counts[termId] : 0;

    /// <summary>Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1, never zero, so a term in every document still counts a little.</summary>
    public double InverseFrequency(int termId) => Math.Log((DocumentCount + 1.0) / (Count(termId) + 1.0)) + 1.0;
}
