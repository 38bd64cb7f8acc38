using NewsTrace.Reuse;
using NewsTrace.Reuse.Relations;

namespace NewsTrace.Evaluation.Reuse;

/// <summary>What the comparer said about one labelled pair (with its evidence when the comparer is a <see cref="PairComparer"/>).</summary>
public sealed record ReusePrediction(LabelledReusePair Pair, ReuseRelation Predicted, double Similarity, PairEvidence? Evidence);
