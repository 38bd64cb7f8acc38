namespace NewsTrace.Ingest.Warc;

/// <summary>A Content-Type header value: the lower-cased media type and the charset parameter, if any.</summary>
internal readonly record struct ContentTypeHeader(string MediaType, string? Charset)
{
    public static ContentTypeHeader? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var parts = value.Split(';');
        string? charset = null;
        foreach (var parameter in parts.AsSpan(1))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && parameter[..equals].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var name = parameter[(equals + 1)..].Trim().Trim('"', '\'').Trim();
                charset = name.Length == 0 ? null : name;
            }
        }

        return new ContentTypeHeader(parts[0].Trim().ToLowerInvariant(), charset);
    }

    /// <summary>The article format for this media type: Html or Text; null for anything that is not an article.</summary>
    public InputFormat? ArticleFormat => MediaType switch
    {
        "text/html" or "application/xhtml+xml" => InputFormat.Html,
        "text/plain" => InputFormat.Text,
        _ => null,
    };
}
