namespace NewsTrace.Text;

/// <summary>Bit flags describing one UTF-16 code unit for the tokenizer. A code unit may have several (Letter | Upper).</summary>
[Flags]
internal enum CharClass : byte
{
    None = 0,

    /// <summary>Whitespace, control and invisible format characters: never part of a token.</summary>
    Skip = 1,
    Letter = 2,
    Digit = 4,

    /// <summary>Combining marks and other numbers (², ½): they belong to the word around them.</summary>
    WordPart = 8,
    Upper = 16,
    QuoteMark = 32,
    Punctuation = 64,
    Symbol = 128,

    Word = Letter | Digit | WordPart,
}
