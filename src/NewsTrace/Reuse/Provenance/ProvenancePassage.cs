using System.Collections.Immutable;
using NewsTrace.Reuse.Alignment;
using NewsTrace.Reuse.Diff;

namespace NewsTrace.Reuse.Provenance;

/// <summary>One aligned passage of an edge, read from source to copy, with its texts and the words that differ.</summary>
/// <param name="Passage">Spans into the source (left) and the copy (right).</param>
/// <param name="SourceText">The source passage.</param>
/// <param name="CopyText">The copy passage.</param>
/// <param name="Changes">The diff runs that are not equal (spans into the source and the copy).</param>
public sealed record ProvenancePassage(AlignedPassage Passage, string SourceText, string CopyText, ImmutableArray<DiffSegment> Changes);
