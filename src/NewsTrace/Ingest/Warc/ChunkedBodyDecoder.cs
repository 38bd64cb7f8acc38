using System.Globalization;
using System.Text;

namespace NewsTrace.Ingest.Warc;

/// <summary>Removes HTTP/1.1 chunked transfer coding ("1a\r\n...\r\n0\r\n\r\n") from a stored response body.</summary>
internal static class ChunkedBodyDecoder
{
    /// <summary>
    /// Decodes the body; false when it is not chunked after all (some crawlers store bodies already de-chunked
    /// but keep the header) or when it ends inside a chunk.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> body, out byte[] decoded)
    {
        decoded = [];
        using var output = new MemoryStream(body.Length);
        var position = 0;
        while (true)
        {
            var lineEnd = body[position..].IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                return false;
            }

            var sizeText = Encoding.ASCII.GetString(body.Slice(position, lineEnd)).TrimEnd('\r');
            var extension = sizeText.IndexOf(';', StringComparison.Ordinal);
            if (extension >= 0)
            {
                sizeText = sizeText[..extension];
            }

            sizeText = sizeText.Trim();
            if (sizeText.Length is 0 or > 8 || !int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size))
            {
                return false;
            }

            position += lineEnd + 1;
            if (size == 0)
            {
                decoded = output.ToArray();
                return true;
            }

            if (size > body.Length - position)
            {
                return false;
            }

            output.Write(body.Slice(position, size));
            position += size;
            if (body[position..].StartsWith("\r\n"u8))
            {
                position += 2;
            }
            else if (body[position..].StartsWith("\n"u8))
            {
                position += 1;
            }
            else
            {
                return false;
            }
        }
    }
}
