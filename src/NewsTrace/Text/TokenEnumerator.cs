namespace NewsTrace.Text;

/// <summary>
/// Enumerates the tokens of a span without allocating: <c>foreach (var token in Tokenizer.Enumerate(text))</c>.
/// A ref struct, so it can hold the span and never reaches the heap.
/// </summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    internal TokenEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    public Token Current { get; private set; }

    public readonly TokenEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        // A local position keeps the scanner's loop in registers instead of writing through to this struct.
        var position = _position;
        var found = TokenScanner.TryRead(_text, ref position, out var token);
        _position = position;
        Current = token;
        return found;
    }
}
