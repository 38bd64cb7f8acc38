using NewsTrace.Storage;

namespace NewsTrace.Entities.CrossDocument;

/// <summary>
/// Applies user decisions, in the order they were made, to the automatic groups. A decision whose entity no longer
/// exists (the articles that named it are gone) is skipped, never an error: decisions outlive the data they were made on.
/// </summary>
internal static class DecisionApplier
{
    public static void Apply(IReadOnlyList<EntityObservation> observations, List<EntityGroup> groups, IEnumerable<EntityDecision> decisions)
    {
        foreach (var decision in decisions)
        {
            var group = EntityReferences.Find(observations, groups, decision.Entity);
            if (group is null)
            {
                continue;
            }

            switch (decision.Kind)
            {
                case EntityDecisionKind.Merge:
                    var other = EntityReferences.Find(observations, groups, decision.Argument);
                    if (other is not null && other != group)
                    {
                        group.Members.AddRange(other.Members);
                        group.Rename ??= other.Rename;
                        groups.Remove(other);
                    }

                    break;
                case EntityDecisionKind.Split:
                    Split(observations, groups, group, decision.Argument);
                    break;
                case EntityDecisionKind.Rename:
                    group.Rename = decision.Argument;
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// Moves the observations written as (or named) <paramref name="alias"/> into a group of their own: those written
    /// exactly so when there are any, else those with the same cross-document key.
    /// </summary>
    private static void Split(IReadOnlyList<EntityObservation> observations, List<EntityGroup> groups, EntityGroup group, string alias)
    {
        // The alias as written first: "Arkadi Velitchko" must be able to leave "Arkady Velichko", whose key it shares.
        var leaving = group.Members
            .Where(i => string.Equals(observations[i].Surface, alias.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(observations[i].DocumentName, alias.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (leaving.Count == 0)
        {
            var key = CrossDocumentNameKey.Of(alias);
            leaving = group.Members
                .Where(i => CrossDocumentNameKey.Of(observations[i].Surface) == key || observations[i].NameKey == key)
                .ToList();
        }

        if (leaving.Count == 0 || leaving.Count == group.Members.Count)
        {
            return;
        }

        group.Members.RemoveAll(leaving.Contains);
        groups.Add(new EntityGroup(leaving));
    }
}
