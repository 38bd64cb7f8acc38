using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;
using NewsTrace.Storage;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Tests.Pipeline;

public sealed class StoredDocumentTests
{
    private const string Text = "DORVAN, Oct. 17 — Foreign Minister Arkady Velichko arrived on Wednesday. "
        + "\"We came to build a bridge,\" Velichko told reporters. The talks lasted October 47 hours.";

    [Fact]
    public void Layers_written_to_the_store_come_back_unchanged()
    {
        var analysed = Analyse();
        var stored = new StoredArticle(analysed.Id, analysed.Metadata, analysed.Text, "hash", ContractJson.LayersToJson(analysed));

        var restored = StoredDocument.FromStored(stored);

        Assert.Equal(analysed.Get(Layers.Tokens).ToArray(), restored.Get(Layers.Tokens).ToArray());
        Assert.Equal(analysed.Get(Layers.Sentences).ToArray(), restored.Get(Layers.Sentences).ToArray());
        Assert.Equal(analysed.Get(Layers.Entities).ToArray(), restored.Get(Layers.Entities).ToArray());
        Assert.Equal(analysed.Get(Layers.Quotes).ToArray(), restored.Get(Layers.Quotes).ToArray());
        Assert.Equal(analysed.Get(Layers.Timexes).ToArray(), restored.Get(Layers.Timexes).ToArray());
        Assert.Equal(analysed.Get(TimeLayers.DateAnomalies).ToArray(), restored.Get(TimeLayers.DateAnomalies).ToArray());
        Assert.NotEmpty(restored.Get(Layers.Quotes));
        Assert.NotEmpty(restored.Get(Layers.Timexes));
    }

    [Fact]
    public void Malformed_analysis_leaves_only_the_recomputed_tokens()
    {
        var stored = new StoredArticle("abcd", ArticleMetadata.Empty, Text, "hash", "{not json");

        var restored = StoredDocument.FromStored(stored);

        Assert.True(restored.Has(Layers.Tokens));
        Assert.False(restored.Has(Layers.Sentences));
        Assert.False(restored.Has(Layers.Quotes));
    }

    [Fact]
    public void Spans_outside_the_text_and_items_without_required_fields_are_dropped()
    {
        const string json = """
            {"sentences": [[0, 5], [3, 9999], "x"],
             "entities": [{"start": 0, "end": 6, "type": "GPE", "canonical": null}, {"start": 0, "end": 6}],
             "quotes": [{"start": 1, "end": 99999, "kind": "direct"}],
             "timexes": []}
            """;
        var stored = new StoredArticle("abcd", ArticleMetadata.Empty, Text, "hash", json);

        var restored = StoredDocument.FromStored(stored);

        Assert.Equal([new TextSpan(0, 5)], restored.Get(Layers.Sentences).ToArray());
        Assert.Equal([new EntityMention(new TextSpan(0, 6), "GPE", null)], restored.Get(Layers.Entities).ToArray());
        Assert.Empty(restored.Get(Layers.Quotes));
        Assert.Empty(restored.Get(Layers.Timexes));
        Assert.False(restored.Has(TimeLayers.DateAnomalies));
    }

    private static Document Analyse()
    {
        var pipeline = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceStage())
            .Add(new TimexStage())
            .Add(new EntityStage())
            .Add(new QuoteStage())
            .Build();
        var metadata = ArticleMetadata.Empty with { Published = PublishDate.TryParseIso("2024-10-17", out var date) ? date : null };
        return pipeline.Process(new Document("abcd", Text, metadata));
    }
}
