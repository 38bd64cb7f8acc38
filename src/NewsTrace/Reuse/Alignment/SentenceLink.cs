namespace NewsTrace.Reuse.Alignment;

/// <summary>A run of left sentences [LeftFirst, LeftEnd) aligned with a run of right sentences [RightFirst, RightEnd).</summary>
internal readonly record struct SentenceLink(int LeftFirst, int LeftEnd, int RightFirst, int RightEnd, double Similarity);
