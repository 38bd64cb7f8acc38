using System.Globalization;
using System.Text;

namespace NewsTrace.Ingest.Warc;

/// <summary>The status line and header fields of an HTTP response stored in a WARC response record.</summary>
internal sealed record HttpResponseHead(int Status, IReadOnlyDictionary<string, string> Headers)
{
    public string? this[string name] => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The status code from the first line ("HTTP/1.1 200 OK"), or null when it is not an HTTP status line.</summary>
    public static int? ParseStatus(ReadOnlySpan<byte> block)
    {
        var newline = block.IndexOf((byte)'\n');
        var line = Encoding.Latin1.GetString(newline < 0 ? block : block[..newline]).Trim();
        if (!line.StartsWith("HTTP/", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : null;
    }

    /// <summary>Parses the head (everything before the blank line); header names are case-insensitive, the first occurrence wins.</summary>
    public static HttpResponseHead Parse(ReadOnlySpan<byte> head)
    {
        var lines = Encoding.Latin1.GetString(head).Split('\n');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? previous = null;
        foreach (var rawLine in lines.AsSpan(1))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] is ' ' or '\t' && previous is not null)
            {
                headers[previous] = headers[previous] + " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue; // a stray line in a stored header block says nothing useful
            }

            var name = line[..colon].Trim();
            if (headers.TryAdd(name, line[(colon + 1)..].Trim()))
            {
                previous = name;
            }
        }

        return new HttpResponseHead(ParseStatus(head) ?? 0, headers);
    }
}
