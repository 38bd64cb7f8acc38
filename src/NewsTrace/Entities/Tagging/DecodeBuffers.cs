using System.Runtime.InteropServices;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Scratch for decoding one document: Viterbi's arrays, grown to its longest sentence and reused for every sentence, and
/// each token's extractor features, extracted by the first pass and read again by the second. One set is kept per thread
/// (<see cref="Rent"/>), so tagging a document allocates none of it.
/// </summary>
internal sealed class DecodeBuffers(int tagCount)
{
    /// <summary>Buffers grown past this many elements by a very long document are dropped rather than kept for the thread's lifetime.</summary>
    private const int MaxKeptElements = 1 << 20;

    [ThreadStatic]
    private static DecodeBuffers? _spare;

    private readonly List<ulong> _tokenFeatures = new(4096);
    private float[] _emission = [];
    private float[] _score = [];
    private int[] _back = [];
    private bool[] _onlyOutside = [];

    /// <summary>The extractor whose features <see cref="_tokenFeatures"/> holds.</summary>
    private FeatureExtractor? _featuresOf;

    /// <summary>Per token, where its features start and end in <see cref="_tokenFeatures"/>; a start of -1 until extracted.</summary>
    private int[] _featureRanges = [];

    public int TagCount => tagCount;

    /// <summary>Extra features of the token being scored (the second pass's), refilled for each token.</summary>
    public List<ulong> Features { get; } = new(64);

    /// <summary>The thread's spare buffers for <paramref name="tagCount"/> tags, or new ones; give them back with <see cref="Return"/>.</summary>
    public static DecodeBuffers Rent(int tagCount)
    {
        var buffers = _spare is { } spare && spare.TagCount == tagCount ? spare : new DecodeBuffers(tagCount);
        // Taken while in use, so a nested use on the same thread would get its own.
        _spare = null;
        return buffers;
    }

    public static void Return(DecodeBuffers buffers)
    {
        // Let go of the document, which the feature cache would otherwise keep alive.
        buffers._featuresOf = null;
        buffers._tokenFeatures.Clear();
        if (buffers._tokenFeatures.Capacity <= MaxKeptElements && buffers._emission.Length <= MaxKeptElements && buffers._featureRanges.Length <= MaxKeptElements)
        {
            _spare = buffers;
        }
    }

    /// <summary>
    /// Token <paramref name="token"/>'s features from <paramref name="extractor"/>, extracted on the first ask and kept
    /// until another document's extractor is asked: the second pass reads the same features as the first, plus its own.
    /// </summary>
    public ReadOnlySpan<ulong> ExtractorFeatures(FeatureExtractor extractor, int token)
    {
        if (!ReferenceEquals(extractor, _featuresOf))
        {
            _featuresOf = extractor;
            _tokenFeatures.Clear();
            Grow(ref _featureRanges, extractor.TokenCount * 2)[..(extractor.TokenCount * 2)].Fill(-1);
        }

        var start = _featureRanges[token * 2];
        if (start < 0)
        {
            start = _tokenFeatures.Count;
            extractor.AppendFeatures(token, _tokenFeatures);
            _featureRanges[token * 2] = start;
            _featureRanges[(token * 2) + 1] = _tokenFeatures.Count;
        }

        return CollectionsMarshal.AsSpan(_tokenFeatures)[start.._featureRanges[(token * 2) + 1]];
    }

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
