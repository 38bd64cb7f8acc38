using System.Globalization;
using System.Text;
using NewsTrace.Documents;

namespace NewsTrace.Ingest.Warc;

/// <summary>
/// Reads WARC 1.0 / 1.1 files record by record in bounded memory (a .warc.gz with one gzip member per record
/// arrives here already as one continuous decompressed stream). Emits <c>response</c> records with HTTP status
/// 200 and an HTML or plain-text body, and <c>resource</c> records of those types; every other record
/// (request, metadata, warcinfo, revisit, redirects, images...) is skipped and reported through the callback.
/// A corrupt record becomes an <see cref="InputError"/> and reading resumes at the next "WARC/1." line.
/// Record sources are "path#n", n counting the article records (emitted or failed) from 1.
/// </summary>
internal sealed class WarcReader(long maxRecordBytes, Action recordSkipped)
{
    private const int MaxHeaderLineBytes = 64 * 1024;
    private const int MaxHeaderLines = 1000;
    private const int MaxHttpHeadBytes = 64 * 1024;

    public IEnumerable<IngestItem> Read(Stream stream, string source, CancellationToken cancellationToken)
    {
        var reader = new BufferedByteReader(stream);
        var number = 0;
        string? versionLine = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            versionLine ??= NextNonBlankLine(reader);
            if (versionLine is null)
            {
                yield break;
            }

            string? corruption = null;
            Dictionary<string, string>? headers = null;
            var length = 0L;
            if (!versionLine.StartsWith("WARC/1.", StringComparison.Ordinal))
            {
                corruption = $"not a WARC record: expected a 'WARC/1.0' or 'WARC/1.1' line, found '{Shorten(versionLine)}'";
            }
            else if ((headers = ReadHeaders(reader, out corruption)) is not null && !TryContentLength(headers, out length))
            {
                corruption = "the record has no valid Content-Length header";
            }

            versionLine = null;
            if (corruption is not null)
            {
                number++;
                versionLine = Resync(reader);
                var outcome = versionLine is null ? "no further record was found, so the rest of the file was skipped" : "skipped to the next record";
                yield return new InputError(RecordSource(source, number), $"corrupt WARC record: {corruption}; {outcome}");
                if (versionLine is null)
                {
                    yield break;
                }

                continue;
            }

            var item = ReadRecord(reader, headers!, length, source, ref number, out var endOfFile);
            if (item is not null)
            {
                yield return item;
            }

            if (endOfFile)
            {
                yield break;
            }
        }
    }

    private IngestItem? ReadRecord(BufferedByteReader reader, Dictionary<string, string> headers, long length, string source, ref int number, out bool endOfFile)
    {
        endOfFile = false;
        var type = headers.GetValueOrDefault("WARC-Type", "").Trim().ToLowerInvariant();
        var recordType = ContentTypeHeader.Parse(headers.GetValueOrDefault("Content-Type"));
        if (type == "resource" && recordType?.ArticleFormat is { } resourceFormat)
        {
            if (length > maxRecordBytes)
            {
                return SkipTooLarge(reader, length, length, source, ref number, out endOfFile);
            }

            number++;
            var block = new byte[length];
            if (reader.ReadBlock(block) < length)
            {
                endOfFile = true;
                return new InputError(RecordSource(source, number), $"the file ends inside this record (expected {length} bytes)");
            }

            return Emit(block, resourceFormat, recordType.Value.Charset, headers, [], RecordSource(source, number));
        }

        if (type == "response" && (recordType is null || recordType.Value.MediaType == "application/http"))
        {
            return ReadResponse(reader, headers, length, source, ref number, out endOfFile);
        }

        return SkipRecord(reader, length, source, type, out endOfFile);
    }

    private IngestItem? ReadResponse(BufferedByteReader reader, Dictionary<string, string> headers, long length, string source, ref int number, out bool endOfFile)
    {
        endOfFile = false;
        var headBytes = new byte[(int)Math.Min(length, MaxHttpHeadBytes)];
        var got = reader.ReadBlock(headBytes);
        if (got < headBytes.Length)
        {
            number++;
            endOfFile = true;
            return new InputError(RecordSource(source, number), $"the file ends inside this record (expected {length} bytes)");
        }

        var rest = length - got;
        var status = HttpResponseHead.ParseStatus(headBytes);
        var headEnd = FindHeadEnd(headBytes, out var bodyStart);
        if (status != 200 || headEnd < 0)
        {
            // Redirects, errors, and odd blocks without a full HTTP head are not articles.
            return SkipRecord(reader, rest, source, "response", out endOfFile);
        }

        var head = HttpResponseHead.Parse(headBytes.AsSpan(0, headEnd));
        var contentType = ContentTypeHeader.Parse(head["Content-Type"]);
        if (contentType is not null && contentType.Value.ArticleFormat is null)
        {
            return SkipRecord(reader, rest, source, "response", out endOfFile);
        }

        var bodyLength = length - bodyStart;
        if (bodyLength > maxRecordBytes)
        {
            return SkipTooLarge(reader, rest, bodyLength, source, ref number, out endOfFile);
        }

        var body = new byte[bodyLength];
        headBytes.AsSpan(bodyStart, got - bodyStart).CopyTo(body);
        if (reader.ReadBlock(body.AsSpan(got - bodyStart)) < rest)
        {
            number++;
            endOfFile = true;
            return new InputError(RecordSource(source, number), $"the file ends inside this record (expected {length} bytes)");
        }

        var warnings = new List<string>();
        var decoded = DecodeBody(body, head, warnings, out var decodeError);
        var format = contentType?.ArticleFormat ?? (decoded is not null && FormatDetector.LooksLikeHtml(decoded) ? InputFormat.Html : null);
        if (decoded is not null && format is null)
        {
            // No Content-Type and the body does not look like a page.
            recordSkipped();
            return null;
        }

        number++;
        var recordSource = RecordSource(source, number);
        if (decoded is null)
        {
            return new InputError(recordSource, decodeError!);
        }

        return decoded.Length == 0
            ? new InputError(recordSource, "the HTTP response body is empty")
            : Emit(decoded, format!.Value, contentType?.Charset, headers, warnings, recordSource);
    }

    private byte[]? DecodeBody(byte[] body, HttpResponseHead head, List<string> warnings, out string? error)
    {
        error = null;
        var transferEncoding = head["Transfer-Encoding"];
        if (transferEncoding is not null && transferEncoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            if (ChunkedBodyDecoder.TryDecode(body, out var dechunked))
            {
                body = dechunked;
            }
            else
            {
                warnings.Add("Transfer-Encoding is chunked but the stored body is not; it was used as stored");
            }
        }

        return HttpContentDecoder.Decode(body, head["Content-Encoding"], maxRecordBytes, out error);
    }

    private static RawInput Emit(byte[] content, InputFormat format, string? charset, Dictionary<string, string> headers, IEnumerable<string> warnings, string recordSource)
    {
        var extra = new SortedDictionary<string, string>(StringComparer.Ordinal);
        AddExtra(extra, "crawl_date", headers.GetValueOrDefault("WARC-Date"));
        AddExtra(extra, "warc_record_id", headers.GetValueOrDefault("WARC-Record-ID"));
        var allWarnings = new List<string>(warnings);
        if (headers.TryGetValue("WARC-Truncated", out var truncated))
        {
            allWarnings.Add($"the crawler truncated this record (WARC-Truncated: {truncated})");
        }

        var metadata = new ArticleMetadata
        {
            Source = recordSource,
            Url = headers.GetValueOrDefault("WARC-Target-URI")?.Trim().Trim('<', '>'),
            Extra = ArticleMetadata.Empty.Extra.AddRange(extra),
        };

        return new RawInput(recordSource, DocumentId.FromContent(content), content, format, charset, metadata)
        {
            Warnings = [.. allWarnings],
        };
    }

    private InputError? SkipRecord(BufferedByteReader reader, long count, string source, string type, out bool endOfFile)
    {
        endOfFile = reader.Skip(count) < count;
        if (endOfFile)
        {
            return new InputError(source, $"the WARC file ends inside a '{type}' record");
        }

        recordSkipped();
        return null;
    }

    private InputError SkipTooLarge(BufferedByteReader reader, long count, long size, string source, ref int number, out bool endOfFile)
    {
        number++;
        var recordSource = RecordSource(source, number);
        endOfFile = reader.Skip(count) < count;
        return new InputError(recordSource, InputLimits.TooLarge("the record body", size, maxRecordBytes));
    }

    private static int FindHeadEnd(ReadOnlySpan<byte> block, out int bodyStart)
    {
        var crlf = block.IndexOf("\r\n\r\n"u8);
        var lf = block.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            bodyStart = crlf + 4;
            return crlf;
        }

        bodyStart = lf + 2;
        return lf;
    }

    private static Dictionary<string, string>? ReadHeaders(BufferedByteReader reader, out string? error)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? previous = null;
        for (var count = 0; count < MaxHeaderLines; count++)
        {
            var result = reader.ReadLine(MaxHeaderLineBytes);
            if (result == LineReadResult.EndOfStream)
            {
                error = "the file ends inside the record header";
                return null;
            }

            if (result == LineReadResult.TooLong)
            {
                error = $"a header line is longer than {MaxHeaderLineBytes} bytes";
                return null;
            }

            var line = Encoding.UTF8.GetString(reader.CurrentLine.Span);
            if (line.Length == 0)
            {
                error = null;
                return headers;
            }

            if (line[0] is ' ' or '\t' && previous is not null)
            {
                headers[previous] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                error = $"malformed header line '{Shorten(line)}'";
                return null;
            }

            previous = line[..colon].Trim();
            headers.TryAdd(previous, line[(colon + 1)..].Trim());
        }

        error = $"the record header has more than {MaxHeaderLines} lines";
        return null;
    }

    private static bool TryContentLength(Dictionary<string, string> headers, out long length)
    {
        length = 0;
        return headers.TryGetValue("Content-Length", out var value)
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out length);
    }

    private static string? NextNonBlankLine(BufferedByteReader reader)
    {
        while (true)
        {
            switch (reader.ReadLine(MaxHeaderLineBytes))
            {
                case LineReadResult.EndOfStream:
                    return null;
                case LineReadResult.TooLong:
                    return "(a line longer than 64 KiB)";
                default:
                    if (!reader.CurrentLine.Span.Trim(" \t"u8).IsEmpty)
                    {
                        return Encoding.UTF8.GetString(reader.CurrentLine.Span).Trim();
                    }

                    break;
            }
        }
    }

    /// <summary>Scans forward to the next line that starts a record; null at the end of the file.</summary>
    private static string? Resync(BufferedByteReader reader)
    {
        while (true)
        {
            var result = reader.ReadLine(MaxHeaderLineBytes);
            if (result == LineReadResult.EndOfStream)
            {
                return null;
            }

            if (result == LineReadResult.Line && reader.CurrentLine.Span.StartsWith("WARC/1."u8))
            {
                return Encoding.UTF8.GetString(reader.CurrentLine.Span).Trim();
            }
        }
    }

    private static void AddExtra(SortedDictionary<string, string> extra, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            extra[key] = value.Trim();
        }
    }

    private static string RecordSource(string source, int number) => string.Create(CultureInfo.InvariantCulture, $"{source}#{number}");

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "...";
}
