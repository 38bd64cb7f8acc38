using NewsTrace.Storage;

namespace NewsTrace.Stories.Incremental;

/// <summary>
/// Every indexed article's assignment, with each story's and each topic's members in the order they were indexed: the
/// answers to the membership questions a catch-up asks of the store in every window (a topic's size, its members, the
/// latest members of a story or topic), kept in memory. At a million articles those reads were a fifth of the
/// catch-up's time, one indexed lookup per member row. The answers are exactly the store's, in the store's order (see
/// the <see cref="IStoryStore"/> members of the same names), so results do not depend on where they came from.
/// </summary>
/// <remarks>
/// The index only describes a state it was loaded at or followed to (<see cref="IndexedArticleCache"/> ties it to a
/// store version and clears it when the store moved without it). About 250 bytes an article: 250 MB at a million.
/// Not thread-safe: one catch-up uses it at a time (the story lock serialises updates).
/// </remarks>
public sealed class StoryMembershipIndex
{
    private readonly Dictionary<string, Member> _members = new(StringComparer.Ordinal);
    private readonly List<string> _byRank = [];
    private readonly Dictionary<string, Group> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> _topics = new(StringComparer.Ordinal);

    /// <summary>Whether the index holds the whole membership of the state it follows (false until loaded).</summary>
    public bool IsLoaded { get; private set; }

    /// <summary>Indexed articles held.</summary>
    public int Count => _members.Count;

    /// <summary>Forgets everything; the index is not loaded until <see cref="Load"/>.</summary>
    public void Clear()
    {
        _members.Clear();
        _byRank.Clear();
        _stories.Clear();
        _topics.Clear();
        IsLoaded = false;
    }

    /// <summary>Replaces the content with <paramref name="assignmentsInIndexOrder"/> (oldest first, as <see cref="IStoryStore.ListAssignmentsInIndexOrderAsync"/> gives them).</summary>
    public void Load(IEnumerable<StoryAssignment> assignmentsInIndexOrder)
    {
        ArgumentNullException.ThrowIfNull(assignmentsInIndexOrder);
        Clear();
        foreach (var assignment in assignmentsInIndexOrder)
        {
            Append(assignment);
        }

        IsLoaded = true;
    }

    /// <summary>
    /// Follows an applied update the way the stores apply it: added articles are indexed in the order given (after every
    /// article indexed before), and every other assignment replaces the article's current one.
    /// </summary>
    public void Apply(StoryUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!IsLoaded)
        {
            return;
        }

        var assignments = update.Assignments.ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
        foreach (var entry in update.Added)
        {
            Append(assignments[entry.ArticleId]);
            assignments.Remove(entry.ArticleId);
        }

