using NewsTrace.Storage;
using NewsTrace.Stories;
using NewsTrace.Stories.Corrections;

namespace NewsTrace.Cli;

/// <summary>Loads the stories of a store. The one place that decides how stories are formed for the CLI.</summary>
internal static class StoryLoader
{
    public static Task<IReadOnlyList<Story>> LoadAsync(IArticleStore store, CancellationToken cancellationToken)
        => StoryBuilder.BuildAsync(store, StoryClusteringOptions.Default, cancellationToken);

    /// <summary>The stories with what each of the user's story decisions did.</summary>
    public static Task<CorrectedStories> LoadCorrectedAsync(IArticleStore store, CancellationToken cancellationToken)
        => StoryBuilder.BuildCorrectedAsync(store, StoryClusteringOptions.Default, cancellationToken);

    /// <summary>
    /// The story <paramref name="reference"/> names: a story id, else the story holding the article it names (an
    /// article id or unique prefix, a record id or a source path), so a story can be named even after its id changed.
    /// </summary>
    public static async Task<Story?> FindAsync(IArticleStore store, IReadOnlyList<Story> stories, string reference, CancellationToken cancellationToken)
    {
        if (stories.FirstOrDefault(s => string.Equals(s.Id, reference, StringComparison.Ordinal)) is { } story)
        {
            return story;
        }

        var articleId = await ArticleReferences.ResolveAsync(store, reference, cancellationToken).ConfigureAwait(false);
        return articleId is null ? null : stories.FirstOrDefault(s => s.Articles.Any(a => string.Equals(a.Id, articleId, StringComparison.Ordinal)));
    }
}
