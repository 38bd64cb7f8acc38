using System.Xml;
using NewsTrace.Documents;
using NewsTrace.Ingest.Compression;
using NewsTrace.Ingest.Feeds;
using NewsTrace.Ingest.Jsonl;
using NewsTrace.Ingest.Warc;

namespace NewsTrace.Ingest;

/// <summary>
/// Turns paths into a lazy stream of <see cref="IngestItem"/>s: one <see cref="RawInput"/> per article, or a
/// specific <see cref="InputError"/> for anything that cannot be read, after which the batch goes on.
/// Paths are files, directories (walked in a deterministic order, see <see cref="DirectoryWalker"/> and
/// <see cref="InputFileFilter"/>) or "-" for standard input. Nothing is loaded whole except a single article
/// (bounded by <see cref="IngestOptions.MaxInputBytes"/>): containers are read record by record, so a file
/// of any size streams in bounded memory. gzip is recognised by its magic bytes whatever the file is called.
/// One instance may be enumerated repeatedly but not from several threads at once.
/// </summary>
public sealed class InputReader
{
    private const int SniffBytes = 4096;

    private readonly JsonlRecordParser _jsonl;
    private long _skippedRecords;

    public InputReader(IngestOptions? options = null)
    {
        Options = options ?? new IngestOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.MaxInputBytes, nameof(options));
        if (Options.RecordTextFormat is not (InputFormat.Text or InputFormat.Plain))
        {
            throw new ArgumentException($"RecordTextFormat must be Text or Plain, not {Options.RecordTextFormat}", nameof(options));
        }

