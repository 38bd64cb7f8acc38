namespace NewsTrace.Extraction.Html;

/// <summary>
/// The attribute grammar of the HTML spec's tag states, shared by the tokenizer (to find where a tag ends)
/// and by <see cref="HtmlAttributeEnumerator"/> (to read attributes lazily). Positions are relative to the span given.
/// </summary>
internal static class HtmlAttributeScanner
{
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>Skips whitespace and stray slashes; stops on an attribute name, on '&gt;' or at the end.</summary>
    /// <returns>True when the last character skipped was a '/', which makes a following '&gt;' self-closing.</returns>
    public static bool SkipToAttribute(ReadOnlySpan<char> tag, ref int position)
    {
        var slash = false;
        while (position < tag.Length)
        {
            var c = tag[position];
            if (c == '/')
            {
                slash = true;
            }
            else if (IsSpace(c))
            {
                slash = false;
            }
            else
            {
                break;
            }

            position++;
        }

        return slash;
    }

    /// <summary>Reads one attribute starting at <paramref name="position"/>, which must be on its name's first character.</summary>
    public static void ReadAttribute(ReadOnlySpan<char> tag, ref int position, out int nameStart, out int nameLength, out int valueStart, out int valueLength)
    {
        nameStart = position;

        // A name may begin with '=' (the spec keeps it as part of the name); after that '=' ends the name.
        position++;
        while (position < tag.Length)
        {
            var c = tag[position];
            if (IsSpace(c) || c is '/' or '>' or '=')
            {
                break;
            }

            position++;
        }

        nameLength = position - nameStart;
        valueStart = position;
        valueLength = 0;

        var afterName = position;
        while (afterName < tag.Length && IsSpace(tag[afterName]))
        {
            afterName++;
        }

        if (afterName >= tag.Length || tag[afterName] != '=')
        {
            return;
        }

        position = afterName + 1;
        while (position < tag.Length && IsSpace(tag[position]))
        {
            position++;
        }

        if (position >= tag.Length)
        {
            valueStart = position;
            return;
        }

        var quote = tag[position];
        if (quote is '"' or '\'')
        {
            valueStart = position + 1;
            var close = tag[valueStart..].IndexOf(quote);
            if (close < 0)
            {
                // An unclosed quote runs to the end of the input, as in a browser.
                valueLength = tag.Length - valueStart;
                position = tag.Length;
                return;
            }

            valueLength = close;
            position = valueStart + close + 1;
            return;
        }

        valueStart = position;
        while (position < tag.Length)
        {
            var c = tag[position];
            if (IsSpace(c) || c == '>')
            {
                break;
            }

            position++;
        }

        valueLength = position - valueStart;
    }
}
