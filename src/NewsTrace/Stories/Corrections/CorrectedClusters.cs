namespace NewsTrace.Stories.Corrections;

/// <summary>The machine's clusters after the user's decisions, and what each decision did.</summary>
/// <param name="Clusters">Every cluster, corrected. Clusters a decision changed keep their id (a story made by a split gets a new one).</param>
/// <param name="Outcomes">One outcome per decision, in replay order.</param>
public sealed record CorrectedClusters(IReadOnlyList<StoryCluster> Clusters, IReadOnlyList<StoryDecisionOutcome> Outcomes);
