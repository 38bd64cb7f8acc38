using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Text;
using NewsTrace.Time;

namespace NewsTrace.Tests.Time.Timeline;

/// <summary>Analysed documents written for the timeline tests (tokens, sentences and timexes, as the ingest stores them).</summary>
internal static class TimelineFixtures
{
    private static readonly DocumentPipeline Pipeline = new PipelineBuilder()
        .Add(new TokenizerStage())
        .Add(new SentenceStage())
        .Add(new TimexStage())
        .Build();

    public static Document Article(string id, string site, string? published, string text)
    {
        var metadata = new ArticleMetadata
        {
            Source = id + ".txt",
            Site = site,
            Published = published is null ? null : PublishDate.TryParseIso(published, out var date) ? date : throw new ArgumentException(published),
        };
        return Pipeline.Process(new Document(id, text, metadata));
    }
}
