using System.Collections.Concurrent;
using NewsTrace.Documents;
using NewsTrace.Extraction;
using NewsTrace.Ingest;

namespace NewsTrace.Tests.Evaluation;

/// <summary>An extractor that returns a prepared article per page id (the input's source), throws for unknown ids, and records its inputs.</summary>
internal sealed class ScriptedExtractor(IReadOnlyDictionary<string, Article> articles) : IArticleExtractor
{
    /// <summary>The page id for which the extractor fails with a bug rather than an <see cref="ExtractionException"/>.</summary>
    public const string BuggyPage = "buggy";

    public ConcurrentBag<RawInput> Inputs { get; } = [];

    public Article Extract(RawInput input)
    {
        Inputs.Add(input);
        if (input.Source == BuggyPage)
        {
            throw new InvalidOperationException("scripted bug");
        }

        return articles.TryGetValue(input.Source, out var article)
            ? article
            : throw new ExtractionException("no article text found (scripted)");
    }

    public static Article Article(string text, string? title = null, string[]? authors = null, PublishDate? published = null)
        => new(text, new ArticleMetadata { Title = title, Authors = [.. authors ?? []], Published = published });
}
