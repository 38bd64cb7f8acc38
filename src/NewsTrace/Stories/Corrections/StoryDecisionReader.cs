using NewsTrace.Storage;

namespace NewsTrace.Stories.Corrections;

/// <summary>Reads the story decisions of a store; a store that keeps none has none.</summary>
public static class StoryDecisionReader
{
    public static async Task<IReadOnlyList<StoryDecision>> ListAsync(IArticleStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var decisions = new List<StoryDecision>();
        if (store is IStoryDecisionStore decisionStore)
        {
            await foreach (var decision in decisionStore.ListStoryDecisionsAsync(cancellationToken).ConfigureAwait(false))
            {
                decisions.Add(decision);
            }
        }

        return decisions;
    }
}
