using System.Text.Json;
using NewsTrace.Documents;
using NewsTrace.Extraction;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Text;
using NewsTrace.Time;
using Xunit.Abstractions;

namespace NewsTrace.Tests.Time;

/// <summary>The sample corpus through extraction and the time stage, against the timexes and anomalies of samples/gold.json.</summary>
public sealed class TimeGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<Dictionary<string, Document>> Analyzed = new(AnalyzeSamples);

    [Fact]
    public void Every_gold_anomaly_is_found_and_nothing_else_is_flagged()
    {
        foreach (var (key, gold) in GoldArticles())
        {
            var document = Analyzed.Value[key];
            var expected = gold.GetProperty("anomalies").EnumerateArray()
                .Select(a => $"{a.GetProperty("kind").GetString()}: {a.GetProperty("text").GetString()}")
                .Order(StringComparer.Ordinal)
                .ToList();
            var found = document.Get(TimeLayers.DateAnomalies)
                .Select(a => $"{a.Kind}: {a.Span.Of(document.Text)}")
                .Order(StringComparer.Ordinal)
                .ToList();
            Assert.True(expected.SequenceEqual(found), $"{key}: expected [{string.Join("; ", expected)}], found [{string.Join("; ", found)}]");
        }
    }

    /// <summary>
    /// Every gold timex has a timex with its value whose text is the gold text (or ends with it: "the spring" for "spring").
    /// For the content farm the gold values are those resolved against the original date, which is what detecting the
    /// republication gives.
    /// </summary>
    [Fact]
    public void Every_gold_date_has_its_value()
    {
        var wrong = new List<string>();
        var total = 0;
        foreach (var (key, gold) in GoldArticles())
        {
            var document = Analyzed.Value[key];
            var found = document.Get(Layers.Timexes).Select(t => (Text: t.Span.Of(document.Text), t.Value)).ToList();
            var expected = gold.GetProperty("timexes").EnumerateArray()
                .Select(t => (Text: t.GetProperty("text").GetString()!, Value: t.GetProperty("value").GetString()))
                .ToList();
            total += expected.Count;

            // Exact texts first, so that "spring" does not take the timex "the spring" from its own gold entry.
            var unmatched = expected.Where(e => !Take(found, f => f.Value == e.Value && f.Text == e.Text)).ToList();
            foreach (var (text, value) in unmatched)
            {
                // A record's headline is its title, not part of its text.
                var inTitle = document.Metadata.Title?.Contains(text, StringComparison.Ordinal) == true;
                if (!Take(found, f => f.Value == value && f.Text.EndsWith(" " + text, StringComparison.Ordinal)) && !inTitle)
                {
                    wrong.Add($"{key}: '{text}' = {value ?? "null"}");
                }
            }
        }

        output.WriteLine($"{total} gold timexes, {wrong.Count} without their value");
        Assert.True(total > 150, "the gold file lists the sample timexes");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static bool Take(List<(string Text, string? Value)> found, Func<(string Text, string? Value), bool> predicate)
    {
        var index = found.FindIndex(f => predicate(f));
        if (index >= 0)
        {
            found.RemoveAt(index);
        }

        return index >= 0;
    }

    private static IEnumerable<(string Key, JsonElement Gold)> GoldArticles()
    {
        var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "gold.json")));
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = article.GetProperty("file").GetString()!;
            var key = article.GetProperty("record").ValueKind == JsonValueKind.Number ? $"{file}#{article.GetProperty("record").GetInt32()}" : file;
            yield return (key, article);
        }
    }

    private static Dictionary<string, Document> AnalyzeSamples()
    {
        var root = RepositoryRoot();
        var pipeline = new PipelineBuilder().Add(new TokenizerStage()).Add(new SentenceStage()).Add(new TimexStage()).Build();
        var analyzer = new ArticleAnalyzer(new ArticleExtractor(), pipeline);
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var item in new InputReader(new IngestOptions()).Read([Path.Combine(root, "samples", "corpus")]))
        {
            if (analyzer.Process(item).Document is { } document)
            {
                documents[Path.GetRelativePath(root, document.Metadata.Source).Replace('\\', '/')] = document;
            }
        }

        return documents;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsTrace.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("NewsTrace.slnx not found above " + AppContext.BaseDirectory);
    }
}
