using System.Collections.Concurrent;
using System.Collections.Immutable;
using NewsTrace.Pipeline;
using NewsTrace.Reuse.Fingerprints;
using NewsTrace.Storage;
using NewsTrace.Stories;

namespace NewsTrace.Reuse.Provenance;

/// <summary>
/// The corpus-level reuse step: loads the stored articles of each story (with their stored layers), compares every
/// pair within a story plus the pairs an extra candidate source proposes, on all cores, and builds each story's
/// provenance graph with directions, immediate sources and discrepancies.
/// </summary>
public sealed class ReuseAnalysis(IPairComparer comparer)
{
    private readonly IPairComparer _comparer = comparer ?? throw new ArgumentNullException(nameof(comparer));

    /// <summary>Further pairs to compare (for example from a MinHash/LSH index); null for story pairs only.</summary>
    public ICandidatePairSource? ExtraCandidates { get; init; }

    /// <summary>Comparisons in parallel; 0 means all cores.</summary>
    public int DegreeOfParallelism { get; init; }

    public ProvenanceBuilder Builder { get; init; } = new();

    /// <summary>The schemes whose stored band index proposes pairs across stories (<see cref="RunAsync"/>); empty for story pairs only.</summary>
    public IReadOnlyList<FingerprintScheme> LshSchemes { get; init; } = FingerprintScheme.All;

    /// <summary>Stories with more articles than this compare each article with its nearest neighbours in time only.</summary>
    public int MaxAllPairsStorySize { get; init; } = 200;

    /// <summary>Articles compared with each article in a story larger than <see cref="MaxAllPairsStorySize"/>.</summary>
    public int NeighboursInLargeStories { get; init; } = 50;

    /// <summary>Analyses the stories of <paramref name="store"/>; only the story with id <paramref name="storyId"/> when given.</summary>
    public async Task<ReuseAnalysisResult> RunAsync(IArticleStore store, string? storyId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stories = await StoryBuilder.BuildAsync(store, cancellationToken: cancellationToken).ConfigureAwait(false);
        var references = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var source in store.ListSourcesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!references.TryGetValue(source.ArticleId, out var list))
            {
                references[source.ArticleId] = list = [];
            }

