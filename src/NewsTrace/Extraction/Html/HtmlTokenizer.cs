namespace NewsTrace.Extraction.Html;

/// <summary>
/// A forward-only HTML lexer over a span: start tags, end tags, text runs, comments, doctypes and CDATA.
/// It follows the HTML spec's tokenizer where that matters for real pages (unquoted and unclosed attributes,
/// stray '&lt;', bogus comments, raw-text elements such as <c>&lt;script&gt;</c>) and never throws.
/// Each call to <see cref="Read"/> moves strictly forward, so a whole page is lexed in linear time and constant memory;
/// tokens are slices of the input and attributes are parsed only when asked for.
/// </summary>
public ref struct HtmlTokenizer
{
    private readonly ReadOnlySpan<char> _html;
    private int _position;

    // After the start tag of a raw-text element (script, style, …) the next token is its content up to the matching end tag.
    private string? _rawTextEndTag;
    private bool _rawTextDecodes;

    public HtmlTokenizer(ReadOnlySpan<char> html)
    {
        _html = html;
        _position = 0;
        _rawTextEndTag = null;
        _rawTextDecodes = false;
        Kind = HtmlTokenKind.None;
    }

    public HtmlTokenKind Kind { get; private set; }

    /// <summary>Offset of the current token's first character in the input.</summary>
    public int TokenStart { get; private set; }

    /// <summary>Offset just after the current token.</summary>
    public readonly int TokenEnd => _position;

    /// <summary>Offset of the tag name, or of the content of a text, comment, doctype or CDATA token.</summary>
    public int ValueStart { get; private set; }

    public int ValueLength { get; private set; }

    /// <summary>Offset of the attribute part of a start tag (after the name, before '&gt;').</summary>
    public int AttributesStart { get; private set; }

    public int AttributesLength { get; private set; }

    /// <summary>The tag ended with "/&gt;". HTML ignores this on its own elements; it matters for SVG and custom elements.</summary>
    public bool IsSelfClosing { get; private set; }

    /// <summary>
    /// For a text token: true when character references in it are live (ordinary text, title, textarea),
    /// false for script and style content, comments and CDATA, which are literal.
    /// </summary>
    public bool TextHasReferences { get; private set; }

    /// <summary>The tag name as written (compare with <see cref="NameIs"/>).</summary>
    public readonly ReadOnlySpan<char> Name => Kind is HtmlTokenKind.StartTag or HtmlTokenKind.EndTag ? _html.Slice(ValueStart, ValueLength) : default;

    /// <summary>The raw content of a text, comment, doctype or CDATA token (character references not decoded).</summary>
    public readonly ReadOnlySpan<char> Content => Kind is HtmlTokenKind.StartTag or HtmlTokenKind.EndTag ? default : _html.Slice(ValueStart, ValueLength);

    /// <summary>The attributes of a start tag, parsed lazily.</summary>
    public readonly HtmlAttributeEnumerator Attributes => new(RawAttributes);

    public readonly ReadOnlySpan<char> RawAttributes => Kind == HtmlTokenKind.StartTag ? _html.Slice(AttributesStart, AttributesLength) : default;

    public readonly bool NameIs(string name) => Name.Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The decoded value of an attribute of the current start tag, or null.</summary>
    public readonly string? GetAttribute(string name)
        => HtmlAttributeEnumerator.TryFind(RawAttributes, name, out var raw) ? HtmlText.Decode(raw) : null;

    /// <summary>The text of a text or CDATA token, with character references decoded where they are live.</summary>
    public readonly string GetText() => TextHasReferences ? HtmlText.Decode(Content) : Content.ToString();

    /// <summary>Advances to the next token; false at the end of the input.</summary>
    public bool Read()
    {
        IsSelfClosing = false;
        TextHasReferences = false;
        AttributesStart = 0;
        AttributesLength = 0;
        if (_position >= _html.Length)
        {
            Kind = HtmlTokenKind.None;
            return false;
        }

        TokenStart = _position;
        if (_rawTextEndTag is { } endTag)
        {
            _rawTextEndTag = null;
            var end = FindRawTextEnd(endTag);
            if (end > _position)
            {
                SetValueToken(HtmlTokenKind.Text, _position, end - _position, end);
                TextHasReferences = _rawTextDecodes;
                return true;
            }
        }

        if (_html[_position] == '<' && TryReadMarkup())
        {
            return true;
        }

        ReadText();
        return true;
    }

    private void ReadText()
    {
        var start = _position;
        var scan = _position + 1;
        while (true)
        {
            var next = _html[scan..].IndexOf('<');
            if (next < 0)
            {
                scan = _html.Length;
                break;
            }

            scan += next;
            if (StartsMarkup(scan))
            {
                break;
            }

            scan++;
        }

        SetValueToken(HtmlTokenKind.Text, start, scan - start, scan);
        TextHasReferences = true;
    }

    // A '<' opens markup only before a letter, '/', '!' or '?'; anywhere else it is literal text.
    private readonly bool StartsMarkup(int at)
    {
        if (at + 1 >= _html.Length)
        {
            return false;
        }

        var c = _html[at + 1];
        return char.IsAsciiLetter(c) || c is '/' or '!' or '?';
    }

    private bool TryReadMarkup()
    {
        if (!StartsMarkup(_position))
        {
            return false;
        }

        var next = _html[_position + 1];
        if (char.IsAsciiLetter(next))
        {
            ReadTag(_position + 1, HtmlTokenKind.StartTag);
            return true;
        }

        if (next == '/')
        {
            var afterSlash = _position + 2;
            if (afterSlash < _html.Length && char.IsAsciiLetter(_html[afterSlash]))
            {
                ReadTag(afterSlash, HtmlTokenKind.EndTag);
                return true;
            }

            // "</>" is dropped and "</3" is a bogus comment; both end at the next '>'.
            ReadBogusComment(afterSlash);
            return true;
        }

        if (next == '?')
        {
            ReadBogusComment(_position + 1);
            return true;
        }

        ReadDeclaration();
        return true;
    }

    private void ReadDeclaration()
    {
        var rest = _html[(_position + 2)..];
        if (rest.StartsWith("--", StringComparison.Ordinal))
        {
            var contentStart = _position + 4;

            // "<!-->" and "<!--->" are complete (empty) comments in the spec.
            var body = _html[contentStart..];
            if (body.StartsWith(">", StringComparison.Ordinal) || body.StartsWith("->", StringComparison.Ordinal))
            {
                var skip = body[0] == '>' ? 1 : 2;
                SetValueToken(HtmlTokenKind.Comment, contentStart, 0, contentStart + skip);
                return;
            }

            var close = body.IndexOf("-->", StringComparison.Ordinal);
            if (close < 0)
            {
                SetValueToken(HtmlTokenKind.Comment, contentStart, body.Length, _html.Length);
                return;
            }

            SetValueToken(HtmlTokenKind.Comment, contentStart, close, contentStart + close + 3);
            return;
        }

        if (rest.StartsWith("[CDATA[", StringComparison.Ordinal))
        {
            var contentStart = _position + 9;
            var close = _html[contentStart..].IndexOf("]]>", StringComparison.Ordinal);
            var length = close < 0 ? _html.Length - contentStart : close;
            SetValueToken(HtmlTokenKind.CData, contentStart, length, close < 0 ? _html.Length : contentStart + close + 3);
            return;
        }

        if (rest.StartsWith("doctype", StringComparison.OrdinalIgnoreCase))
        {
            var contentStart = _position + 9;
            var close = _html[contentStart..].IndexOf('>');
            var length = close < 0 ? _html.Length - contentStart : close;
            SetValueToken(HtmlTokenKind.Doctype, contentStart, length, close < 0 ? _html.Length : contentStart + close + 1);
            return;
        }

        ReadBogusComment(_position + 2);
    }

    private void ReadBogusComment(int contentStart)
    {
        contentStart = Math.Min(contentStart, _html.Length);
        var close = _html[contentStart..].IndexOf('>');
        var length = close < 0 ? _html.Length - contentStart : close;
        SetValueToken(HtmlTokenKind.Comment, contentStart, length, close < 0 ? _html.Length : contentStart + close + 1);
    }

    private void ReadTag(int nameStart, HtmlTokenKind kind)
    {
        var position = nameStart;
        while (position < _html.Length)
        {
            var c = _html[position];
            if (HtmlAttributeScanner.IsSpace(c) || c is '/' or '>')
            {
                break;
            }

            position++;
        }

        Kind = kind;
        ValueStart = nameStart;
        ValueLength = position - nameStart;
        AttributesStart = position;

        // Walk the attributes with the same grammar the enumerator uses, so a '>' inside a quoted value does not end the tag.
        var selfClosing = false;
        while (true)
        {
            selfClosing = HtmlAttributeScanner.SkipToAttribute(_html, ref position);
            if (position >= _html.Length || _html[position] == '>')
            {
                break;
            }

            HtmlAttributeScanner.ReadAttribute(_html, ref position, out _, out _, out _, out _);
        }

        AttributesLength = position - AttributesStart;
        IsSelfClosing = selfClosing && position < _html.Length;
        _position = Math.Min(position + 1, _html.Length);

        if (kind == HtmlTokenKind.StartTag)
        {
            EnterRawTextIfNeeded();
        }
    }

    private void EnterRawTextIfNeeded()
    {
        var name = Name;
        foreach (var rawTag in HtmlTags.RawTextElements)
        {
            if (name.Equals(rawTag, StringComparison.OrdinalIgnoreCase))
            {
                _rawTextEndTag = rawTag;
                _rawTextDecodes = HtmlTags.IsEscapableRawText(rawTag);
                return;
            }
        }
    }

    // The content of a raw-text element ends at "</name" followed by whitespace, '/', '>' or the end of input.
    private readonly int FindRawTextEnd(string endTag)
    {
        var scan = _position;
        while (scan < _html.Length)
        {
            var next = _html[scan..].IndexOf("</", StringComparison.Ordinal);
            if (next < 0)
            {
                return _html.Length;
            }

            scan += next;
            var nameStart = scan + 2;
            var nameEnd = nameStart + endTag.Length;
            if (nameEnd <= _html.Length
                && _html.Slice(nameStart, endTag.Length).Equals(endTag, StringComparison.OrdinalIgnoreCase)
                && (nameEnd == _html.Length || HtmlAttributeScanner.IsSpace(_html[nameEnd]) || _html[nameEnd] is '/' or '>'))
            {
                return scan;
            }

            scan += 2;
        }

        return _html.Length;
    }

    private void SetValueToken(HtmlTokenKind kind, int valueStart, int valueLength, int end)
    {
        Kind = kind;
        ValueStart = valueStart;
        ValueLength = valueLength;
        _position = end;
    }
}
