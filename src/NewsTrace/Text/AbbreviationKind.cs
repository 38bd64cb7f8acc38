namespace NewsTrace.Text;

/// <summary>How an abbreviation behaves at a possible sentence end.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Not a known abbreviation.</summary>
    None,

    /// <summary>Titles, months and Latin shorthands ("Mr.", "Gen.", "Sept.", "e.g."): always followed by more of the same sentence.</summary>
    NeverFinal,

    /// <summary>"U.S.", "Inc.", "a.m.", "etc.", initials: may end a sentence; the next word decides.</summary>
    MayEndSentence,

    /// <summary>"No.", "Art.", "p.": an abbreviation only when a number follows ("No. 5"); otherwise a word.</summary>
    BeforeNumber,
}
