using NewsTrace.Storage;

namespace NewsTrace.Cli;

/// <summary>How the command line names an article: its id or a unique id prefix, its record id, or a source path.</summary>
internal static class ArticleReferences
{
    /// <summary>The id of the article <paramref name="reference"/> names; null when none.</summary>
    public static async Task<string?> ResolveAsync(IArticleStore store, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(reference);
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
}
