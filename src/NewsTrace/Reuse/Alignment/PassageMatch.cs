namespace NewsTrace.Reuse.Alignment;

/// <summary>How closely two aligned passages agree.</summary>
public enum PassageMatch
{
    /// <summary>The same words in the same order (case, punctuation and whitespace aside), perhaps with a few edits.</summary>
    Verbatim = 0,

    /// <summary>The same content in other words: synonyms, reordering, changed voice.</summary>
    Reworded = 1,
}
