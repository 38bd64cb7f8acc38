using NewsTrace.Storage;
using NewsTrace.Stories;

namespace NewsTrace.Cli;

/// <summary>Loads the stories of a store. The one place that decides how stories are formed for the CLI.</summary>
internal static class StoryLoader
{
    public static async Task<IReadOnlyList<Story>> LoadAsync(IArticleStore store, CancellationToken cancellationToken)
    {
        var articles = new List<ArticleSummary>();
        await foreach (var article in store.ListAsync(new ArticleQuery(), cancellationToken).ConfigureAwait(false))
        {
            articles.Add(article);
        }

        var sources = new List<ArticleSource>();
        await foreach (var source in store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(source);
        }

        return ExactCopyStories.Group(articles, sources);
    }
}
