using NewsTrace.Documents;
using NewsTrace.Evaluation;
using NewsTrace.Time;

namespace NewsTrace.Tests.Evaluation;

public sealed class TimeMLEvaluatorTests
{
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>sample</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-18" temporalFunction="false" functionInDocument="CREATION_TIME">2024-10-18</TIMEX3></DCT>
        <TEXT>Velichko <EVENT eid="e1">arrived</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2024-10-16">Wednesday</TIMEX3> for a <TIMEX3 tid="t2" type="DURATION" value="P2D">two-day</TIMEX3> visit &amp; talks.</TEXT>
        </TimeML>
        """;

    [Fact]
    public void The_reader_strips_tags_and_keeps_gold_offsets_into_the_stripped_text()
    {
        var document = TimeMLReader.Parse("sample", Sample);
        Assert.Equal("Velichko arrived on Wednesday for a two-day visit & talks.", document.Text);
        Assert.Equal(new DateOnly(2024, 10, 18), document.DocumentCreationTime);
        Assert.Equal(["Wednesday", "two-day"], document.Gold.Select(t => t.Span.Of(document.Text)));
        Assert.Equal(["DATE", "DURATION"], document.Gold.Select(t => t.Type));
        Assert.Equal(["2024-10-16", "P2D"], document.Gold.Select(t => t.Value ?? "null"));
    }

    [Theory]
    [InlineData("<TimeML><TEXT>unclosed</TimeML>")]
    [InlineData("<TimeML><DCT/></TimeML>")]
    public void The_reader_rejects_malformed_or_textless_files(string xml)
        => Assert.Throws<FormatException>(() => TimeMLReader.Parse("bad", xml));

    [Fact]
    public void The_evaluator_runs_the_pipeline_with_the_documents_creation_time()
    {
        var scores = TimeMLEvaluator.Evaluate([TimeMLReader.Parse("sample", Sample)]);
        Assert.Equal(1, scores.Documents);
        Assert.Equal(2, scores.Gold);
        Assert.Equal(2, scores.Predicted);
        Assert.Equal(1.0, scores.StrictF1);
        Assert.Equal(1.0, scores.ValueF1);
        Assert.Empty(scores.Disagreements);
    }

    [Fact]
    public void Scores_separate_strict_relaxed_type_and_value()
    {
        const string text = "It ended more than two years ago on Monday and in May.";
        TextSpan Span(string part) => new(text.IndexOf(part, StringComparison.Ordinal), text.IndexOf(part, StringComparison.Ordinal) + part.Length);
        var document = new TimeMLDocument("d", text, new DateOnly(2024, 10, 16),
        [
            new Timex(Span("more than two years ago"), "DATE", "2022"),
            new Timex(Span("Monday"), "DATE", "2024-10-14"),
            new Timex(Span("May"), "DATE", "2024-05"),
        ]);
        var scores = TimeMLEvaluator.Score(document,
        [
            new Timex(Span("two years ago"), "DATE", "2022"),
            new Timex(Span("Monday"), "TIME", "2024-10-21"),
            new Timex(Span("ended"), "DATE", "PAST_REF"),
        ]);

        Assert.Equal(1, scores.StrictMatches);
        Assert.Equal(2, scores.RelaxedMatches);
        Assert.Equal(1, scores.TypeCorrect);
        Assert.Equal(1, scores.ValueCorrect);
        Assert.Equal(1.0 / 3, scores.ValuePrecision, 6);
        Assert.Equal(1.0 / 3, scores.ValueRecall, 6);
        Assert.Equal(0.5, scores.ValueAccuracy, 6);
        Assert.Equal(["span", "value", "missed", "spurious"], scores.Disagreements.Select(d => d.Kind));
    }
}
