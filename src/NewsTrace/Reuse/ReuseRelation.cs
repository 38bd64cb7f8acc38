namespace NewsTrace.Reuse;

/// <summary>
/// How one article's text relates to another's, from the strongest reuse to none. The order matters: a larger value
/// means more text was taken over, so the strongest relation of a set of evidence is its maximum.
/// </summary>
public enum ReuseRelation
{
    /// <summary>Nothing in common beyond chance.</summary>
    Unrelated = 0,

    /// <summary>The same event reported independently: shared names, dates and facts, but no reused passages.</summary>
    SameStory = 1,

    /// <summary>Some passages (paragraphs, answers, a quote block) taken over; most of at least one text is its own.</summary>
    PartialReuse = 2,

    /// <summary>The whole text taken over and reworded: paraphrase, spinning, reordered sentences.</summary>
    Rewrite = 3,

    /// <summary>The text taken over almost word for word: syndication, trims, a new headline or a few edits.</summary>
    NearCopy = 4,

    /// <summary>The same text after normalisation (whitespace, case, punctuation).</summary>
    Identical = 5,
}
