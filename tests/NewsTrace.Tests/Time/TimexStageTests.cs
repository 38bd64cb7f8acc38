using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Tests.Time;

public sealed class TimexStageTests
{
    private static DocumentPipeline Pipeline() => new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(new TimexStage()).Build();

    [Fact]
    public void The_stage_declares_its_name_and_layers()
    {
        var stage = new TimexStage();
        Assert.Equal("time", stage.Name);
        Assert.Equal([Layers.Tokens, Layers.Sentences], stage.Requires);
        Assert.Equal([Layers.Timexes, TimeLayers.DateAnomalies], stage.Produces);
    }

    [Fact]
    public void The_stage_resolves_against_the_publish_date()
    {
        const string text = "Velichko arrived on Wednesday. A note dated October 47, 2021 was shown.";
        var metadata = ArticleMetadata.Empty with { Published = new PublishDate(new DateOnly(2024, 10, 18), new TimeOnly(9, 30)) };
        var document = Pipeline().Process(new Document(DocumentId.FromText(text), text, metadata));

        Assert.Empty(document.Failures);
        var timexes = document.Get(Layers.Timexes);
        Assert.Equal(["Wednesday", "October 47, 2021"], timexes.Select(t => t.Span.Of(text)));
        Assert.Equal(["2024-10-16", "null"], timexes.Select(t => t.Value ?? "null"));
        Assert.Equal(DateAnomaly.ImpossibleDate, Assert.Single(document.Get(TimeLayers.DateAnomalies)).Kind);
    }

    [Fact]
    public void Without_a_publish_date_the_weekday_has_no_value()
    {
        const string text = "Velichko arrived on Wednesday.";
        var document = Pipeline().Process(new Document(DocumentId.FromText(text), text, ArticleMetadata.Empty));
        Assert.Null(Assert.Single(document.Get(Layers.Timexes)).Value);
    }

    [Fact]
    public void An_empty_document_gets_empty_layers()
    {
        var document = Pipeline().Process(new Document("0000000000000000", "", ArticleMetadata.Empty));
        Assert.Empty(document.Get(Layers.Timexes));
        Assert.Empty(document.Get(TimeLayers.DateAnomalies));
    }
}
