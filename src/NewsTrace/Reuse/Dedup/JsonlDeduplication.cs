using System.Buffers;
using NewsTrace.Pipeline;
using NewsTrace.Reuse.Fingerprints;

namespace NewsTrace.Reuse.Dedup;

/// <summary>
/// Deduplicates JSON Lines records <c>{"id": ..., "text": ...}</c>: lines are read in pooled batches, parsed and
/// fingerprinted on all cores (<see cref="OrderedParallel"/>, bounded window, input order kept), and grouped in order by a
/// <see cref="Deduplicator"/> on the calling thread. Texts are never kept: memory is the signatures plus the ids.
/// </summary>
public sealed class JsonlDeduplication(DedupOptions? options = null)
{
    public DedupOptions Options { get; } = options ?? DedupOptions.Default;

    /// <summary>Worker threads for parsing and fingerprinting; 0 means all cores.</summary>
    public int DegreeOfParallelism { get; init; }

    /// <summary>Bytes of whole lines handed to a worker at a time.</summary>
    public int BatchBytes { get; init; } = 1 << 20;

    /// <summary>Longest line read; longer lines are reported and skipped.</summary>
    public long MaxLineBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Where "-" reads from.</summary>
    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>
    /// Reads every record of <paramref name="paths"/> and groups near-duplicates. Each bad line or input is passed to
    /// <paramref name="onError"/> (on the calling thread, in input order) and skipped.
    /// </summary>
    public DedupResult Run(IReadOnlyList<string> paths, Action<DedupError>? onError = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var deduplicator = new Deduplicator(Options);
        var fingerprinter = Options.CreateFingerprinter();
        var reader = new JsonlBatchReader { BatchBytes = BatchBytes, MaxLineBytes = MaxLineBytes, StandardInput = StandardInput };
        var records = new List<DedupRecordId>();
        var errors = 0;
        var batches = reader.Read(paths, cancellationToken);
        var fingerprinted = OrderedParallel.Map(batches, batch => Fingerprint(batch, fingerprinter), DegreeOfParallelism, cancellationToken: cancellationToken);
        var hashCount = Options.HashCount;
        foreach (var batch in fingerprinted)
        {
            foreach (var error in batch.Errors)
            {
                errors++;
                onError?.Invoke(error);
            }

            for (var i = 0; i < batch.Count; i++)
            {
                records.Add(batch.Ids[i]);
                deduplicator.Add(batch.ContentHashes[i], batch.Signatures.AsSpan(i * hashCount, hashCount));
            }

            if (batch.Signatures.Length > 0)
            {
                ArrayPool<uint>.Shared.Return(batch.Signatures);
            }
        }

        return new DedupResult(records, deduplicator.Groups(), errors, deduplicator.ExactDuplicates, deduplicator.CandidatesVerified);
    }

    private static FingerprintedBatch Fingerprint(JsonlLineBatch batch, TextFingerprinter fingerprinter)
    {
        var errors = new List<DedupError>();
        if (batch.Bytes is not { } bytes)
        {
            errors.Add(new DedupError(batch.Source, batch.FirstLine, batch.Error ?? "cannot be read"));
            return new FingerprintedBatch([], [], [], 0, errors);
        }

        var hashCount = fingerprinter.SignatureLength;
        var lines = bytes.AsSpan(0, batch.Length);
        var capacity = lines.Count((byte)'\n') + 1;
        var ids = new DedupRecordId[capacity];
        var hashes = new ulong[capacity];
        var signatures = ArrayPool<uint>.Shared.Rent(capacity * hashCount);
        var text = ArrayPool<char>.Shared.Rent(16 * 1024);
        var count = 0;
        var lineNumber = batch.FirstLine;
        try
        {
            while (!lines.IsEmpty)
            {
                var newline = lines.IndexOf((byte)'\n');
                var line = newline < 0 ? lines : lines[..newline];
                lines = newline < 0 ? [] : lines[(newline + 1)..];
                if (!line.Trim(" \t\r"u8).IsEmpty)
                {
                    var problem = JsonlDedupRecordParser.TryParse(line, ref text, out var id, out var textLength);
                    if (problem is null)
                    {
                        ids[count] = id;
                        hashes[count] = fingerprinter.Compute(text.AsSpan(0, textLength), signatures.AsSpan(count * hashCount, hashCount));
                        count++;
                    }
                    else
                    {
                        errors.Add(new DedupError(batch.Source, lineNumber, problem));
                    }
                }

                lineNumber++;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(text);
            ArrayPool<byte>.Shared.Return(bytes);
        }

        return new FingerprintedBatch(ids, hashes, signatures, count, errors);
    }
}
