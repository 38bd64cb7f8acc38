using NewsTrace.Storage;

namespace NewsTrace.Web.Stories;

/// <summary>The user's entity decisions (merge, split, rename) where the store keeps them; none otherwise.</summary>
public static class EntityDecisions
{
    public static async Task<IReadOnlyList<EntityDecision>> ListAsync(IArticleStore store, CancellationToken cancellationToken)
    {
        var decisions = new List<EntityDecision>();
        if (store is IEntityDecisionStore decisionStore)
        {
            await foreach (var decision in decisionStore.ListEntityDecisionsAsync(cancellationToken))
            {
                decisions.Add(decision);
            }
        }

        return decisions;
    }
}
