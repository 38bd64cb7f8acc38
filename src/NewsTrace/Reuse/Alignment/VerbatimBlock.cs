namespace NewsTrace.Reuse.Alignment;

/// <summary>A run of words [LeftStart, LeftEnd) of the left text found again, near-verbatim, at [RightStart, RightEnd) of the right.</summary>
public readonly record struct VerbatimBlock(int LeftStart, int LeftEnd, int RightStart, int RightEnd)
{
    public int LeftLength => LeftEnd - LeftStart;

    public int RightLength => RightEnd - RightStart;
}
