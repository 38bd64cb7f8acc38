using NewsTrace.Pipeline;
using NewsTrace.Tests.Fakes;

namespace NewsTrace.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private static readonly LayerKey<string> s_a = new("a");
    private static readonly LayerKey<string> s_b = new("b");

    [Fact]
    public void Accepts_stages_in_dependency_order()
    {
        var pipeline = new PipelineBuilder()
            .Add(new RecordingStage("first", s_a))
            .Add(new RecordingStage("second", s_b, [s_a]))
            .Build();

        Assert.Equal(["first", "second"], pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void Rejects_a_stage_whose_requirement_comes_later_and_says_which()
    {
        var builder = new PipelineBuilder()
            .Add(new RecordingStage("second", s_b, [s_a]))
            .Add(new RecordingStage("first", s_a));

        var error = Assert.Throws<PipelineConfigurationException>(builder.Build);
        Assert.Contains("'second' requires layer 'a'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'first' produces it but comes later", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_requirement_nobody_produces()
    {
        var builder = new PipelineBuilder().Add(new RecordingStage("second", s_b, [s_a]));

        var error = Assert.Throws<PipelineConfigurationException>(builder.Build);
        Assert.Contains("no stage produces it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_two_producers_of_one_layer()
    {
        var builder = new PipelineBuilder()
            .Add(new RecordingStage("one", s_a))
            .Add(new RecordingStage("two", s_a));

        Assert.Throws<PipelineConfigurationException>(builder.Build);
    }

    [Fact]
    public void Rejects_duplicate_stage_names()
    {
        var builder = new PipelineBuilder()
            .Add(new RecordingStage("same", s_a))
            .Add(new RecordingStage("same", s_b));

        Assert.Throws<PipelineConfigurationException>(builder.Build);
    }

    [Fact]
    public void The_built_pipeline_does_not_change_when_the_builder_does()
    {
        var builder = new PipelineBuilder().Add(new RecordingStage("first", s_a));
        var pipeline = builder.Build();
        builder.Add(new RecordingStage("second", s_b));

        Assert.Single(pipeline.Stages);
    }
}
