using System.Globalization;
using System.Text;

namespace NewsTrace.Tests.Ingest;

/// <summary>Builds WARC records and stored HTTP responses for tests.</summary>
internal static class WarcFixture
{
    public static byte[] Record(string type, string? uri, byte[] block, string? contentType, params string[] extraHeaders)
    {
        var header = new StringBuilder();
        header.Append("WARC/1.1\r\n");
        header.Append("WARC-Type: ").Append(type).Append("\r\n");
        header.Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n");
        header.Append("WARC-Date: 2024-03-01T10:15:00Z\r\n");
        if (uri is not null)
        {
            header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        }

        if (contentType is not null)
        {
            header.Append("Content-Type: ").Append(contentType).Append("\r\n");
        }

        foreach (var extra in extraHeaders)
        {
            header.Append(extra).Append("\r\n");
        }

        header.Append("Content-Length: ").Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        return TestBytes.Concat(Encoding.UTF8.GetBytes(header.ToString()), block, "\r\n\r\n"u8.ToArray());
    }

    public static byte[] Response(string uri, byte[] httpMessage) =>
        Record("response", uri, httpMessage, "application/http; msgtype=response");

    public static byte[] Http(int status, string? contentType, byte[] body, params string[] headers)
    {
        var head = new StringBuilder();
        head.Append("HTTP/1.1 ").Append(status.ToString(CultureInfo.InvariantCulture)).Append(status == 200 ? " OK" : " Other").Append("\r\n");
        if (contentType is not null)
        {
            head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        }

        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("\r\n");
        return TestBytes.Concat(Encoding.ASCII.GetBytes(head.ToString()), body);
    }

    /// <summary>Chunked transfer coding of <paramref name="body"/> in chunks of <paramref name="chunkSize"/> bytes.</summary>
    public static byte[] Chunked(byte[] body, int chunkSize)
    {
        using var output = new MemoryStream();
        for (var offset = 0; offset < body.Length; offset += chunkSize)
        {
            var size = Math.Min(chunkSize, body.Length - offset);
            output.Write(Encoding.ASCII.GetBytes(size.ToString("x", CultureInfo.InvariantCulture) + "\r\n"));
            output.Write(body, offset, size);
            output.Write("\r\n"u8);
        }

        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }
}
