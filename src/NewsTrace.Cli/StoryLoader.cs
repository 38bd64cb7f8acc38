using NewsTrace.Storage;
using NewsTrace.Stories;

namespace NewsTrace.Cli;

/// <summary>Loads the stories of a store. The one place that decides how stories are formed for the CLI.</summary>
internal static class StoryLoader
{
    public static Task<IReadOnlyList<Story>> LoadAsync(IArticleStore store, CancellationToken cancellationToken)
        => StoryBuilder.BuildAsync(store, StoryClusteringOptions.Default, cancellationToken);
}
