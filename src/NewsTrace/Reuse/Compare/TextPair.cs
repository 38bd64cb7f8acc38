namespace NewsTrace.Reuse.Compare;

/// <summary>One row of a pairs file: an id and two plain texts. <paramref name="Line"/> is 1-based.</summary>
public sealed record TextPair(int Line, string Id, string Left, string Right);
