using NewsTrace.Documents;

namespace NewsTrace.Reuse.Diff;

/// <summary>
/// One run of a word diff. Spans index the two compared texts and run from the first word of the run to the end of
/// its last word; an empty span (on the side of an insert or delete) marks where the words would stand.
/// </summary>
public readonly record struct DiffSegment(DiffKind Kind, TextSpan Left, TextSpan Right);
