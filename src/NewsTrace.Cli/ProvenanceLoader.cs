using NewsTrace.Reuse.Provenance;
using NewsTrace.Storage;

namespace NewsTrace.Cli;

/// <summary>Runs the reuse analysis for the CLI: for one story (named by its id or by one of its articles), or all.</summary>
internal static class ProvenanceLoader
{
    /// <summary>The analysis of the story <paramref name="storyOrArticleId"/> names, or null when it names none.</summary>
    public static async Task<ReuseAnalysisResult?> ForAsync(IArticleStore store, string storyOrArticleId, CancellationToken cancellationToken)
    {
        var stories = await StoryLoader.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        var story = stories.FirstOrDefault(s => string.Equals(s.Id, storyOrArticleId, StringComparison.Ordinal));
        if (story is null && await store.GetAsync(storyOrArticleId, cancellationToken).ConfigureAwait(false) is { } article)
        {
            story = stories.FirstOrDefault(s => s.Articles.Any(a => string.Equals(a.Id, article.Id, StringComparison.Ordinal)));
        }

        return story is null
            ? null
            : await Composition.CreateReuseAnalysis().RunAsync(store, story.Id, cancellationToken).ConfigureAwait(false);
    }

    public static Task<ReuseAnalysisResult> AllAsync(IArticleStore store, string? storyId, CancellationToken cancellationToken)
        => Composition.CreateReuseAnalysis().RunAsync(store, storyId, cancellationToken);
}
