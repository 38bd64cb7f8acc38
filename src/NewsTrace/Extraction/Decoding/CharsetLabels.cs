using System.Text;

namespace NewsTrace.Extraction.Decoding;

/// <summary>Maps charset labels from headers and meta tags to encodings the way browsers do (the WHATWG Encoding Standard).</summary>
internal static class CharsetLabels
{
    /// <summary>The encoding for a label, or null when the label is unknown or cannot be used for a page.</summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        // A whole Content-Type value ("text/html; charset=utf-8") is sometimes passed where a label is expected.
        var value = label.Contains("charset", StringComparison.OrdinalIgnoreCase) ? HtmlCharsetPrescan.CharsetFromContentType(label) ?? label : label;
        var name = value.Trim().Trim('"', '\'', ';', ' ').Trim().ToLowerInvariant();
        name = name switch
        {
            // Browsers read these Latin-1 labels as windows-1252: pages that say "iso-8859-1" routinely use its 0x80-0x9F punctuation.
            "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso_8859-1" or "cp1252" or "x-user-defined" => "windows-1252",
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "gb2312" or "x-gbk" or "gbk" => "gb18030",
            "cp1251" or "x-cp1251" => "windows-1251",
            "koi8r" or "koi" or "koi8" => "koi8-r",

            // Browsers refuse UTF-7 (it can smuggle markup past filters), and .NET has disabled it.
            "utf-7" or "utf7" or "unicode-1-1-utf-7" or "csunicode11utf7" => "",
            "euc-kr" or "ks_c_5601-1987" => "ks_c_5601-1987",
            _ => name,
        };

        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The lower-case web name of an encoding ("utf-8", "windows-1251").</summary>
    public static string NameOf(Encoding encoding) => encoding.WebName.ToLowerInvariant();

    public static bool IsUtf16(Encoding encoding) => encoding.CodePage is 1200 or 1201;

    /// <summary>An encoding with one byte per character, in which well-formed multi-byte UTF-8 almost never occurs by chance.</summary>
    public static bool IsSingleByte(Encoding encoding) => encoding.IsSingleByte;
}
