using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Reuse.Diff;
using NewsTrace.Reuse.Discrepancies;

namespace NewsTrace.Reuse.Provenance;

/// <summary>
/// Turns the comparisons of a set of articles into their provenance graph: for every reuse pair a direction (with
/// <see cref="DirectionJudge"/>), for every article its immediate source (the closest earlier article it took text
/// from, so a content farm that copied a reprint points to the reprint, not the wire), the discrepancies along each
/// edge, and the outside sources the articles credit. Thread-safe.
/// </summary>
public sealed class ProvenanceBuilder
{
    public DirectionJudge Judge { get; init; } = new();

    public DiscrepancyFinder Discrepancies { get; init; } = new();

    /// <summary>The weakest relation that makes an edge: shared passages at least, never mere shared facts.</summary>
    public ReuseRelation MinRelation { get; init; } = ReuseRelation.PartialReuse;

    /// <param name="storyId">The story the graph is for.</param>
    /// <param name="title">The story's title.</param>
    /// <param name="articles">The articles (with all their references).</param>
    /// <param name="comparisons">Comparisons between those articles, in any order; pairs not compared are taken as unrelated.</param>
    public ProvenanceGraph Build(string storyId, string? title, IReadOnlyList<ProvenanceArticle> articles, IReadOnlyList<PairComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(comparisons);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var reuse = comparisons
            .Where(c => c.Relation >= MinRelation && byId.ContainsKey(c.LeftId) && byId.ContainsKey(c.RightId)
                && !string.Equals(c.LeftId, c.RightId, StringComparison.Ordinal))
            .ToList();
        var verdicts = Verdicts(byId, reuse);
        var edges = ImmutableArray.CreateBuilder<ProvenanceEdge>();
        var connected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var copy in articles.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var candidates = verdicts
                .Where(v => v.Verdict.Known && string.Equals(v.Verdict.CopyId, copy.Id, StringComparison.Ordinal))
                .Select(v =>
                {
                    var oriented = v.Comparison.Oriented(v.Verdict.OriginalId);
                    return new SourceCandidate(byId[v.Verdict.OriginalId], oriented, v.Verdict, SourceSelector.Explained(copy.Document, oriented));
                })
                .ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var (chosen, selection) = SourceSelector.Choose(copy, candidates, (descendant, ancestor) => verdicts.Any(v =>
                v.Verdict.Known && string.Equals(v.Verdict.CopyId, descendant, StringComparison.Ordinal)
                && string.Equals(v.Verdict.OriginalId, ancestor, StringComparison.Ordinal)));
            edges.Add(Edge(chosen.Source, copy, chosen.Comparison, true, [.. chosen.Verdict.Reasons, .. selection]));
            Union(connected, chosen.Source.Id, copy.Id);
        }

        // Pairs whose direction is unknown still show the reuse, unless both sides are already explained.
        var sourced = edges.Select(e => e.To).ToHashSet(StringComparer.Ordinal);
        foreach (var (comparison, verdict) in verdicts.Where(v => !v.Verdict.Known))
        {
            var original = byId[verdict.OriginalId];
            var copy = byId[verdict.CopyId];
            if (sourced.Contains(Key(copy)) || sourced.Contains(Key(original))
                || string.Equals(Find(connected, original.Id), Find(connected, copy.Id), StringComparison.Ordinal))
            {
                continue;
            }

            edges.Add(Edge(original, copy, comparison.Oriented(original.Id), false, verdict.Reasons));
            sourced.Add(Key(copy));
            Union(connected, original.Id, copy.Id);
        }

        var nodes = ImmutableArray.CreateBuilder<ProvenanceNode>();
        foreach (var article in articles.OrderBy(a => a.Document.Metadata.Published?.ToString() ?? "9999", StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            AddArticleNodes(article, nodes, edges);
        }

        AddCredits(articles, nodes, edges);
        return new ProvenanceGraph(storyId, title, nodes.ToImmutable(), edges.ToImmutable());
    }

    private List<(PairComparison Comparison, DirectionVerdict Verdict)> Verdicts(Dictionary<string, ProvenanceArticle> byId, List<PairComparison> reuse)
    {
        var majority = new MajorityCheck(byId.Values);
        return reuse.Select(c =>
        {
            var left = byId[c.LeftId];
            var right = byId[c.RightId];
            var errors = Discrepancies.Find(left.Document, right.Document, c)
                .Select(d => majority.Judge(d, left, right))
                .OfType<(string, string)>()
                .ToList();
            return (c, Judge.Judge(left, right, c, errors));
        }).ToList();
    }

