using NewsTrace.Pipeline;
using NewsTrace.Tests.Fakes;

namespace NewsTrace.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private static readonly LayerKey<string> A = new("a");
    private static readonly LayerKey<string> B = new("b");

    [Fact]
    public void Accepts_stages_in_dependency_order()
    {
        var pipeline = new PipelineBuilder()
            .Add(new RecordingStage("first", A))
            .Add(new RecordingStage("second", B, [A]))
            .Build();

        Assert.Equal(["first", "second"], pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void Rejects_a_stage_whose_requirement_comes_later_and_says_which()
    {
        var builder = new PipelineBuilder()
            .Add(new RecordingStage("second", B, [A]))
            .Add(new RecordingStage("first", A));

        var error = Assert.Throws<PipelineConfigurationException>(builder.Build);
        Assert.Contains("'second' requires layer 'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'first' produces it but comes later", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_requirement_nobody_produces()
    {
        var builder = new PipelineBuilder().Add(new RecordingStage("second", B, [A]));

        var error = Assert.Throws<PipelineConfigurationException>(builder.Build);
        Assert.Contains("no stage produces it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_two_producers_of_one_layer()
    {
        var builder = new PipelineBuilder()
            .Add(new RecordingStage("one", A))
            .Add(new RecordingStage("two", A));

        Assert.Throws<PipelineConfigurationException>(builder.Build);
    }

    [Fact]
    public void Rejects_duplicate_stage_names()
    {
        var builder = new PipelineBuilder()
            .Add(new RecordingStage("same", A))
            .Add(new RecordingStage("same", B));

        Assert.Throws<PipelineConfigurationException>(builder.Build);
    }

    [Fact]
    public void The_built_pipeline_does_not_change_when_the_builder_does()
    {
        var builder = new PipelineBuilder().Add(new RecordingStage("first", A));
        var pipeline = builder.Build();
        builder.Add(new RecordingStage("second", B));

        Assert.Single(pipeline.Stages);
    }
}
