namespace NewsTrace.Evaluation;

/// <summary>One page of a labelled set: its raw bytes, the URL it was fetched from, and its ground truth.</summary>
/// <param name="FileId">The page's id in the set ("0001").</param>
/// <param name="Url">The URL the page was fetched from, or null.</param>
/// <param name="Html">The page as fetched (decompressed).</param>
/// <param name="Truth">What extraction should give.</param>
public sealed record LabelledPage(string FileId, string? Url, ReadOnlyMemory<byte> Html, GroundTruth Truth);
