using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Text;

namespace NewsTrace.Tests.Text;

public sealed class TextStageTests
{
    private const string Article = "MOSCOW, Oct. 19 (Reuters) - Mr. Lavrov met Kim Jong-un. \"We agree,\" he said.\n\nThe U.S. objected.";

    [Fact]
    public void The_stages_write_tokens_and_sentences()
    {
        var pipeline = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Build();
        var document = pipeline.Process(new Document(DocumentId.FromText(Article), Article, ArticleMetadata.Empty));

        Assert.Empty(document.Failures);
        Assert.Equal(Tokenizer.Tokenize(Article).ToArray(), document.Get(Layers.Tokens).ToArray());
        Assert.Equal(
            ["MOSCOW, Oct. 19 (Reuters) - Mr. Lavrov met Kim Jong-un.", "\"We agree,\" he said.", "The U.S. objected."],
            document.Get(Layers.Sentences).Select(s => s.Of(Article)));
    }

    [Fact]
    public void The_sentence_stage_needs_the_token_stage_before_it()
    {
        var error = Assert.Throws<PipelineConfigurationException>(() => new PipelineBuilder().Add(new SentenceStage()).Add(new TokenizerStage()).Build());
        Assert.Contains("tokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stages_declare_their_names_and_layers()
    {
        var tokens = new TokenizerStage();
        var sentences = new SentenceStage();
        Assert.Equal("tokenize", tokens.Name);
        Assert.Empty(tokens.Requires);
        Assert.Equal([Layers.Tokens], tokens.Produces);
        Assert.Equal("sentences", sentences.Name);
        Assert.Equal([Layers.Tokens], sentences.Requires);
        Assert.Equal([Layers.Sentences], sentences.Produces);
    }

    [Fact]
    public void An_empty_document_gets_empty_layers()
    {
        var pipeline = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Build();
        var document = pipeline.Process(new Document("0000000000000000", "", ArticleMetadata.Empty));
        Assert.Empty(document.Get(Layers.Tokens));
        Assert.Empty(document.Get(Layers.Sentences));
    }

    [Fact]
    public void Many_documents_in_parallel_get_the_same_layers_as_one_at_a_time()
    {
        var pipeline = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Build();
        var documents = Enumerable.Range(0, 50)
            .Select(i => $"Story {i}. Gen. Smith spoke on Sept. {i % 28 + 1}. \"Yes,\" he said.")
            .Select(text => new Document(DocumentId.FromText(text), text, ArticleMetadata.Empty))
            .ToList();

        var parallel = pipeline.ProcessAll(documents, degreeOfParallelism: 2).ToList();

        for (var i = 0; i < documents.Count; i++)
        {
            Assert.Equal(SentenceSplitter.Split(documents[i].Text).ToArray(), parallel[i].Get(Layers.Sentences).ToArray());
        }
    }
}
