namespace NewsTrace.Ingest;

/// <summary>
/// Magic numbers of common binary files, so a stray image or PDF in an input directory gets a clear
/// "binary file (PNG image)" error instead of a page of mojibake. Only signatures that no text file starts with.
/// </summary>
internal static class BinarySignatures
{
    private static readonly (byte[] Magic, int Offset, string Kind)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], 0, "PNG image"),
        ([0xFF, 0xD8, 0xFF], 0, "JPEG image"),
        ("GIF87a"u8.ToArray(), 0, "GIF image"),
        ("GIF89a"u8.ToArray(), 0, "GIF image"),
        ("WEBP"u8.ToArray(), 8, "WebP image"),
        ("%PDF-"u8.ToArray(), 0, "PDF document"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], 0, "ZIP archive"),
        ([(byte)'P', (byte)'K', 0x05, 0x06], 0, "ZIP archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], 0, "ELF executable"),
        ("SQLite format 3\0"u8.ToArray(), 0, "SQLite database"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, "Microsoft Office document"),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00], 0, "xz archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], 0, "7-Zip archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], 0, "Zstandard archive"),
        ([(byte)'B', (byte)'Z', (byte)'h'], 0, "bzip2 archive"),
        ([(byte)'R', (byte)'a', (byte)'r', (byte)'!', 0x1A, 0x07], 0, "RAR archive"),
        ([0x00, (byte)'a', (byte)'s', (byte)'m'], 0, "WebAssembly module"),
        ("ftyp"u8.ToArray(), 4, "MP4 video"),
        ("OggS"u8.ToArray(), 0, "Ogg media"),
        ("wOFF"u8.ToArray(), 0, "WOFF font"),
        ("wOF2"u8.ToArray(), 0, "WOFF2 font"),

        // A tar header names its format at offset 257; seen after gunzipping a .tar.gz.
        ("ustar"u8.ToArray(), 257, "tar archive"),
    ];

    /// <summary>The kind of binary file the bytes start with, or null when none is recognised.</summary>
    public static string? Identify(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, offset, kind) in Signatures)
        {
            if (head.Length >= offset + magic.Length && head.Slice(offset, magic.Length).SequenceEqual(magic))
            {
                // "BZh" is plain text unless a block-size digit and the block magic follow.
                if (kind == "bzip2 archive" && !(head.Length >= 10 && head[3] is >= (byte)'1' and <= (byte)'9' && head[4] == 0x31 && head[5] == 0x41))
                {
                    continue;
                }

                return kind;
            }
        }

        return null;
    }
}
