namespace NewsTrace.Entities.Tagging;

/// <summary>
/// The word sets <see cref="FeatureExtractor"/>'s constructor fills and reads for one document, kept per thread and cleared
/// for the next: the sets only serve to set each token's <see cref="TokenFlags"/>, and rebuilding them from empty for
/// every document was a good part of the tagger's allocation.
/// </summary>
internal sealed class ExtractorScratch
{
    /// <summary>Sets that grew past this for a very long document are dropped rather than kept for the thread's lifetime.</summary>
    private const int MaxKeptWords = 16_384;

    [ThreadStatic]
    private static ExtractorScratch? _spare;

    /// <summary>The lower-cased words the document writes with a lower-case first letter.</summary>
    public HashKeySet LowerCaseWords { get; } = new();

    /// <summary>The words (as written) the document capitalises other than at a sentence start.</summary>
    public HashKeySet CapitalisedMidSentence { get; } = new();

    /// <summary>The thread's spare scratch, emptied, or a new one; give it back with <see cref="Return"/>.</summary>
    public static ExtractorScratch Rent()
    {
        var scratch = _spare ?? new ExtractorScratch();
        // Taken while in use, so a nested use on the same thread would get its own.
        _spare = null;
        return scratch;
    }

    public static void Return(ExtractorScratch scratch)
    {
        if (scratch.LowerCaseWords.Count > MaxKeptWords || scratch.CapitalisedMidSentence.Count > MaxKeptWords)
        {
            return;
        }

        scratch.LowerCaseWords.Clear();
        scratch.CapitalisedMidSentence.Clear();
        _spare = scratch;
    }
}
