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
        var articleId = story is null ? await ArticleIdAsync(store, storyOrArticleId, cancellationToken).ConfigureAwait(false) : null;
        if (articleId is not null)
        {
            story = stories.FirstOrDefault(s => s.Articles.Any(a => string.Equals(a.Id, articleId, StringComparison.Ordinal)));
        }

        return story is null
            ? null
            : await Composition.CreateReuseAnalysis().RunAsync(store, story.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The article an id, id prefix, record id or source path names; null when none.</summary>
    private static async Task<string?> ArticleIdAsync(IArticleStore store, string reference, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(reference, cancellationToken).ConfigureAwait(false) is { } article)
        {
            return article.Id;
        }

        var normalized = reference.Replace('\\', '/');
        await foreach (var source in store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(source.Reference, reference, StringComparison.Ordinal)
                || string.Equals(source.Source.Replace('\\', '/'), normalized, StringComparison.Ordinal))
            {
                return source.ArticleId;
            }
        }

        return null;
    }

    public static Task<ReuseAnalysisResult> AllAsync(IArticleStore store, string? storyId, CancellationToken cancellationToken)
        => Composition.CreateReuseAnalysis().RunAsync(store, storyId, cancellationToken);
}
