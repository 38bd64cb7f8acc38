using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Storage;

namespace NewsTrace.Stories.Corrections;

/// <summary>
/// Replays the user's story decisions, in order, over the clusters the machine made, whichever way they were made (batch,
/// incremental, exact copies). Decisions name stories by their articles ("the story that holds most of these"), so they
/// keep applying when clustering changes. A decision whose articles are gone is skipped and reported, never an error.
/// </summary>
/// <remarks>
/// Members of a changed cluster keep the order they had, with arrivals appended; callers that know publish dates
/// re-sort them (<see cref="StoryBuilder"/> does). A cluster that loses its representative gets a null title, for the
/// caller to name from its members.
/// </remarks>
public static class StoryCorrections
{
    public static CorrectedClusters Apply(IReadOnlyList<StoryCluster> clusters, IReadOnlyList<StoryDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(decisions);
        var working = clusters.Select(c => new WorkingCluster(c)).ToList();
        var holder = new Dictionary<string, WorkingCluster>(StringComparer.Ordinal);
        foreach (var cluster in working)
        {
            foreach (var member in cluster.Members)
            {
                holder.TryAdd(member, cluster);
            }
        }

        var ids = working.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var outcomes = new List<StoryDecisionOutcome>(decisions.Count);
        foreach (var decision in decisions)
        {
            ArgumentNullException.ThrowIfNull(decision);
            var outcome = decision.Kind switch
            {
                StoryDecisionKind.Move => Move(decision, working, holder),
                StoryDecisionKind.Split => Split(decision, working, holder, ids),
                StoryDecisionKind.Merge => Merge(decision, working, holder),
                _ => new StoryDecisionOutcome(decision, StoryDecisionStatus.Skipped, "unknown kind of decision", null),
            };
            outcomes.Add(outcome);
            working.RemoveAll(c => c.Members.Count == 0);
        }

        return new CorrectedClusters([.. working.Select(c => c.ToCluster())], outcomes);
    }

    private static StoryDecisionOutcome Move(StoryDecision decision, List<WorkingCluster> working, Dictionary<string, WorkingCluster> holder)
    {
        var present = Present(decision.Articles, holder);
        if (present.Count == 0)
        {
            return Skip(decision, "none of the articles to move is stored any more");
        }

        var moving = present.ToHashSet(StringComparer.Ordinal);
        if (HolderOfMost(decision.Target, holder, moving) is not { } target)
        {
            return Skip(decision, "none of the articles of the receiving story is stored any more");
        }

        var moved = 0;
        foreach (var article in present)
        {
            var from = holder[article];
            if (ReferenceEquals(from, target))
            {
                continue;
            }

            from.Members.Remove(article);
            from.Changed = true;
            target.Members.Add(article);
            target.Changed = true;
            holder[article] = target;
            moved++;
        }

        return moved == 0
            ? new StoryDecisionOutcome(decision, StoryDecisionStatus.AlreadyTrue, $"already in story {target.Id}", target.Id)
            : new StoryDecisionOutcome(decision, StoryDecisionStatus.Applied, Count(moved, "article") + $" moved to story {target.Id}", target.Id);
    }

    private static StoryDecisionOutcome Split(StoryDecision decision, List<WorkingCluster> working, Dictionary<string, WorkingCluster> holder, HashSet<string> ids)
    {
        var present = Present(decision.Articles, holder);
        if (present.Count == 0)
        {
            return Skip(decision, "none of the articles to split off is stored any more");
        }

        var first = holder[present[0]];
        if (present.All(a => ReferenceEquals(holder[a], first)) && first.Members.Count == present.Count)
        {
            return new StoryDecisionOutcome(decision, StoryDecisionStatus.AlreadyTrue, $"already a story of their own ({first.Id})", first.Id);
        }

        // Named after its lowest article id: stable across runs, and apart from every id the clustering gave.
        var id = StoryIds.From('s', "split:" + present.Min(StringComparer.Ordinal));
        for (var attempt = 2; !ids.Add(id); attempt++)
        {
            id = StoryIds.From('s', string.Create(CultureInfo.InvariantCulture, $"split:{present.Min(StringComparer.Ordinal)}:{attempt}"));
        }

        var split = new WorkingCluster(new StoryCluster(id, first.TopicId, present, present[0], null)) { Changed = true };
        foreach (var article in present)
        {
            var from = holder[article];
            from.Members.Remove(article);
            from.Changed = true;
            holder[article] = split;
        }

        working.Add(split);
        return new StoryDecisionOutcome(decision, StoryDecisionStatus.Applied, Count(present.Count, "article") + $" split off as story {id}", id);
    }

    private static StoryDecisionOutcome Merge(StoryDecision decision, List<WorkingCluster> working, Dictionary<string, WorkingCluster> holder)
    {
        if (HolderOfMost(decision.Target, holder, exclude: null) is not { } target)
        {
            return Skip(decision, "none of the articles of the receiving story is stored any more");
        }

        if (HolderOfMost(decision.Articles, holder, exclude: null) is not { } absorbed)
        {
            return Skip(decision, "none of the articles of the story to merge is stored any more");
        }

        if (ReferenceEquals(target, absorbed))
        {
            return new StoryDecisionOutcome(decision, StoryDecisionStatus.AlreadyTrue, $"already one story ({target.Id})", target.Id);
        }

        foreach (var article in absorbed.Members)
        {
            holder[article] = target;
        }

        target.Members.AddRange(absorbed.Members);
        target.Changed = true;
        var count = absorbed.Members.Count;
        absorbed.Members.Clear();
        working.Remove(absorbed);
        return new StoryDecisionOutcome(decision, StoryDecisionStatus.Applied, $"story {absorbed.Id} ({Count(count, "article")}) merged into story {target.Id}", target.Id);
    }

    /// <summary>The decision's articles that are still in some cluster, each once, in the decision's order.</summary>
    private static List<string> Present(ImmutableArray<string> articles, Dictionary<string, WorkingCluster> holder)
        => (articles.IsDefault ? [] : articles).Where(holder.ContainsKey).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The cluster holding most of <paramref name="anchors"/> (ignoring <paramref name="exclude"/>); ties go to the cluster
    /// of the earliest-listed anchor. A plurality, not the first anchor, so one anchor re-clustered elsewhere does not
    /// carry the decision off to another story.
    /// </summary>
    private static WorkingCluster? HolderOfMost(ImmutableArray<string> anchors, Dictionary<string, WorkingCluster> holder, HashSet<string>? exclude)
    {
        var counts = new Dictionary<WorkingCluster, (int Count, int First)>(ReferenceEqualityComparer.Instance);
        var position = 0;
        foreach (var anchor in (anchors.IsDefault ? [] : anchors).Distinct(StringComparer.Ordinal))
        {
            position++;
            if (exclude?.Contains(anchor) == true || !holder.TryGetValue(anchor, out var cluster))
            {
                continue;
            }

            counts[cluster] = counts.TryGetValue(cluster, out var seen) ? (seen.Count + 1, seen.First) : (1, position);
        }

        return counts.Count == 0
            ? null
            : counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First().Key;
    }

    private static StoryDecisionOutcome Skip(StoryDecision decision, string reason) => new(decision, StoryDecisionStatus.Skipped, reason, null);

    private static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
