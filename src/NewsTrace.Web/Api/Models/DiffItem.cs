using NewsTrace.Reuse.Diff;

namespace NewsTrace.Web.Api.Models;

/// <summary>One run of a word diff: equal, delete, insert or replace, with its spans in both texts.</summary>
public sealed record DiffItem(DiffKind Kind, int LeftStart, int LeftEnd, int RightStart, int RightEnd)
{
    public static DiffItem From(DiffSegment segment) => new(segment.Kind, segment.Left.Start, segment.Left.End, segment.Right.Start, segment.Right.End);
}
