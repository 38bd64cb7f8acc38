using NewsTrace.Reuse;

namespace NewsTrace.Evaluation.Reuse;

/// <summary>One generated pair: how it was made (<paramref name="Kind"/>, e.g. "rewrite-heavy"), the relation it must get, and the two texts.</summary>
public sealed record LabelledReusePair(string Id, string Kind, ReuseRelation Expected, string Left, string Right);
