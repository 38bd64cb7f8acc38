using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;
using NewsTrace.Text;

namespace NewsTrace.Tests.Quotes;

public sealed class QuoteStageTests
{
    [Fact]
    public void The_stages_run_in_a_pipeline_and_write_their_layers()
    {
        var pipeline = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(new EntityStage()).Add(new QuoteStage()).Build();
        const string text = "“The ferry is back,” Marta Kowalczyk said.";
        var document = pipeline.Process(new Document("doc", text, ArticleMetadata.Empty));
        Assert.Empty(document.Failures);
        Assert.Contains(document.Get(Layers.Entities), mention => mention.Span.Of(text) == "Marta Kowalczyk");
        var quote = Assert.Single(document.Get(Layers.Quotes));
        Assert.Equal("Marta Kowalczyk", quote.Speaker);
    }

    [Fact]
    public void The_stages_declare_their_layers()
    {
        Assert.Equal([Layers.Tokens, Layers.Sentences], new EntityStage().Requires);
        Assert.Equal([Layers.Entities], new EntityStage().Produces);
        Assert.Equal([Layers.Tokens, Layers.Sentences, Layers.Entities], new QuoteStage().Requires);
        Assert.Equal([Layers.Quotes], new QuoteStage().Produces);
    }
}
