namespace NewsTrace.Entities.CrossDocument;

/// <summary>
/// Finds the group a user means by a reference: its id, its name (as shown, or as a user renamed it), or one of its
/// aliases compared by cross-document key; when several groups have that alias, the one that uses it most.
/// </summary>
internal static class EntityReferences
{
    public static EntityGroup? Find(IReadOnlyList<EntityObservation> observations, IReadOnlyList<EntityGroup> groups, string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var trimmed = reference.Trim();
        EntityGroup? byName = null;
        foreach (var group in groups)
        {
            var summary = EntitySummarizer.Summarize(observations, group);
            if (string.Equals(summary.Id, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return group;
            }

            if (byName is null && string.Equals(summary.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                byName = group;
            }
        }

        if (byName is not null)
        {
            return byName;
        }

        var key = CrossDocumentNameKey.Of(trimmed);
        if (key.Length == 0)
        {
            return null;
        }

        return groups
            .Select(g => (Group: g, Uses: g.Members.Where(i => CrossDocumentNameKey.Of(observations[i].Surface) == key || observations[i].NameKey == key).Sum(i => observations[i].Count)))
            .Where(x => x.Uses > 0)
            .OrderByDescending(x => x.Uses)
            .Select(x => x.Group)
            .FirstOrDefault();
    }
}