        foreach (var assignment in assignments.Values)
        {
            if (!_members.TryGetValue(assignment.ArticleId, out var member))
            {
                throw new ArgumentException($"Article '{assignment.ArticleId}' is reassigned but not in the story index.", nameof(update));
            }

            var story = Intern(_stories, assignment.StoryId);
            var topic = Intern(_topics, assignment.TopicId);
            if (!string.Equals(member.Assignment.StoryId, story, StringComparison.Ordinal))
            {
                Remove(_stories, member.Assignment.StoryId, member.Rank);
                Insert(_stories, story, member.Rank);
            }

            if (!string.Equals(member.Assignment.TopicId, topic, StringComparison.Ordinal))
            {
                Remove(_topics, member.Assignment.TopicId, member.Rank);
                Insert(_topics, topic, member.Rank);
            }

            _members[assignment.ArticleId] = member with { Assignment = assignment with { StoryId = story, TopicId = topic } };
        }
    }

    /// <summary>As <see cref="IStoryStore.CountTopicMembersAsync"/>: how many articles the topics hold together, counted up to <paramref name="limit"/>.</summary>
    public int CountTopicMembers(IReadOnlyCollection<string> topicIds, int limit)
    {
        ArgumentNullException.ThrowIfNull(topicIds);
        var count = 0L;
        foreach (var topic in topicIds.Distinct(StringComparer.Ordinal))
        {
            count += _topics.GetValueOrDefault(topic)?.Ranks.Count ?? 0;
        }

        return (int)Math.Min(count, limit);
    }

    /// <summary>As <see cref="IStoryStore.ListTopicMembersAsync"/>: the topics' members in article id order, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<StoryAssignment> ListTopicMembers(IReadOnlyCollection<string> topicIds, int limit)
    {
        ArgumentNullException.ThrowIfNull(topicIds);
        return [.. topicIds
            .Distinct(StringComparer.Ordinal)
            .SelectMany(topic => _topics.GetValueOrDefault(topic)?.Ranks ?? [])
            .Select(rank => _byRank[rank])
            .Order(StringComparer.Ordinal)
            .Take(limit)
            .Select(id => _members[id].Assignment)];
    }

    /// <summary>As <see cref="IStoryStore.ListStoryMembersAsync"/>: each story's latest members, newest first, stories in id order.</summary>
    public IReadOnlyList<StoryAssignment> ListRecentStoryMembers(IReadOnlyCollection<string> storyIds, int limitPerStory)
        => Recent(_stories, storyIds, limitPerStory);

    /// <summary>As <see cref="IStoryStore.ListRecentTopicMembersAsync"/>: each topic's latest members, newest first, topics in id order.</summary>
    public IReadOnlyList<StoryAssignment> ListRecentTopicMembers(IReadOnlyCollection<string> topicIds, int limitPerTopic)
        => Recent(_topics, topicIds, limitPerTopic);

    private List<StoryAssignment> Recent(Dictionary<string, Group> groups, IReadOnlyCollection<string> ids, int limitPerGroup)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limitPerGroup);
        var found = new List<StoryAssignment>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!groups.TryGetValue(id, out var group))
            {
                continue;
            }

            var ranks = group.Ranks;

            for (var i = ranks.Count - 1; i >= 0 && i >= ranks.Count - limitPerGroup; i--)
            {
                found.Add(_members[_byRank[ranks[i]]].Assignment);
            }
        }

        return found;
    }

    private void Append(StoryAssignment assignment)
    {
        if (_members.ContainsKey(assignment.ArticleId))
        {
            throw new ArgumentException($"Article '{assignment.ArticleId}' is indexed twice.", nameof(assignment));
        }

        var rank = _byRank.Count;
        var story = Intern(_stories, assignment.StoryId);
        var topic = Intern(_topics, assignment.TopicId);
        _byRank.Add(assignment.ArticleId);
        _members[assignment.ArticleId] = new Member(rank, assignment with { StoryId = story, TopicId = topic });

        // Ranks only grow, so appending keeps each group in index order.
        _stories[story].Ranks.Add(rank);
        _topics[topic].Ranks.Add(rank);
    }

    /// <summary>The group's id as stored (one string per story or topic, however many members name it), creating the group.</summary>
    private static string Intern(Dictionary<string, Group> groups, string id)
    {
        if (groups.TryGetValue(id, out var group))
        {
            return group.Id;
        }

        groups[id] = new Group(id);
        return id;
    }

    private static void Insert(Dictionary<string, Group> groups, string id, int rank)
    {
        var ranks = groups[id].Ranks;
        var at = ranks.BinarySearch(rank);
        ranks.Insert(at < 0 ? ~at : at, rank);
    }

    private static void Remove(Dictionary<string, Group> groups, string id, int rank)
    {
        var ranks = groups[id].Ranks;
        var at = ranks.BinarySearch(rank);
        if (at >= 0)
        {
            ranks.RemoveAt(at);
        }

        if (ranks.Count == 0)
        {
            groups.Remove(id);
        }
    }

    private readonly record struct Member(int Rank, StoryAssignment Assignment);

    /// <summary>A story's or topic's members as ranks in index order, under the one id string every member shares.</summary>
    private sealed class Group(string id)
    {
        public string Id { get; } = id;

        public List<int> Ranks { get; } = [];
    }
}
