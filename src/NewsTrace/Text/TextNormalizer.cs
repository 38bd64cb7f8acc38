using System.Buffers;
using System.Text;

namespace NewsTrace.Text;

/// <summary>
/// Puts extracted text into the one form every later stage assumes: Unicode NFC, "\n" line endings, and no invisible junk.
/// Normalise once, before a <see cref="Documents.Document"/> is built, because every span indexes the text it was built on.
/// </summary>
public static class TextNormalizer
{
    private static readonly SearchValues<char> InvisibleJunk = SearchValues.Create("\uFEFF\u200B\u2060\u00AD");

    /// <summary>Applies <see cref="RemoveInvisibleJunk"/>, <see cref="NormalizeLineEndings"/> and <see cref="ToNfc"/>, in that order.</summary>
    public static string Normalize(string text) => ToNfc(NormalizeLineEndings(RemoveInvisibleJunk(text)));

    /// <summary>
    /// Composes to NFC ("e" + combining acute becomes "é"), so the same word always has the same code units. Returns the same
    /// instance when the text is already NFC, which is the common case. Lone surrogates (invalid UTF-16) and U+FFFE and
    /// U+FFFF (noncharacters; U+FFFE is a byte-swapped byte-order mark), which NFC rejects with an exception, become U+FFFD first.
    /// </summary>
    public static string ToNfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasLoneSurrogate(text) && !text.AsSpan().ContainsAny('\uFFFE', '\uFFFF'))
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }

        var repaired = ReplaceInvalidCodePoints(text);
        return repaired.IsNormalized(NormalizationForm.FormC) ? repaired : repaired.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Turns "\r\n" and lone "\r" into "\n". Returns the same instance when there is no "\r".</summary>
    public static string NormalizeLineEndings(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.IndexOf('\r', StringComparison.Ordinal);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\r')
            {
                builder.Append(c);
                continue;
            }

            builder.Append('\n');
            if (i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Removes characters that are invisible and carry no meaning in news text but break matching: byte-order marks
    /// (U+FEFF, anywhere, as concatenated files leave them mid-text), zero-width spaces (U+200B), word joiners (U+2060)
    /// and soft hyphens (U+00AD). Zero-width (non-)joiners are kept: they change how emoji and some scripts render.
    /// Returns the same instance when there is nothing to remove.
    /// </summary>
    public static string RemoveInvisibleJunk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().IndexOfAny(InvisibleJunk);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (!IsInvisibleJunk(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>True for the characters <see cref="RemoveInvisibleJunk"/> removes.</summary>
    public static bool IsInvisibleJunk(char c) => c is '\uFEFF' or '\u200B' or '\u2060' or '\u00AD';

    private static bool HasLoneSurrogate(string text)
    {
        var surrogate = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        return surrogate >= 0 && HasLoneSurrogateAfter(text, surrogate);
    }

    private static bool HasLoneSurrogateAfter(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string ReplaceInvalidCodePoints(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || chars[i] is '\uFFFE' or '\uFFFF')
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