            list.Add(source.Reference);
        }

        var selected = storyId is null ? stories : [.. stories.Where(s => string.Equals(s.Id, storyId, StringComparison.Ordinal))];
        var articles = new Dictionary<string, ProvenanceArticle>(StringComparer.Ordinal);
        foreach (var summary in selected.SelectMany(s => s.Articles))
        {
            if (await store.GetAsync(summary.Id, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                var refs = references.TryGetValue(stored.Id, out var list) ? list.ToImmutableArray() : [Story.Reference(summary)];
                articles[stored.Id] = new ProvenanceArticle(StoredDocument.FromStored(stored), refs);
            }
        }

        var lshPairs = store is IFingerprintStore fingerprints && LshSchemes.Count > 0
            ? await StoredLshCandidates.FindAsync(fingerprints, [.. articles.Keys], LshSchemes, cancellationToken).ConfigureAwait(false)
            : [];
        foreach (var id in lshPairs.SelectMany(p => new[] { p.LeftId, p.RightId }).Where(id => !articles.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList())
        {
            // A candidate outside the selected stories joins as a linked article, named by its own sources.
            if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                var refs = references.TryGetValue(stored.Id, out var list) ? list.ToImmutableArray() : [stored.Metadata.RecordId ?? stored.Metadata.Source];
                articles[stored.Id] = new ProvenanceArticle(StoredDocument.FromStored(stored), refs);
            }
        }

        var storyList = selected.Select(s => (s.Id, s.Title, (IReadOnlyList<string>)[.. s.Articles.Select(a => a.Id)])).ToList();
        return Analyze(storyList, articles, lshPairs, cancellationToken);
    }

    /// <summary>Analyses stories given as (id, title, article ids) over already loaded articles.</summary>
    public ReuseAnalysisResult Analyze(
        IReadOnlyList<(string Id, string? Title, IReadOnlyList<string> ArticleIds)> stories,
        IReadOnlyDictionary<string, ProvenanceArticle> articles,
        CancellationToken cancellationToken = default)
        => Analyze(stories, articles, [], cancellationToken);

    /// <summary>As above, also comparing <paramref name="candidates"/> (pairs of loaded articles, e.g. from the stored band index).</summary>
    public ReuseAnalysisResult Analyze(
        IReadOnlyList<(string Id, string? Title, IReadOnlyList<string> ArticleIds)> stories,
        IReadOnlyDictionary<string, ProvenanceArticle> articles,
        IEnumerable<CandidatePair> candidates,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(candidates);
        var pairs = new HashSet<CandidatePair>(candidates.Where(p => articles.ContainsKey(p.LeftId) && articles.ContainsKey(p.RightId)));
        foreach (var story in stories)
        {
            AddStoryPairs(story.ArticleIds.Where(articles.ContainsKey).Select(id => articles[id]).ToList(), pairs);
        }

        if (ExtraCandidates is not null)
        {
            var documents = articles.Values.Select(a => a.Document).ToList();
            foreach (var pair in ExtraCandidates.Pairs(documents, cancellationToken))
            {
                if (articles.ContainsKey(pair.LeftId) && articles.ContainsKey(pair.RightId) && !string.Equals(pair.LeftId, pair.RightId, StringComparison.Ordinal))
                {
                    pairs.Add(Ordered(pair.LeftId, pair.RightId));
                }
            }
        }

        var comparisons = Compare(pairs, articles, cancellationToken);
        var graphs = ImmutableArray.CreateBuilder<ProvenanceGraph>(stories.Count);
        foreach (var (id, title, articleIds) in stories)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = articleIds.Where(articles.ContainsKey).ToHashSet(StringComparer.Ordinal);

            // Articles of other stories that share text with a member join the graph, so an edge is never lost between stories.
            var linked = comparisons
                .Where(c => c.Relation >= Builder.MinRelation && (members.Contains(c.LeftId) || members.Contains(c.RightId)))
                .SelectMany(c => new[] { c.LeftId, c.RightId })
                .ToHashSet(StringComparer.Ordinal);
            linked.UnionWith(members);
            var storyComparisons = comparisons.Where(c => linked.Contains(c.LeftId) && linked.Contains(c.RightId)).ToList();
            graphs.Add(Builder.Build(id, title, [.. linked.Select(a => articles[a])], storyComparisons));
        }

        return new ReuseAnalysisResult(graphs.ToImmutable(), comparisons);
    }

    private void AddStoryPairs(List<ProvenanceArticle> members, HashSet<CandidatePair> pairs)
    {
        var ordered = members
            .OrderBy(a => PublishInstant.Of(a.Document.Metadata.Published) ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var window = ordered.Count > MaxAllPairsStorySize ? NeighboursInLargeStories : ordered.Count;
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count && j <= i + window; j++)
            {
                pairs.Add(Ordered(ordered[i].Id, ordered[j].Id));
            }
        }
    }

    private ImmutableArray<PairComparison> Compare(HashSet<CandidatePair> pairs, IReadOnlyDictionary<string, ProvenanceArticle> articles, CancellationToken cancellationToken)
    {
        var results = new ConcurrentBag<PairComparison>();
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = DegreeOfParallelism > 0 ? DegreeOfParallelism : Environment.ProcessorCount,
        };
        Parallel.ForEach(pairs, options, pair => results.Add(_comparer.Compare(articles[pair.LeftId].Document, articles[pair.RightId].Document)));

        // Sorted so the result never depends on thread timing.
        return [.. results.OrderBy(c => c.LeftId, StringComparer.Ordinal).ThenBy(c => c.RightId, StringComparer.Ordinal)];
    }

    private static CandidatePair Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? new(a, b) : new(b, a);

}