        _jsonl = new JsonlRecordParser(Options.FieldMap ?? FieldMap.Empty, Options.RecordTextFormat);
    }

    public IngestOptions Options { get; }

    /// <summary>Container records that are not articles and were passed over (WARC requests, metadata, redirects, images...).</summary>
    public long SkippedRecordCount => Interlocked.Read(ref _skippedRecords);

    /// <summary>Reads the paths in order; lazily, one input at a time.</summary>
    public IEnumerable<IngestItem> Read(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ReadPaths(paths, cancellationToken);
    }

    private IEnumerable<IngestItem> ReadPaths(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IEnumerable<IngestItem> items;
            if (path == "-")
            {
                items = ReadStandardInput(cancellationToken);
            }
            else if (Directory.Exists(path))
            {
                items = ReadDirectory(path, cancellationToken);
            }
            else if (File.Exists(path))
            {
                items = ReadFile(path, cancellationToken);
            }
            else
            {
                items = [new InputError(path, "no such file or directory")];
            }

            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private IEnumerable<IngestItem> ReadDirectory(string directory, CancellationToken cancellationToken)
    {
        foreach (var walked in DirectoryWalker.Walk(directory, Options.Recursive, cancellationToken))
        {
            if (walked.Error is not null)
            {
                yield return new InputError(walked.Path, walked.Error);
                continue;
            }

            foreach (var item in ReadFile(walked.Path, cancellationToken))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<IngestItem> ReadFile(string path, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (UnauthorizedAccessException)
        {
            return [new InputError(path, "permission denied: the file cannot be opened for reading")];
        }
        catch (IOException ex)
        {
            return [new InputError(path, $"cannot open the file: {ex.Message}")];
        }

        var length = stream.CanSeek ? stream.Length : -1;
        return ReadSource(path, Path.GetFileName(path), stream, length, ownsStream: true, cancellationToken);
    }

    private IEnumerable<IngestItem> ReadStandardInput(CancellationToken cancellationToken)
    {
        Stream stdin;
        try
        {
            stdin = (Options.StandardInput ?? Console.OpenStandardInput)();
        }
        catch (IOException ex)
        {
            return [new InputError("-", $"cannot open standard input: {ex.Message}")];
        }

        // Standard input belongs to the caller: it is read to the end but not closed.
        return ReadSource("-", "", stdin, knownLength: -1, ownsStream: false, cancellationToken);
    }

    private IEnumerable<IngestItem> ReadSource(string source, string name, Stream raw, long knownLength, bool ownsStream, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            if (ownsStream)
            {
                raw.Dispose();
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        var prepared = Prepare(name, raw, knownLength, ownsStream, out var error);
        if (prepared is null)
        {
            yield return new InputError(source, error!);
            yield break;
        }

        using (prepared.Stream)
        {
            foreach (var item in GuardAgainstReadErrors(ReadContent(prepared, source, knownLength, cancellationToken), source))
            {
                yield return item;
            }
        }
    }

    /// <summary>Detects gzip, rejects empty and known binary files, and decides the format; null with the reason when the input cannot be read.</summary>
    private PreparedInput? Prepare(string name, Stream raw, long knownLength, bool ownsStream, out string? error)
    {
        Stream? opened = ownsStream ? raw : null;
        try
        {
            error = null;
            if (knownLength == 0)
            {
                error = "empty file (0 bytes)";
                return null;
            }

            var sniffed = new SniffedStream(raw, SniffBytes, ownsStream);
            opened = sniffed;
            if (sniffed.Head.IsEmpty)
            {
                error = "empty file (0 bytes)";
                return null;
            }

            var compressed = GzipReadStream.HasGzipMagic(sniffed.Head);
            if (compressed)
            {
                name = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
                opened = new GzipReadStream(sniffed);
                sniffed = new SniffedStream(opened, SniffBytes);
                opened = sniffed;
                if (sniffed.Head.IsEmpty)
                {
                    error = "empty file (0 bytes after gzip decompression)";
                    return null;
                }
            }

            var format = Options.Format;
            if (format == InputFormat.Auto)
            {
                if (BinarySignatures.Identify(sniffed.Head) is { } kind)
                {
                    error = $"binary file ({kind}), not an article";
                    return null;
                }

                var detected = FormatDetector.Detect(name, sniffed.Head);
                if (detected.Unsupported is not null)
                {
                    error = detected.Unsupported;
                    return null;
                }

                format = detected.Format;
            }

            opened = null;
            return new PreparedInput(sniffed, format, compressed);
        }
        catch (InputReadException ex)
        {
            error = ex.Message;
            return null;
        }
        catch (IOException ex)
        {
            error = $"read error: {ex.Message}";
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            error = "permission denied: the file cannot be read";
            return null;
        }
        finally
        {
            opened?.Dispose();
        }
    }

    private IEnumerable<IngestItem> ReadContent(PreparedInput input, string source, long knownLength, CancellationToken cancellationToken) => input.Format switch
    {
        InputFormat.Jsonl => JsonlReader.Read(input.Stream, source, _jsonl, Options.MaxInputBytes, cancellationToken),
        InputFormat.Warc => new WarcReader(Options.MaxInputBytes, () => Interlocked.Increment(ref _skippedRecords)).Read(input.Stream, source, cancellationToken),
        InputFormat.Feed => new FeedReader(Options.MaxInputBytes).Read(input.Stream, source, cancellationToken),
        _ => ReadSingleArticle(input, source, knownLength),
    };

    private IEnumerable<IngestItem> ReadSingleArticle(PreparedInput input, string source, long knownLength)
    {
        var limit = Options.MaxInputBytes;
        if (!input.Compressed && knownLength > limit)
        {
            // Known from the file system: no need to read a byte of it.
            yield return new InputError(source, InputLimits.TooLarge("the file", knownLength, limit));
            yield break;
        }

        var content = InputLimits.ReadAtMost(input.Stream, limit);
        if (content is null)
        {
            var what = input.Compressed ? "the decompressed file" : source == "-" ? "standard input" : "the file";
            yield return new InputError(source, InputLimits.MoreThan(what, limit));
            yield break;
        }

        var metadata = ArticleMetadata.Empty with { Source = source };
        yield return new RawInput(source, DocumentId.FromContent(content), content, input.Format, null, metadata);
    }

    /// <summary>Ends an input with one <see cref="InputError"/> when reading it fails midway; items read before stay.</summary>
    private static IEnumerable<IngestItem> GuardAgainstReadErrors(IEnumerable<IngestItem> items, string source)
    {
        using var enumerator = items.GetEnumerator();
        while (true)
        {
            string? error;
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }

                error = null;
            }
            catch (InputReadException ex)
            {
                error = ex.Message;
            }
            catch (XmlException ex)
            {
                error = ex.Message.Contains("DTD is prohibited", StringComparison.Ordinal)
                    ? $"the feed declares a DTD (<!DOCTYPE>), which is refused to keep entity tricks out (line {ex.LineNumber})"
                    : $"malformed XML: {ex.Message}";
            }
            catch (InvalidDataException ex)
            {
                error = $"corrupt data: {ex.Message}";
            }
            catch (UnauthorizedAccessException)
            {
                error = "permission denied while reading";
            }
            catch (IOException ex)
            {
                error = $"read error: {ex.Message}";
            }

            yield return error is null ? enumerator.Current : new InputError(source, error);
            if (error is not null)
            {
                yield break;
            }
        }
    }
}
