using System.Globalization;
using System.Text;
using NewsTrace.Entities;
using NewsTrace.Tests.Reuse.Provenance;

namespace NewsTrace.Tests.Entities;

/// <summary>
/// The entities found in the sample corpus's texts, as committed in <c>EntitySnapshot.samples.tsv</c>. A change made for
/// speed alone must leave them exactly as they are; a change meant to alter them regenerates the file
/// (<c>NEWSTRACE_UPDATE_ENTITY_SNAPSHOT=1 dotnet test --filter EntitySnapshot</c>) and the diff shows what it altered.
/// </summary>
public sealed class EntitySnapshotTests
{
    private static string SnapshotPath => Path.Combine(SampleCorpus.RepositoryRoot(), "tests", "NewsTrace.Tests", "Entities", "EntitySnapshot.samples.tsv");

    [Fact]
    public void The_sample_texts_give_the_committed_entities()
    {
        var actual = Render();
        if (Environment.GetEnvironmentVariable("NEWSTRACE_UPDATE_ENTITY_SNAPSHOT") == "1")
        {
            File.WriteAllText(SnapshotPath, actual);
        }

        var expected = File.ReadAllText(SnapshotPath).ReplaceLineEndings("\n");
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var firstDifference = expectedLines.Zip(actualLines).TakeWhile(pair => pair.First == pair.Second).Count();
        Assert.True(
            expected == actual,
            firstDifference < Math.Min(expectedLines.Length, actualLines.Length)
                ? $"line {firstDifference + 1}: expected '{expectedLines[firstDifference]}', found '{actualLines[firstDifference]}'"
                : $"expected {expectedLines.Length} lines, found {actualLines.Length}");
    }

    private static string Render()
    {
        var output = new StringBuilder();
        var directory = Path.Combine(SampleCorpus.RepositoryRoot(), "samples", "corpus", "text");
        foreach (var file in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file).ReplaceLineEndings("\n");
            foreach (var mention in EntityFinder.Find(text))
            {
                output.Append(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}\t{mention.Span.Start}\t{mention.Span.End}\t{mention.Type}\t{mention.Span.Of(text)}\t{mention.Canonical}\n");
            }
        }

        return output.ToString();
    }
}
