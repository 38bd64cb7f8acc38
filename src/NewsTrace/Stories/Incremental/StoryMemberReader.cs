using NewsTrace.Storage;

namespace NewsTrace.Stories.Incremental;

/// <summary>
/// Answers one update's membership questions from the in-memory index when it holds the state the update started from,
/// and from the store otherwise; both give the same answers in the same order.
/// </summary>
internal sealed class StoryMemberReader(IStoryStore store, StoryMembershipIndex? memory)
{
    public bool FromMemory => memory is not null;

    public async Task<int> CountTopicMembersAsync(IReadOnlyCollection<string> topicIds, int limit, CancellationToken cancellationToken)
        => memory?.CountTopicMembers(topicIds, limit) ?? await store.CountTopicMembersAsync(topicIds, limit, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<StoryAssignment>> ListTopicMembersAsync(IReadOnlyCollection<string> topicIds, int limit, CancellationToken cancellationToken)
        => memory?.ListTopicMembers(topicIds, limit) ?? await store.ListTopicMembersAsync(topicIds, limit, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<StoryAssignment>> ListStoryMembersAsync(IReadOnlyCollection<string> storyIds, int limitPerStory, CancellationToken cancellationToken)
        => memory?.ListRecentStoryMembers(storyIds, limitPerStory) ?? await store.ListStoryMembersAsync(storyIds, limitPerStory, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<StoryAssignment>> ListRecentTopicMembersAsync(IReadOnlyCollection<string> topicIds, int limitPerTopic, CancellationToken cancellationToken)
        => memory?.ListRecentTopicMembers(topicIds, limitPerTopic) ?? await store.ListRecentTopicMembersAsync(topicIds, limitPerTopic, cancellationToken).ConfigureAwait(false);
}
