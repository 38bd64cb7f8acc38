namespace NewsTrace.Extraction.Html;

/// <summary>Enumerates the attributes of one start tag without allocating; use it in a <c>foreach</c>.</summary>
public ref struct HtmlAttributeEnumerator
{
    private readonly ReadOnlySpan<char> _attributes;
    private int _position;

    /// <param name="attributes">The part of a start tag after its name, up to (not including) the closing '&gt;'.</param>
    public HtmlAttributeEnumerator(ReadOnlySpan<char> attributes)
    {
        _attributes = attributes;
        _position = 0;
        Current = default;
    }

    public HtmlAttribute Current { get; private set; }

    public readonly HtmlAttributeEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        HtmlAttributeScanner.SkipToAttribute(_attributes, ref _position);
        if (_position >= _attributes.Length || _attributes[_position] == '>')
        {
            return false;
        }

        HtmlAttributeScanner.ReadAttribute(_attributes, ref _position, out var nameStart, out var nameLength, out var valueStart, out var valueLength);
        Current = new HtmlAttribute(_attributes.Slice(nameStart, nameLength), _attributes.Slice(valueStart, valueLength));
        return true;
    }

    /// <summary>The raw value of the first attribute named <paramref name="name"/> (case-insensitive).</summary>
    public static bool TryFind(ReadOnlySpan<char> attributes, string name, out ReadOnlySpan<char> rawValue)
    {
        foreach (var attribute in new HtmlAttributeEnumerator(attributes))
        {
            if (attribute.NameIs(name))
            {
                rawValue = attribute.RawValue;
                return true;
            }
        }

        rawValue = default;
        return false;
    }
}
