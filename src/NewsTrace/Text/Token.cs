using NewsTrace.Documents;

namespace NewsTrace.Text;

/// <summary>A token: a span of the document text and its kind. A small value type, so token arrays do not allocate per token.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);
}
