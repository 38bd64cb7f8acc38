namespace NewsTrace.Stories.Corrections;

/// <summary>A cluster being corrected: its members can change while decisions replay.</summary>
internal sealed class WorkingCluster(StoryCluster origin)
{
    public StoryCluster Origin { get; } = origin;

    public string Id { get; init; } = origin.Id;

    public string TopicId { get; init; } = origin.TopicId;

    public List<string> Members { get; init; } = [.. origin.ArticleIds];

    public bool Changed { get; set; }

    /// <summary>Back to an immutable cluster; a changed one keeps its representative and title while the representative stays a member.</summary>
    public StoryCluster ToCluster()
    {
        if (!Changed)
        {
            return Origin;
        }

        var keepsRepresentative = Members.Contains(Origin.RepresentativeId, StringComparer.Ordinal);
        return new StoryCluster(
            Id,
            TopicId,
            [.. Members],
            keepsRepresentative ? Origin.RepresentativeId : Members[0],
            keepsRepresentative ? Origin.Title : null);
    }
}
