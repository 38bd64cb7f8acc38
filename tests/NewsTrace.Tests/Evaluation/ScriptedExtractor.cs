using System.Collections.Concurrent;
using NewsTrace.Documents;
using NewsTrace.Extraction;
using NewsTrace.Ingest;

namespace NewsTrace.Tests.Evaluation;

/// <summary>An extractor that returns a prepared article per page id (the input's source), throws for unknown ids, and records its inputs.</summary>
internal sealed class ScriptedExtractor(IReadOnlyDictionary<string, Article> articles) : IArticleExtractor
{
    public ConcurrentBag<RawInput> Inputs { get; } = [];

    public Article Extract(RawInput input)
    {
        Inputs.Add(input);
        return articles.TryGetValue(input.Source, out var article)
            ? article
            : throw new ExtractionException("no article text found (scripted)");
    }

    public static Article Article(string text, string? title = null, string[]? authors = null, PublishDate? published = null)
        => new(text, new ArticleMetadata { Title = title, Authors = [.. authors ?? []], Published = published });
}
