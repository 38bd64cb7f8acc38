using System.Globalization;
using NewsTrace.Storage;

namespace NewsTrace.Stories.Incremental;

/// <summary>
/// Keeps story and topic ids stable across updates: each new cluster takes the old id it shares most members with
/// (each old id once); a cluster with no old members gets <see cref="StoryIds.From"/> of its earliest member, made
/// unique against every id in use.
/// </summary>
internal sealed class ClusterIdAllocator(IStoryStore store)
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>
    /// Ids for <paramref name="clusters"/> (each: its members). <paramref name="oldIdOf"/> gives an existing member's
    /// old id (null for new articles); every old id it returns is owned by these clusters and is free unless matched. A
    /// cluster without an old id takes its <paramref name="preferred"/> id (what the batch algorithm named it) if free.
    /// </summary>
    public async Task<string[]> AssignAsync(char prefix, IReadOnlyList<IReadOnlyList<string>> clusters, IReadOnlyList<string> preferred, Func<string, string?> oldIdOf, CancellationToken cancellationToken)
    {
        var overlaps = new List<(int Cluster, string OldId, int Shared)>();
        var owned = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var group in clusters[c].Select(oldIdOf).OfType<string>().GroupBy(id => id, StringComparer.Ordinal))
            {
                overlaps.Add((c, group.Key, group.Count()));
                owned.Add(group.Key);
            }
        }

        var ids = new string?[clusters.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (cluster, oldId, _) in overlaps
            .OrderByDescending(o => o.Shared)
            .ThenBy(o => o.OldId, StringComparer.Ordinal)
            .ThenBy(o => o.Cluster))
        {
            if (ids[cluster] is null && !_taken.Contains(oldId) && used.Add(oldId))
            {
                ids[cluster] = oldId;
                _taken.Add(oldId);
            }
        }

        for (var c = 0; c < clusters.Count; c++)
        {
            ids[c] ??= await FreshAsync(prefix, preferred[c], owned, cancellationToken).ConfigureAwait(false);
        }

        return ids!;
    }

    /// <summary>
    /// <paramref name="preferred"/> if no cluster uses it, else an id derived from it that none uses (ids in
    /// <paramref name="released"/> count as free).
    /// </summary>
    public async Task<string> FreshAsync(char prefix, string preferred, IReadOnlySet<string> released, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var candidate = attempt == 0 ? preferred : StoryIds.From(prefix, preferred + "#" + attempt.ToString(CultureInfo.InvariantCulture));
            if (_taken.Contains(candidate))
            {
                continue;
            }

            if (!released.Contains(candidate) && (await store.FindClusterIdsInUseAsync([candidate], cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                continue;
            }

            _taken.Add(candidate);
            return candidate;
        }
    }

    /// <summary>Marks an existing id as used by this update (a story a new article joins keeps its id).</summary>
    public void Keep(string id) => _taken.Add(id);
}
