using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Pipeline;
using NewsTrace.Text;

namespace NewsTrace.Tests.Reuse.Alignment;

/// <summary>Analysed documents for comparer tests: tokens, sentences and entities, as the pipeline makes them.</summary>
internal static class ReuseDocuments
{
    private static readonly DocumentPipeline Pipeline = new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceStage())
        .Add(new EntityStage())
        .Build();

    public static Document Of(string text, string id = "doc") => Pipeline.Process(new Document(id, text, ArticleMetadata.Empty));
}
