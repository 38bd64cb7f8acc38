using System.Buffers;
using System.Globalization;
using NewsTrace.Ingest;
using NewsTrace.Ingest.Compression;

namespace NewsTrace.Reuse.Dedup;

/// <summary>
/// Reads JSON Lines inputs (files, directories read recursively in name order, "-" for stdin; gzip detected by its magic
/// bytes) as batches of whole lines in pooled buffers of about <see cref="BatchBytes"/>, for parallel parsing. Memory stays
/// bounded by the batch size and the longest line; an unreadable input becomes an error batch, and the run goes on.
/// </summary>
internal sealed class JsonlBatchReader
{
    public int BatchBytes { get; init; } = 1 << 20;

    public long MaxLineBytes { get; init; } = 32L * 1024 * 1024;

    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;

    public IEnumerable<JsonlLineBatch> Read(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (path == "-")
            {
                foreach (var batch in ReadStream(StandardInput(), "-", cancellationToken))
                {
                    yield return batch;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (var walked in DirectoryWalker.Walk(path, recursive: true, cancellationToken))
                {
                    var batches = walked.Error is { } error ? [new JsonlLineBatch(walked.Path, 0, null, 0, error)] : ReadFile(walked.Path, cancellationToken);
                    foreach (var batch in batches)
                    {
                        yield return batch;
                    }
                }
            }
            else
            {
                foreach (var batch in ReadFile(path, cancellationToken))
                {
                    yield return batch;
                }
            }
        }
    }

    private IEnumerable<JsonlLineBatch> ReadFile(string path, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = OpenFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new JsonlLineBatch(path, 0, null, 0, ex is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : ex.Message)];
        }

        return ReadStream(stream, path, cancellationToken);
    }

    private static Stream OpenFile(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        Span<byte> head = stackalloc byte[2];
        var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        file.Position = 0;
        return GzipReadStream.HasGzipMagic(head[..read]) ? new GzipReadStream(file) : file;
    }

    private IEnumerable<JsonlLineBatch> ReadStream(Stream stream, string source, CancellationToken cancellationToken)
    {
        using (stream)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(BatchBytes);
            var filled = 0;
            var nextLine = 1L;
            var discarding = false;
            try
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    string? readError = null;
                    var read = 0;
                    try
                    {
                        read = stream.Read(buffer.AsSpan(filled));
                    }
                    catch (Exception ex) when (ex is IOException or InvalidDataException)
                    {
                        readError = ex.Message;
                    }

                    if (readError is not null)
                    {
                        yield return new JsonlLineBatch(source, nextLine, null, 0, $"cannot read further: {readError}");
                        yield break;
                    }

                    filled += read;
                    if (read > 0 && filled < buffer.Length)
                    {
                        continue;
                    }

                    var end = read == 0 ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
                    if (discarding)
                    {
                        // The tail of an over-long line: drop everything up to its end.
                        var newline = buffer.AsSpan(0, filled).IndexOf((byte)'\n');
                        if (newline < 0)
                        {
                            filled = 0;
                            if (read == 0)
                            {
                                yield break;
                            }

                            continue;
                        }

                        discarding = false;
                        nextLine++;
                        buffer.AsSpan(newline + 1, filled - newline - 1).CopyTo(buffer);
                        filled -= newline + 1;
                        continue;
                    }

                    if (end == 0 && read > 0)
                    {
                        // No line end in a full buffer: grow it for a long line, or give up on a line over the limit.
                        if (buffer.Length >= MaxLineBytes)
                        {
                            yield return new JsonlLineBatch(source, nextLine, null, 0,
                                string.Create(CultureInfo.InvariantCulture, $"the line is longer than {MaxLineBytes} bytes; skipped"));
                            discarding = true;
                            filled = 0;
                            continue;
                        }

                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(MaxLineBytes, (long)buffer.Length * 2));
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                        continue;
                    }

                    if (end > 0)
                    {
                        // Room to spare: a buffer that starts full would read as the end of the input.
                        var next = ArrayPool<byte>.Shared.Rent(Math.Max(BatchBytes, (filled - end) * 2));
                        buffer.AsSpan(end, filled - end).CopyTo(next);
                        var batch = new JsonlLineBatch(source, nextLine, buffer, end);
                        nextLine += buffer.AsSpan(0, end).Count((byte)'\n');
                        filled -= end;
                        buffer = next;
                        yield return batch;
                    }

                    if (read == 0)
                    {
                        yield break;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
