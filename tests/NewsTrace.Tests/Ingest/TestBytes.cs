using System.IO.Compression;
using System.Text;

namespace NewsTrace.Tests.Ingest;

/// <summary>Byte helpers for building fixtures: gzip members and UTF-8.</summary>
internal static class TestBytes
{
    /// <summary>
    /// A complete gzip member holding zero bytes (header, empty final deflate block, CRC 0, length 0).
    /// GZipStream writes nothing at all for empty input, so this is spelled out.
    /// </summary>
    public static byte[] EmptyGzipMember => [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }

    public static byte[] Gzip(string content) => Gzip(Utf8(content));

    public static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(part => part)];

    /// <summary>Text with enough variety that it does not compress to a handful of bytes.</summary>
    public static string VariedText(int sentences)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            builder.Append("Paragraph ").Append(i).Append(" of the council report mentions budget line ").Append(i * 7919 % 1000).Append(".\n");
        }

        return builder.ToString();
    }
}
