namespace NewsTrace.Evaluation;

/// <summary>Where an incremental evaluation stands after a batch.</summary>
/// <param name="Documents">Documents written and clustered so far.</param>
/// <param name="ClusteringTime">Time spent in the incremental clustering step so far (writing the articles excluded).</param>
public sealed record IncrementalEvaluationProgress(int Documents, TimeSpan ClusteringTime);
