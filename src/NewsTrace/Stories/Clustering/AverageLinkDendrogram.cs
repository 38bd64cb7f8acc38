namespace NewsTrace.Stories.Clustering;

/// <summary>
/// Average-link agglomerative clustering by the nearest-neighbour chain algorithm: O(n²) time over a similarity
/// matrix, and the same dendrogram as the greedy "merge the most similar pair" loop, because average link is reducible.
/// Reducibility also makes merge similarities monotone, so cutting at any threshold (<see cref="Cut"/>) gives the
/// partition the greedy loop stops at, and cuts at two thresholds nest (events inside topics).
/// </summary>
/// <remarks>Deterministic for a given leaf order: ties go to the chain's previous element (which guarantees progress), then to the lowest index.</remarks>
public static class AverageLinkDendrogram
{
    /// <param name="similarities">Row-major n×n symmetric matrix; it is overwritten (the algorithm updates it in place).</param>
    /// <param name="count">n, the number of leaves.</param>
    /// <param name="forced">Pairs of leaves that belong together whatever their similarity (reuse links). They are merged
    /// first, with similarity +∞, so every cut keeps them; the rest of the tree averages over their members as usual.</param>
    public static IReadOnlyList<ClusterMerge> Build(float[] similarities, int count, IEnumerable<(int Left, int Right)>? forced = null)
    {
        ArgumentNullException.ThrowIfNull(similarities);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (similarities.Length != (long)count * count)
        {
            throw new ArgumentException("The matrix must be n×n.", nameof(similarities));
        }

        var sizes = Enumerable.Repeat(1, count).ToArray();
        var active = Enumerable.Repeat(true, count).ToArray();
        var merges = new List<ClusterMerge>(Math.Max(0, count - 1));
        var chain = new List<int>();
        var sets = new DisjointSets(count);
        foreach (var (left, right) in forced ?? [])
        {
            var a = sets.Smallest(left);
            var b = sets.Smallest(right);
            if (a != b)
            {
                sets.Union(a, b);
                merges.Add(new ClusterMerge(Math.Min(a, b), Math.Max(a, b), double.PositiveInfinity));
                Merge(similarities, count, sizes, active, Math.Min(a, b), Math.Max(a, b));
            }
        }

        var firstActive = 0;
        while (merges.Count < count - 1)
        {
            if (chain.Count == 0)
            {
                while (!active[firstActive])
                {
                    firstActive++;
                }

                chain.Add(firstActive);
            }

            var current = chain[^1];
            var previous = chain.Count > 1 ? chain[^2] : -1;
            var best = previous;
            var bestSimilarity = previous >= 0 ? similarities[(current * count) + previous] : float.NegativeInfinity;
            for (var candidate = 0; candidate < count; candidate++)
            {
                if (candidate == current || !active[candidate])
                {
                    continue;
                }

                var similarity = similarities[(current * count) + candidate];
                if (similarity > bestSimilarity)
                {
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }

            if (best != previous)
            {
                chain.Add(best);
                continue;
            }

            chain.RemoveRange(chain.Count - 2, 2);
            merges.Add(new ClusterMerge(Math.Min(current, previous), Math.Max(current, previous), bestSimilarity));
            Merge(similarities, count, sizes, active, Math.Min(current, previous), Math.Max(current, previous));
        }

        return merges;
    }

    /// <summary>The partition where every merge at or above <paramref name="threshold"/> is made: a cluster label per leaf (the smallest leaf index of its cluster).</summary>
    public static int[] Cut(IReadOnlyList<ClusterMerge> merges, int count, double threshold)
    {
        ArgumentNullException.ThrowIfNull(merges);
        var sets = new DisjointSets(count);
        foreach (var merge in merges)
        {
            if (merge.Similarity >= threshold)
            {
                sets.Union(merge.Left, merge.Right);
            }
        }

        return Enumerable.Range(0, count).Select(sets.Smallest).ToArray();
    }

    /// <summary>Lance–Williams update for average link: the merged cluster's similarity to k is the size-weighted mean.</summary>
    private static void Merge(float[] similarities, int count, int[] sizes, bool[] active, int kept, int removed)
    {
        var keptSize = sizes[kept];
        var removedSize = sizes[removed];
        var total = keptSize + removedSize;
        for (var k = 0; k < count; k++)
        {
            if (!active[k] || k == kept || k == removed)
            {
                continue;
            }

            var merged = (float)((((double)keptSize * similarities[(kept * count) + k]) + ((double)removedSize * similarities[(removed * count) + k])) / total);
            similarities[(kept * count) + k] = merged;
            similarities[(k * count) + kept] = merged;
        }

        sizes[kept] = total;
        active[removed] = false;
    }
}
