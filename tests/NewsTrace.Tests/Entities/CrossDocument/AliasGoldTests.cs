using System.Text.Json;
using NewsTrace.Entities;
using NewsTrace.Entities.CrossDocument;
using NewsTrace.Evaluation;
using NewsTrace.Extraction;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;
using NewsTrace.Text;
using Xunit.Abstractions;

namespace NewsTrace.Tests.Entities.CrossDocument;

/// <summary>
/// Runs the sample corpus through extraction, entities and quotes, groups the entities across articles, and scores the
/// grouping against the alias lists of samples/gold.json (pairs of aliases of one entity). The figures go to docs/quality.md.
/// </summary>
public sealed class AliasGoldTests(ITestOutputHelper output)
{
    [Fact]
    public void Sample_corpus_alias_pairs_are_grouped_with_high_precision()
    {
        var root = RepositoryRoot();
        var pipeline = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceStage())
            .Add(new EntityStage())
            .Add(new QuoteStage())
            .Build();
        var analyzer = new ArticleAnalyzer(new ArticleExtractor(), pipeline);
        var resolver = new CrossDocumentEntityResolver();
        foreach (var item in new InputReader(new IngestOptions()).Read([Path.Combine(root, "samples", "corpus")]))
        {
            if (analyzer.Process(item).Document is { } document)
            {
                resolver.Add(document);
            }
        }

        var catalog = resolver.Resolve();
        var score = AliasPairEvaluator.Evaluate(ReadGold(root), catalog.Entities.Select(e => e.Aliases.Select(a => a.Name).ToList()));

        output.WriteLine($"alias pairs: gold {score.GoldPairs}, predicted {score.PredictedPairs}, correct {score.CorrectPairs}");
        output.WriteLine($"precision {score.Precision:0.000}, recall {score.Recall:0.000}, F1 {score.F1:0.000}");
        output.WriteLine($"aliases found {score.FoundAliases}/{score.GoldAliases} ({score.AliasCoverage:0.000}); recall over found aliases {score.RecallOfFound:0.000}");
        Assert.True(score.GoldPairs > 100, "the gold lists the sample entities' aliases");
        Assert.True(score.Precision >= 0.95, $"alias pair precision {score.Precision:0.000}");
        Assert.True(score.RecallOfFound >= 0.9, $"alias pair recall over found aliases {score.RecallOfFound:0.000}");
        var velichko = catalog.Find("Arkady Velichko")!;
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal) { "Arkady Velichko", "Arkadiy Velichko", "Arkadi Velitchko", "Velichko", "Velitchko" },
            velichko.Aliases.Select(a => a.Name).ToHashSet(StringComparer.Ordinal));
        Assert.Equal(EntityTypes.Person, velichko.Type);
    }

    private static List<List<string>> ReadGold(string root)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "samples", "gold.json")));
        return json.RootElement.GetProperty("entities").EnumerateArray()
            .Select(entity => entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList())
            .ToList();
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
