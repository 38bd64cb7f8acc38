using System.Text;
using NewsTrace.Extraction.Html;

namespace NewsTrace.Extraction.Decoding;

/// <summary>
/// The HTML spec's encoding prescan, simplified: the first <c>&lt;meta charset&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c> within the first 4 KB.
/// </summary>
internal static class HtmlCharsetPrescan
{
    public const int PrescanBytes = 4096;

    /// <summary>The charset label the page declares, or null.</summary>
    public static string? FindDeclaredCharset(ReadOnlySpan<byte> content)
    {
        // Latin-1 maps every byte to one char, so the markup (ASCII in every encoding a meta tag can declare) reads as-is.
        var head = Encoding.Latin1.GetString(content[..Math.Min(content.Length, PrescanBytes)]);
        var tokenizer = new HtmlTokenizer(head);
        while (tokenizer.Read())
        {
            if (tokenizer.Kind != HtmlTokenKind.StartTag || !tokenizer.NameIs("meta"))
            {
                continue;
            }

            if (tokenizer.GetAttribute("charset") is { } charset && charset.Trim().Length > 0)
            {
                return charset.Trim();
            }

            var httpEquiv = tokenizer.GetAttribute("http-equiv");
            if (httpEquiv is not null
                && httpEquiv.Trim().Equals("content-type", StringComparison.OrdinalIgnoreCase)
                && tokenizer.GetAttribute("content") is { } contentType
                && CharsetFromContentType(contentType) is { } fromContent)
            {
                return fromContent;
            }
        }

        return null;
    }

    /// <summary>The charset parameter of a MIME type such as "text/html; charset=utf-8", or null.</summary>
    public static string? CharsetFromContentType(string contentType)
    {
        var at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = contentType.AsSpan(at + "charset".Length).TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return null;
        }

        rest = rest[1..].TrimStart().TrimStart("\"'");
        var end = rest.IndexOfAny(";\"' \t");
        var value = (end < 0 ? rest : rest[..end]).Trim();
        return value.IsEmpty ? null : value.ToString();
    }
}
