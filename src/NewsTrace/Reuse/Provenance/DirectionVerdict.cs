using System.Collections.Immutable;

namespace NewsTrace.Reuse.Provenance;

/// <summary>Which of two related articles is the original, and why.</summary>
/// <param name="OriginalId">The likely original (when unknown: the first of the two in id order).</param>
/// <param name="CopyId">The likely copy.</param>
/// <param name="Known">Whether the evidence is strong enough to say.</param>
/// <param name="Reasons">The evidence, for people.</param>
public sealed record DirectionVerdict(string OriginalId, string CopyId, bool Known, ImmutableArray<string> Reasons);
