using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Tests.Fakes;

namespace NewsTrace.Tests.Pipeline;

public sealed class DocumentPipelineTests
{
    private static readonly LayerKey<string> A = new("a");
    private static readonly LayerKey<string> B = new("b");
    private static readonly LayerKey<string> C = new("c");

    private static Document Doc(string text, string id = "d1") => new(id, text, ArticleMetadata.Empty);

    [Fact]
    public void Each_stage_adds_its_layer_and_the_text_never_changes()
    {
        var pipeline = new PipelineBuilder().Add(new RecordingStage("sa", A)).Add(new RecordingStage("sb", B, [A])).Build();

        var result = pipeline.Process(Doc("hello"));

        Assert.Equal("sa:5", result.Get(A));
        Assert.Equal("sb:5", result.Get(B));
        Assert.Equal("hello", result.Text);
        Assert.Empty(result.Failures);
    }

    [Fact]
    public void A_throwing_stage_is_recorded_and_its_dependents_are_skipped_but_independent_stages_run()
    {
        var pipeline = new PipelineBuilder()
            .Add(new RecordingStage("sa", A, throwOn: "boom"))
            .Add(new RecordingStage("sb", B, [A]))
            .Add(new RecordingStage("sc", C))
            .Build();

        var result = pipeline.Process(Doc("boom goes the stage"));

        Assert.False(result.Has(A));
        Assert.False(result.Has(B));
        Assert.Equal("sc:19", result.Get(C));
        Assert.Collection(
            result.Failures,
            f =>
            {
                Assert.Equal("sa", f.Stage);
                Assert.False(f.Skipped);
                Assert.Contains("cannot handle 'boom'", f.Message, StringComparison.Ordinal);
            },
            f =>
            {
                Assert.Equal("sb", f.Stage);
                Assert.True(f.Skipped);
                Assert.Contains("'a'", f.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void A_batch_goes_on_past_a_failing_document_and_keeps_input_order()
    {
        var pipeline = new PipelineBuilder().Add(new RecordingStage("sa", A, throwOn: "bad")).Build();
        var inputs = Enumerable.Range(0, 200).Select(i => Doc(i % 7 == 0 ? $"bad {i}" : $"good {i}", $"id{i}"));

        var results = pipeline.ProcessAll(inputs, degreeOfParallelism: 4).ToList();

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"id{i}"), results.Select(d => d.Id));
        Assert.All(results, d => Assert.Equal(d.Text.StartsWith("bad", StringComparison.Ordinal), !d.Failures.IsEmpty));
    }

    [Fact]
    public void A_stage_that_forgets_its_declared_layer_is_a_failure()
    {
        var pipeline = new PipelineBuilder().Add(new SilentStage()).Build();

        var result = pipeline.Process(Doc("x"));

        var failure = Assert.Single(result.Failures);
        Assert.Contains("did not write its declared layer 'a'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_cannot_write_an_undeclared_layer()
    {
        var pipeline = new PipelineBuilder().Add(new SneakyStage()).Build();

        var result = pipeline.Process(Doc("x"));

        Assert.False(result.Has(B));
        Assert.Contains("does not declare", Assert.Single(result.Failures).Message, StringComparison.Ordinal);
    }

    private sealed class SilentStage : IDocumentStage
    {
        public string Name => "silent";

        public IReadOnlyList<LayerKey> Requires => [];

        public IReadOnlyList<LayerKey> Produces => [A];

        public void Annotate(Document document, LayerWriter output)
        {
        }
    }

    private sealed class SneakyStage : IDocumentStage
    {
        public string Name => "sneaky";

        public IReadOnlyList<LayerKey> Requires => [];

        public IReadOnlyList<LayerKey> Produces => [A];

        public void Annotate(Document document, LayerWriter output) => output.Add(B, "not mine");
    }
}
