namespace NewsTrace.Ingest;

/// <summary>What <see cref="BufferedByteReader.ReadLine"/> found.</summary>
internal enum LineReadResult
{
    /// <summary>No more bytes.</summary>
    EndOfStream,

    /// <summary>A line; its bytes are in <see cref="BufferedByteReader.CurrentLine"/>.</summary>
    Line,

    /// <summary>A line longer than the limit; it was skipped without being kept in memory.</summary>
    TooLong,
}
