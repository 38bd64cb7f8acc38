using System.Net;

namespace NewsTrace.Extraction.Html;

/// <summary>Character-reference decoding that allocates only the result, and only decodes when a '&amp;' is present.</summary>
public static class HtmlText
{
    public static string Decode(ReadOnlySpan<char> raw)
    {
        if (raw.IsEmpty)
        {
            return "";
        }

        var text = raw.ToString();
        return raw.Contains('&') ? WebUtility.HtmlDecode(text) : text;
    }
}
