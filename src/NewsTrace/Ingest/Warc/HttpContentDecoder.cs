using System.IO.Compression;
using NewsTrace.Ingest.Compression;

namespace NewsTrace.Ingest.Warc;

/// <summary>Undoes HTTP Content-Encoding (gzip, deflate, br) on a stored body, within the size limit.</summary>
internal static class HttpContentDecoder
{
    /// <summary>Decodes <paramref name="body"/>; the error says why it could not be, or null on success.</summary>
    public static byte[]? Decode(byte[] body, string? contentEncoding, long limit, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(contentEncoding))
        {
            return body;
        }

        // Codings are listed in the order they were applied; undo them last first.
        var codings = contentEncoding.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var current = body;
        for (var i = codings.Length - 1; i >= 0; i--)
        {
            var coding = codings[i].ToLowerInvariant();
            if (coding is "identity" or "none")
            {
                continue;
            }

            if (coding is not ("gzip" or "x-gzip" or "deflate" or "br"))
            {
                error = $"unsupported HTTP Content-Encoding '{codings[i]}'";
                return null;
            }

            // Crawlers often store the body already decoded while keeping the header; leave such bodies as they are.
            if (coding is "gzip" or "x-gzip" && !GzipReadStream.HasGzipMagic(current))
            {
                continue;
            }

            try
            {
                using var stream = Open(coding, current);
                var decoded = InputLimits.ReadAtMost(stream, limit);
                if (decoded is null)
                {
                    error = InputLimits.MoreThan($"the decompressed HTTP body ({coding})", limit);
                    return null;
                }

                current = decoded;
            }
            catch (Exception ex) when (ex is InvalidDataException or InputReadException or IOException)
            {
                error = $"the HTTP body (Content-Encoding: {codings[i]}) could not be decoded: {ex.Message}";
                return null;
            }
        }

        return current;
    }

    private static Stream Open(string coding, byte[] body)
    {
        var input = new MemoryStream(body, writable: false);
        return coding switch
        {
            "gzip" or "x-gzip" => new GzipReadStream(input),
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            _ => HasZlibHeader(body) ? new ZLibStream(input, CompressionMode.Decompress) : new DeflateStream(input, CompressionMode.Decompress),
        };
    }

    // "deflate" should be zlib-wrapped, but some servers send raw deflate.
    private static bool HasZlibHeader(byte[] body) =>
        body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0;
}
