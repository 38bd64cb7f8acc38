using System.Collections.Immutable;

namespace NewsTrace.Ingest;

/// <summary>How <see cref="InputReader"/> reads its inputs.</summary>
public sealed record IngestOptions
{
    /// <summary>32 MiB: far above any news page, low enough that one bad input cannot exhaust memory.</summary>
    public const long DefaultMaxInputBytes = 32L * 1024 * 1024;

    /// <summary>Auto decides per file; any other value forces that format for every file.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>JSON Lines field renames, new name to record field name; see <see cref="Ingest.FieldMap.Parse"/>.</summary>
    public IReadOnlyDictionary<string, string> FieldMap { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>
    /// Largest file, decompressed stream or container record read, in bytes. Larger inputs become an
    /// <see cref="InputError"/>; container files themselves (JSON Lines, WARC, feeds) may be any size.
    /// </summary>
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    /// <summary>Whether directories are walked into their subdirectories.</summary>
    public bool Recursive { get; init; } = true;

    /// <summary>
    /// The format given to a JSON Lines record's <c>text</c> field: Text (scraped text, cleaned later) or
    /// Plain (kept exactly, so offsets index the field).
    /// </summary>
    public InputFormat RecordTextFormat { get; init; } = InputFormat.Text;

    /// <summary>Opens standard input for the path "-"; null means the process's stdin. Tests inject a stream here.</summary>
    public Func<Stream>? StandardInput { get; init; }
}
