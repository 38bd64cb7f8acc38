using System.Text;

namespace NewsTrace.Ingest;

/// <summary>
/// Decides the format of an input for <see cref="InputFormat.Auto"/>: first by file extension, then by sniffing
/// the first bytes. Anything unrecognised is read as <see cref="InputFormat.Text"/>.
/// </summary>
internal static class FormatDetector
{
    private static readonly string[] HtmlStarts =
        ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--", "<article", "<div", "<p>", "<p "];

    public static DetectedFormat Detect(string fileName, ReadOnlySpan<byte> head)
    {
        var name = Path.GetFileName(fileName).ToLowerInvariant();
        var extension = Path.GetExtension(name);
        switch (extension)
        {
            case ".html" or ".htm" or ".xhtml" or ".shtml":
                return new(InputFormat.Html);
            case ".txt" or ".text" or ".md":
                return new(InputFormat.Text);
            case ".jsonl" or ".ndjson":
                return new(InputFormat.Jsonl);
            case ".json":
                return LooksLikeJsonLines(head)
                    ? new(InputFormat.Jsonl)
                    : new(InputFormat.Auto, "a JSON document that is not JSON Lines (one object per line); convert it, e.g. with jq -c '.[]'");
            case ".warc":
                return new(InputFormat.Warc);
            case ".arc":
                return ArcUnsupported();
            case ".rss" or ".atom":
                return new(InputFormat.Feed);
            default:
                return Sniff(head);
        }
    }

    /// <summary>Decides from content alone (stdin, unknown extensions, .xml files).</summary>
    public static DetectedFormat Sniff(ReadOnlySpan<byte> head)
    {
        var text = SkipBomAndWhitespace(head);
        if (text.StartsWith("WARC/1."u8))
        {
            return new(InputFormat.Warc);
        }

        if (text.StartsWith("filedesc://"u8))
        {
            return ArcUnsupported();
        }

        if (text.Length > 0 && text[0] == (byte)'{' && LooksLikeJsonLines(head))
        {
            return new(InputFormat.Jsonl);
        }

        if (text.Length == 0 || text[0] != (byte)'<')
        {
            return new(InputFormat.Text);
        }

        var root = FirstElementName(text);
        if (root is "rss" or "feed" or "rdf:rdf")
        {
            return new(InputFormat.Feed);
        }

        if (root is "html")
        {
            return new(InputFormat.Html);
        }

        var lower = Encoding.ASCII.GetString(text[..Math.Min(text.Length, 32)]).ToLowerInvariant();
        foreach (var start in HtmlStarts)
        {
            if (lower.StartsWith(start, StringComparison.Ordinal))
            {
                return new(InputFormat.Html);
            }
        }

        return new(InputFormat.Text);
    }

    /// <summary>True when the content starts like a web page (used for WARC records without a Content-Type).</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> head) => Sniff(head).Format == InputFormat.Html;

    /// <summary>A JSON object on the first line (or a first line longer than the sniffed bytes), not a pretty-printed document.</summary>
    public static bool LooksLikeJsonLines(ReadOnlySpan<byte> head)
    {
        var text = SkipBomAndWhitespace(head);
        if (text.Length == 0 || text[0] != (byte)'{')
        {
            return false;
        }

        var newline = text.IndexOf((byte)'\n');
        if (newline < 0)
        {
            return true;
        }

        var firstLine = text[..newline].TrimEnd("\r \t"u8);
        return firstLine.Length > 1 && firstLine[^1] == (byte)'}';
    }

    private static DetectedFormat ArcUnsupported() =>
        new(InputFormat.Auto, "ARC archives (the format before WARC) are not supported; convert the file to WARC first");

    private static ReadOnlySpan<byte> SkipBomAndWhitespace(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        return head.TrimStart(" \t\r\n"u8);
    }

    /// <summary>The lower-cased name of the first element, skipping the XML declaration, comments and a doctype.</summary>
    private static string? FirstElementName(ReadOnlySpan<byte> text)
    {
        var position = 0;
        while (true)
        {
            var open = text[position..].IndexOf((byte)'<');
            if (open < 0)
            {
                return null;
            }

            position += open + 1;
            if (position >= text.Length)
            {
                return null;
            }

            var next = text[position];
            if (next is (byte)'?' or (byte)'!')
            {
                if (next == (byte)'!' && text[position..].StartsWith("!--"u8))
                {
                    var close = text[position..].IndexOf("-->"u8);
                    if (close < 0)
                    {
                        return null;
                    }

                    position += close + 3;
                    continue;
                }

                if (next == (byte)'!' && IsDoctypeHtml(text[position..]))
                {
                    return "html";
                }

                continue;
            }

            var nameEnd = position;
            while (nameEnd < text.Length && text[nameEnd] is not ((byte)' ' or (byte)'>' or (byte)'/' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                nameEnd++;
            }

            return Encoding.ASCII.GetString(text[position..nameEnd]).ToLowerInvariant();
        }
    }

    private static bool IsDoctypeHtml(ReadOnlySpan<byte> declaration)
    {
        var length = Math.Min(declaration.Length, 14);
        var start = Encoding.ASCII.GetString(declaration[..length]).ToLowerInvariant();
        return start.StartsWith("!doctype html", StringComparison.Ordinal);
    }
}
