using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsTrace.Text;

/// <summary>
/// Web addresses and e-mail addresses in running text: a URL with a scheme or "www.", a bare "word.tld" domain with a
/// known top-level domain, and "local@domain" addresses, each read as one token so that their dots end no sentence.
/// </summary>
internal static partial class TokenScanner
{
    /// <summary>Characters a URL does not contain when it is written in running text.</summary>
    private static readonly SearchValues<char> UrlStops = SearchValues.Create(" \t\r\n\"<>`{}|\\^'«»„“”‘’‹›‚‛‟\u00A0\u2028\u2029");

    /// <summary>Characters that may continue a word into an e-mail address ("j.smith@", "a-b@", "x_y@", "a+b@").</summary>
    private static readonly SearchValues<char> EmailContinuations = SearchValues.Create("@._+-");

    private static readonly SearchValues<char> EmailLocalChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-_");

    /// <summary>Top-level domains that make "word.tld" a web address even without "www." or a scheme.</summary>
    private static readonly string[] BareDomainSuffixes =
        ["com", "org", "net", "gov", "edu", "int", "mil", "info", "io", "ru", "su", "uk", "de", "fr", "eu", "ua", "cn", "jp", "kr", "by", "kz"];

    /// <summary>A cheap test for "htt" or "www" (any case) before the full URL check, which most words starting with h or w fail.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayStartUrl(ReadOnlySpan<char> text, int start)
    {
        if (start + 3 >= text.Length)
        {
            return false;
        }

        var first = text[start] | 0x20;
        var second = text[start + 1] | 0x20;
        var third = text[start + 2] | 0x20;
        return (first == 'h' && second == 't' && third == 't') || (first == 'w' && second == 'w' && third == 'w');
    }

    /// <summary>With "word" before the period at <paramref name="dot"/>, the end of "word.label.tld" when the last label is a known top-level domain, or 0.</summary>
    private static int ScanBareDomain(ReadOnlySpan<char> text, int dot)
    {
        var end = 0;
        var labelStart = 0;
        var p = dot;
        while (p + 1 < text.Length && text[p] == '.' && char.IsAsciiLetterOrDigit(text[p + 1]))
        {
            labelStart = p + 1;
            p = labelStart;
            while (p < text.Length && (char.IsAsciiLetterOrDigit(text[p]) || text[p] == '-'))
            {
                p++;
            }

            end = p;
        }

        if (end == 0 || CharClasses.IsWordAt(text, end) || !IsBareDomainSuffix(text[labelStart..end]))
        {
            return 0;
        }

        // "kremlin.ru/events/president" keeps its path.
        return end < text.Length && text[end] == '/' ? TrimUrlEnd(text, labelStart, ScanUrlBody(text, end)) : end;
    }

    private static bool IsBareDomainSuffix(ReadOnlySpan<char> label)
    {
        foreach (var suffix in BareDomainSuffixes)
        {
            if (label.SequenceEqual(suffix))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryScanUrl(ReadOnlySpan<char> text, int start, out int end)
    {
        var rest = text[start..];
        int bodyStart;
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            bodyStart = start + 8;
        }
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            bodyStart = start + 7;
        }
        else if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && CharClasses.IsWordAt(text, start + 4))
        {
            bodyStart = start + 4;
        }
        else
        {
            end = 0;
            return false;
        }

        end = TrimUrlEnd(text, bodyStart, ScanUrlBody(text, bodyStart));
        return end > bodyStart;
    }

    private static int ScanUrlBody(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (UrlStops.Contains(c))
            {
                break;
            }

            var cls = CharClasses.At(text, i, out var width);
            if (cls == CharClass.Skip || (c >= 0x80 && (cls & (CharClass.Word | CharClass.Symbol)) == 0))
            {
                // Non-ASCII letters are fine in an address; non-ASCII punctuation ("—", "…") ends it.
                break;
            }

            i += width;
        }

        return i;
    }

    /// <summary>Gives back sentence punctuation and unbalanced closing brackets that follow a URL in prose.</summary>
    private static int TrimUrlEnd(ReadOnlySpan<char> text, int bodyStart, int end)
    {
        var url = text[bodyStart..end];
        var unbalancedParens = url.Count(')') - url.Count('(');
        var unbalancedBrackets = url.Count(']') - url.Count('[');
        while (end > bodyStart)
        {
            var last = text[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?')
            {
                end--;
            }
            else if (last == ')' && unbalancedParens > 0)
            {
                unbalancedParens--;
                end--;
            }
            else if (last == ']' && unbalancedBrackets > 0)
            {
                unbalancedBrackets--;
                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool TryScanEmail(ReadOnlySpan<char> text, int start, out int end)
    {
        end = 0;
        var at = start;
        while (at < text.Length && EmailLocalChars.Contains(text[at]))
        {
            at++;
        }

        if (at == start || at >= text.Length || text[at] != '@' || text[at - 1] == '.')
        {
            return false;
        }

        var p = at + 1;
        while (p < text.Length && (char.IsAsciiLetterOrDigit(text[p]) || (text[p] is '-' or '.' && text[p - 1] is not ('.' or '@'))))
        {
            p++;
        }

        while (p > at + 1 && text[p - 1] is '.' or '-')
        {
            p--;
        }

        // The last label is the top-level domain: two letters or more, after a real dot.
        var lastDot = text[(at + 1)..p].LastIndexOf('.') + at + 1;
        if (lastDot == at || lastDot >= p - 2)
        {
            return false;
        }

        for (var i = lastDot + 1; i < p; i++)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                return false;
            }
        }

        end = p;
        return !CharClasses.IsWordAt(text, end);
    }
}