    private ProvenanceEdge Edge(ProvenanceArticle source, ProvenanceArticle copy, PairComparison sourceOnLeft, bool known, IEnumerable<string> reasons)
    {
        var passages = sourceOnLeft.Passages.Select(p => new ProvenancePassage(
            p,
            p.Left.Of(source.Document.Text),
            p.Right.Of(copy.Document.Text),
            [.. WordDiff.Compare(source.Document.Text, p.Left, copy.Document.Text, p.Right).Where(s => s.Kind != DiffKind.Equal)]));
        return new ProvenanceEdge(Key(source), Key(copy), ProvenanceEdgeKind.DerivedFrom, [Describe(sourceOnLeft), .. reasons])
        {
            Relation = sourceOnLeft.Relation,
            DirectionKnown = known,
            Similarity = sourceOnLeft.Similarity,
            Passages = [.. passages],
            Discrepancies = Discrepancies.Find(source.Document, copy.Document, sourceOnLeft),
        };
    }

    private static string Describe(PairComparison comparison)
    {
        var verbatim = comparison.Passages.Count(p => p.Match == Alignment.PassageMatch.Verbatim);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{comparison.Relation.Name()}: {comparison.Passages.Length} aligned passages ({verbatim} word for word) covering {comparison.LeftCoverage:P0} of the source and {comparison.RightCoverage:P0} of the copy");
    }

    /// <summary>One node per reference; further references of the same content hang off the first as identical copies.</summary>
    private static void AddArticleNodes(ProvenanceArticle article, ImmutableArray<ProvenanceNode>.Builder nodes, ImmutableArray<ProvenanceEdge>.Builder edges)
    {
        var references = SourceReferences.Ordered(article.References.IsDefaultOrEmpty ? [article.Id] : article.References);
        var metadata = article.Document.Metadata;
        foreach (var reference in references)
        {
            nodes.Add(new ProvenanceNode(reference, ProvenanceNodeKind.Article, $"{article.Label}: {metadata.Title ?? "(untitled)"}", article.Id)
            {
                Site = metadata.Site,
                Title = metadata.Title,
                Published = metadata.Published?.ToString(),
                Url = metadata.Url,
            });
        }

        var primary = references[0];
        foreach (var other in references.Skip(1))
        {
            var known = SourceReferences.MarkedAsCopy(other) && !SourceReferences.MarkedAsCopy(primary);
            var reason = known
                ? $"byte-identical content with the same metadata, so the content cannot tell which came first: the name '{Path.GetFileName(other)}' marks it as the copy"
                : "byte-identical content with the same metadata: nothing tells which came first";
            edges.Add(new ProvenanceEdge(primary, other, ProvenanceEdgeKind.DerivedFrom, ["identical: the same bytes stored once under two names", reason])
            {
                Relation = ReuseRelation.Identical,
                DirectionKnown = known,
                Similarity = 1.0,
            });
        }
    }

    /// <summary>An outside-source node per credited name, with an edge to every article that credits it.</summary>
    private static void AddCredits(IReadOnlyList<ProvenanceArticle> articles, ImmutableArray<ProvenanceNode>.Builder nodes, ImmutableArray<ProvenanceEdge>.Builder edges)
    {
        var credited = articles
            .SelectMany(a => a.Document.Metadata.Credits.Select(c => (Credit: c, Article: a)))
            .GroupBy(x => x.Credit, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in credited)
        {
            var key = "source:" + group.Key;
            nodes.Add(new ProvenanceNode(key, ProvenanceNodeKind.OutsideSource, group.Key, null));
            foreach (var (credit, article) in group.OrderBy(x => x.Article.Id, StringComparer.Ordinal))
            {
                var own = article.Document.Metadata.Site is { } site && DirectionJudge.CreditNames(credit, site);
                var reason = own ? $"{article.Label} is {credit}'s own report" : $"{article.Label} credits {credit}";
                edges.Add(new ProvenanceEdge(key, Key(article), ProvenanceEdgeKind.Credits, [reason]));
            }
        }
    }

    private static string Key(ProvenanceArticle article)
        => SourceReferences.Ordered(article.References.IsDefaultOrEmpty ? [article.Id] : article.References)[0];

    private static string Find(Dictionary<string, string> parents, string id)
    {
        while (parents.TryGetValue(id, out var parent) && !string.Equals(parent, id, StringComparison.Ordinal))
        {
            id = parent;
        }

        return id;
    }

    private static void Union(Dictionary<string, string> parents, string a, string b)
    {
        var rootA = Find(parents, a);
        var rootB = Find(parents, b);
        if (!string.Equals(rootA, rootB, StringComparison.Ordinal))
        {
            parents[rootB] = rootA;
        }
    }
}
