using System.Text;

namespace NewsTrace.Extraction.Decoding;

/// <summary>Recognises a byte-order mark, which settles the encoding before anything else.</summary>
internal static class ByteOrderMark
{
    /// <summary>The encoding a BOM names and the BOM's length, or null when there is none.</summary>
    public static (Encoding Encoding, int Length)? Detect(ReadOnlySpan<byte> content)
    {
        // UTF-32 LE must be tested before UTF-16 LE: its BOM starts with the same two bytes.
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false), 4);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: false), 4);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false), 3);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false), 2);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false), 2);
        }

        return null;
    }
}
