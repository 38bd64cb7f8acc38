namespace NewsTrace.Ingest;

/// <summary>An opened input after gzip detection and format detection, ready to be read.</summary>
/// <param name="Stream">The (decompressed) content, its first bytes already sniffed.</param>
/// <param name="Format">The format to read with; never Auto.</param>
/// <param name="Compressed">True when the input was gzip, so its size is known only by reading.</param>
internal sealed record PreparedInput(SniffedStream Stream, InputFormat Format, bool Compressed);
