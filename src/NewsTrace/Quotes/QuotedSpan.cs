using NewsTrace.Documents;

namespace NewsTrace.Quotes;

/// <summary>A text between paired quote marks: the token index of the opening and closing mark, and the words inside.</summary>
internal readonly record struct QuotedSpan(int OpenToken, int CloseToken, TextSpan Inner);
