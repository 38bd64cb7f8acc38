namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Scratch arrays for decoding one document, grown to its longest sentence and reused for every sentence, so tagging
/// allocates per document rather than per sentence.
/// </summary>
internal sealed class DecodeBuffers(int tagCount)
{
    private float[] _emission = [];
    private float[] _score = [];
    private int[] _back = [];
    private bool[] _onlyOutside = [];

    /// <summary>Features of the token being scored, refilled for each token.</summary>
    public List<ulong> Features { get; } = new(64);

    /// <summary>Per token, the tag scores from its features (length × tag count).</summary>
    public Span<float> Emission(int length) => Grow(ref _emission, length * tagCount)[..(length * tagCount)];

    /// <summary>Per token, true when only O is possible there (no capital letter nearby), which Viterbi can skip.</summary>
    public Span<bool> OnlyOutside(int length) => Grow(ref _onlyOutside, length)[..length];

    /// <summary>Viterbi's best path scores (length × tag count).</summary>
    public Span<float> Score(int length) => Grow(ref _score, length * tagCount)[..(length * tagCount)];

    /// <summary>Viterbi's back pointers (length × tag count).</summary>
    public Span<int> Back(int length) => Grow(ref _back, length * tagCount)[..(length * tagCount)];

    private static Span<T> Grow<T>(ref T[] array, int size)
    {
        if (array.Length < size)
        {
            array = new T[Math.Max(size, array.Length * 2)];
        }

        return array;
    }
}
