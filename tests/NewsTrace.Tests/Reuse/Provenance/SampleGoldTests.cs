using System.Text.Json;
using NewsTrace.Documents;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Discrepancies;
using NewsTrace.Reuse.Provenance;
using NewsTrace.Reuse.Relations;
using Xunit.Abstractions;

namespace NewsTrace.Tests.Reuse.Provenance;

/// <summary>
/// The whole reuse step on samples/corpus (real extraction and analysis, the store, stories, the comparer, provenance and
/// discrepancies) against the derivation edges and discrepancies of samples/gold.json.
/// </summary>
public sealed class SampleGoldTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_gold_derivation_edge_is_found_with_its_direction_and_no_other()
    {
        var (edges, _) = await RunAsync();
        var gold = Gold().Edges;

        var found = edges.Select(e => (e.From, e.To)).ToHashSet();
        var expected = gold.Select(e => (e.From, e.To)).ToHashSet();
        Assert.Equal(expected.Order(), found.Order());
        foreach (var (from, to, relation) in gold)
        {
            output.WriteLine($"{from} -> {to}: gold {relation}, found {edges.Single(e => e.From == from && e.To == to).Relation?.Name()}");
        }
    }

    [Fact]
    public async Task Every_gold_discrepancy_is_found_and_nothing_else()
    {
        var (_, discrepancies) = await RunAsync();
        var gold = Gold().Discrepancies;

        var missed = gold.Where(g => !discrepancies.Any(d => Matches(d, g))).ToList();
        var extra = discrepancies.Where(d => !gold.Any(g => Matches(d, g))).ToList();
        foreach (var g in missed)
        {
            output.WriteLine($"missed {g}");
        }

        foreach (var d in extra)
        {
            output.WriteLine($"extra {d.Field.Name()} {d.From} -> {d.To}: '{d.OriginalText}' / '{d.ChangedText}'");
        }

        Assert.Empty(missed);
        Assert.Empty(extra);
    }

    private static bool Matches(FoundDiscrepancy found, GoldDiscrepancy gold)
    {
        if (found.Field.Name() != gold.Field || found.From != gold.From || found.To != gold.To)
        {
            return false;
        }

        if (found.OriginalPassage is null)
        {
            // A metadata discrepancy: the two publish dates.
            return SameInstant(found.OriginalText, gold.Original) && SameInstant(found.ChangedText, gold.Changed);
        }

        return found.OriginalPassage.Contains(gold.Original, StringComparison.Ordinal) && gold.Original.Contains(found.OriginalText, StringComparison.Ordinal)
            && found.ChangedPassage!.Contains(gold.Changed, StringComparison.Ordinal) && gold.Changed.Contains(found.ChangedText, StringComparison.Ordinal);
    }

    private static bool SameInstant(string a, string b)
        => PublishDate.TryParseIso(a, out var x) && PublishDate.TryParseIso(b, out var y) && x.Date == y.Date && x.Time == y.Time && x.Offset == y.Offset;

    private async Task<(List<FoundEdge> Edges, List<FoundDiscrepancy> Discrepancies)> RunAsync()
    {
        var store = await SampleCorpus.IngestAsync();
        var result = await new ReuseAnalysis(new PairComparer()).RunAsync(store);
        var texts = store.Articles.Values.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
        var edges = new Dictionary<(string, string), FoundEdge>();
        var discrepancies = new Dictionary<string, FoundDiscrepancy>(StringComparer.Ordinal);
        foreach (var graph in result.Graphs)
        {
            foreach (var edge in graph.Edges.Where(e => e.Kind == ProvenanceEdgeKind.DerivedFrom))
            {
                var from = SampleCorpus.Key(edge.From, null);
                var to = SampleCorpus.Key(edge.To, null);
                edges[(from, to)] = new FoundEdge(from, to, edge.Relation);
                output.WriteLine($"edge {from} -> {to} ({edge.Relation?.Name()}, known {edge.DirectionKnown})");
                foreach (var reason in edge.Reasons)
                {
                    output.WriteLine("    " + reason);
                }

                foreach (var d in edge.Discrepancies)
                {
                    var found = new FoundDiscrepancy(
                        d.Field, from, to, d.Original.Text, d.Changed.Text,
                        d.Original.Passage?.Of(texts[d.Original.ArticleId]), d.Changed.Passage?.Of(texts[d.Changed.ArticleId]));
                    discrepancies[$"{from}|{to}|{d.Field}|{d.Original.Change}|{d.Changed.Change}|{d.Original.Text}"] = found;
                    output.WriteLine($"    discrepancy {d.Field.Name()} {d.Severity.Name()}: {d.Explanation}");
                }
            }
        }

        return ([.. edges.Values], [.. discrepancies.Values]);
    }

    private static (List<(string From, string To, string Relation)> Edges, List<GoldDiscrepancy> Discrepancies) Gold()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(SampleCorpus.RepositoryRoot(), "samples", "gold.json")));
        var edges = new List<(string, string, string)>();
        var discrepancies = new List<GoldDiscrepancy>();
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            var key = article.GetProperty("key").GetString()!;
            foreach (var derived in article.GetProperty("derived_from").EnumerateArray())
            {
                edges.Add((derived.GetProperty("key").GetString()!, key, derived.GetProperty("relation").GetString()!));
            }

            foreach (var d in article.GetProperty("discrepancies").EnumerateArray())
            {
                discrepancies.Add(new GoldDiscrepancy(
                    d.GetProperty("field").GetString()!, d.GetProperty("source_key").GetString()!, key,
                    d.GetProperty("original").GetString()!, d.GetProperty("changed").GetString()!));
            }
        }

        return (edges, discrepancies);
    }

    private sealed record FoundEdge(string From, string To, ReuseRelation? Relation);

    private sealed record FoundDiscrepancy(DiscrepancyField Field, string From, string To, string OriginalText, string ChangedText, string? OriginalPassage, string? ChangedPassage);

    private sealed record GoldDiscrepancy(string Field, string From, string To, string Original, string Changed);
}
