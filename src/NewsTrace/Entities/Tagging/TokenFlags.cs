namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Facts about one token that <see cref="FeatureExtractor"/> works out once per document: both passes of the tagger,
/// and each token's neighbours, ask them again and again.
/// </summary>
[Flags]
internal enum TokenFlags : byte
{
    None = 0,

    /// <summary>Some character of the token is an upper-case letter.</summary>
    HasCapital = 1,

    /// <summary>A word or abbreviation with an upper-case first letter.</summary>
    Capitalised = 2,

    /// <summary>Worth scoring: see <see cref="FeatureExtractor.MayBeInName"/>.</summary>
    MayBeInName = 4,

    /// <summary>Capitalised, and the document also writes the word with a lower-case first letter.</summary>
    SeenInLowerCase = 8,

    /// <summary>Capitalised, and the document writes the same word capitalised somewhere other than a sentence start.</summary>
    SeenCapitalisedMidSentence = 16,
}
