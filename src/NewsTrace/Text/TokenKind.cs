namespace NewsTrace.Text;

/// <summary>What a token is. Quote marks are their own kind because quotation finding depends on them.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Abbreviation,
    Url,
    Email,
    QuoteMark,
    Punctuation,
    Symbol,
}
