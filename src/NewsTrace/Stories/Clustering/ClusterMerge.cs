namespace NewsTrace.Stories.Clustering;

/// <summary>One step of a dendrogram: the clusters holding leaves <paramref name="Left"/> and <paramref name="Right"/> join at <paramref name="Similarity"/>.</summary>
public readonly record struct ClusterMerge(int Left, int Right, double Similarity);
