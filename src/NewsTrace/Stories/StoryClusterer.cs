using System.Globalization;
using NewsTrace.Stories.Clustering;
using NewsTrace.Stories.Features;

namespace NewsTrace.Stories;

/// <summary>
/// Groups articles into stories (events) and stories into topics. Articles are added one at a time; the state (term
/// dictionary, incremental document frequencies and per-article term counts) grows with them and never holds texts,
/// so it can be persisted. <see cref="Cluster"/> then groups everything added so far.
/// </summary>
/// <remarks>
/// <para>Features: TF-IDF over content words (<see cref="ContentTerms"/>) with sublinear tf, names and numbers boosted,
/// L2-normalised. Similarity: cosine, lowered when both publish dates are known and far apart. Exact copies (equal text
/// hash) are one leaf, and near-copies (reuse links) are merged before anything else, so both always share a story.</para>
/// <para>Grouping: average-link agglomeration (<see cref="AverageLinkDendrogram"/>) over all articles, cut at the loose topic
/// threshold for topics; each topic is then clustered again with topic-local term weights and cut at the event threshold
/// for stories (see <see cref="StoryClusteringOptions.TopicLocalWeighting"/>). Leaves are sorted by id and term ids re-indexed by term text before any
/// arithmetic, so the result does not depend on the order articles were added.</para>
/// </remarks>
public sealed class StoryClusterer
{
    /// <summary>Distinct texts one <see cref="Cluster"/> call handles: its similarity matrix is 4·n² bytes (1.6 GB here).</summary>
    public const int MaxArticles = 20_000;

    private readonly StoryClusteringOptions _options;
    private readonly TermDictionary _terms = new();
    private readonly DocumentFrequencies _frequencies = new();
    private readonly Dictionary<string, ClusterDocument> _documents = new(StringComparer.Ordinal);
    private readonly ITermFrequencies? _external;
    private double[] _inverseFrequencies = [];

    /// <param name="options">The thresholds and weights; <see cref="StoryClusteringOptions.Default"/> when null.</param>
    /// <param name="frequencies">
    /// Document frequencies of a larger corpus these articles belong to (the persisted global ones): the incremental
    /// clusterer reclusters a few topics at a time and must weight their terms as the whole corpus does. When null the
    /// frequencies are those of the articles added here.
    /// </param>
    public StoryClusterer(StoryClusteringOptions? options = null, ITermFrequencies? frequencies = null)
    {
        _options = options ?? StoryClusteringOptions.Default;
        _external = frequencies;
    }

    public int Count => _documents.Count;

    /// <summary>Adds an article; adding an id already present does nothing, so replaying a batch is harmless.</summary>
    public void Add(StoryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (_documents.ContainsKey(input.Id))
        {
            return;
        }

        Add(input, ContentTerms.ExtractWithQuotes(input.Text));
    }

    /// <summary>Adds an article whose content terms are already counted (<see cref="ContentTerms.ExtractWithQuotes"/> of its text; <see cref="StoryInput.Text"/> is not read).</summary>
    public void Add(StoryInput input, IReadOnlyDictionary<string, TermCount> extracted)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(extracted);
        if (_documents.ContainsKey(input.Id))
        {
            return;
        }

        var ids = new int[extracted.Count];
        var counts = new TermCount[extracted.Count];
        var index = 0;
        foreach (var (term, count) in extracted)
        {
            ids[index] = _terms.GetOrAdd(term);
            counts[index] = count;
            index++;
        }

        _frequencies.Add(ids);
        _documents.Add(input.Id, new ClusterDocument(input.Id, input.TextHash, input.Published, input.Title, ids, counts));
    }

    /// <summary>Every story of the articles added so far, earliest first (then by id).</summary>
    public IReadOnlyList<StoryCluster> Cluster()
    {
        _inverseFrequencies = InverseFrequencies();
        var ranks = _terms.OrdinalRanks();
        var leaves = ExactCopies();
        var vectors = leaves.Select(leaf => Vector(leaf[0], ranks)).ToArray();
        var topicVectors = _options.TopicLocalWeighting
            ? leaves.Select(leaf => Vector(leaf[0], ranks, _options.NameBoost, calendarBoost: _options.CalendarTopicWeight)).ToArray()
            : vectors;
        var plainVectors = leaves.Select(leaf => Vector(leaf[0], ranks, boost: 1, calendarBoost: 1)).ToArray();
        var reuse = ReuseLinks(plainVectors);
        var dates = ReuseGroupDates(leaves, reuse);
        var n = leaves.Count;
        _quotes = leaves.Select(leaf => QuoteTerms(leaf[0])).ToArray();
        if (n > MaxArticles)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"story clustering holds an n×n similarity matrix and stops at {MaxArticles:N0} distinct texts; this corpus has {n:N0}."));
        }

        // Row i alone writes cells (i, j) and (j, i) for j > i, so the rows may run in parallel (PairwiseRows).
        var similarities = new float[n * n];
        PairwiseRows.Run(n, ranks.Length, (i, dense) =>
        {
            similarities[(i * n) + i] = 1f;
            topicVectors[i].ScatterInto(dense);
            for (var j = i + 1; j < n; j++)
            {
                // This tree gives topics when events are found within them afterwards: days apart cost a topic less.
                var cosine = topicVectors[j].DotDense(dense);
                var similarity = (float)(_options.TopicLocalWeighting
                    ? StorySimilarity.TopicDecay(cosine, dates[i], dates[j], _options)
                    : Similarity(cosine, dates[i], dates[j]));
                similarities[(i * n) + j] = similarity;
                similarities[(j * n) + i] = similarity;
            }

            topicVectors[i].ClearFrom(dense);
        });

        var merges = AverageLinkDendrogram.Build(similarities, n, reuse);
        int[] topics, events;
        if (_options.TopicLocalWeighting)
        {
            topics = AverageLinkDendrogram.Cut(merges, n, _options.TopicThreshold);
            events = EventsWithinTopics(topics, leaves, ranks, reuse, dates);
        }
        else
        {
            // One tree, two cuts: events nest in topics as long as the topic cut is the looser one.
            topics = AverageLinkDendrogram.Cut(merges, n, Math.Min(_options.TopicThreshold, _options.EventThreshold));
            events = AverageLinkDendrogram.Cut(merges, n, _options.EventThreshold);
        }
        var topicIds = Enumerable.Range(0, n)
            .GroupBy(i => topics[i])
            .ToDictionary(g => g.Key, g => StoryIds.From('t', Earliest(g.SelectMany(i => leaves[i])).Id));
        return Enumerable.Range(0, n)
            .GroupBy(i => events[i])
            .Select(g => Story(g.ToList(), leaves, vectors, topicIds[topics[g.Key]]))
            .OrderBy(s => _documents[s.ArticleIds[0]].DateKey, StringComparer.Ordinal)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Splits each topic into events by clustering its leaves again, with every term weighted also by its inverse
    /// frequency within the topic: words the whole topic shares ("rehab", "earthquake") fade, and what tells its events
    /// apart (who, where, which year) stands out. Returns a label per leaf (the smallest leaf index of its event).
    /// </summary>
    private int[] EventsWithinTopics(int[] topics, List<List<ClusterDocument>> leaves, int[] ranks, List<(int Left, int Right)> reuse, DateOnly?[] dates)
    {
        var events = new int[leaves.Count];
        foreach (var topic in Enumerable.Range(0, leaves.Count).GroupBy(i => topics[i]))
        {
            var members = topic.ToArray();
            var local = new Dictionary<int, int>();
            foreach (var i in members)
            {
                foreach (var id in leaves[i][0].TermIds)
                {
                    local[id] = local.GetValueOrDefault(id) + 1;
                }
            }

            var m = members.Length;
            var vectors = members.Select(i => Vector(leaves[i][0], ranks, _options.NameBoost, id => Math.Log((m + 1.0) / (local[id] + 1.0)) + 1.0, _options.CalendarEventBoost)).ToArray();
            var similarities = new float[m * m];
            PairwiseRows.Run(m, ranks.Length, (a, dense) =>
            {
                similarities[(a * m) + a] = 1f;
                vectors[a].ScatterInto(dense);
                for (var b = a + 1; b < m; b++)
                {
                    var similarity = (float)Similarity(vectors[b].DotDense(dense) + QuoteBonus(members[a], members[b]), dates[members[a]], dates[members[b]]);
                    similarities[(a * m) + b] = similarity;
                    similarities[(b * m) + a] = similarity;
                }

                vectors[a].ClearFrom(dense);
            });

            var position = members.Select((leaf, index) => (leaf, index)).ToDictionary(p => p.leaf, p => p.index);
            var forced = reuse.Where(r => position.ContainsKey(r.Left) && position.ContainsKey(r.Right)).Select(r => (position[r.Left], position[r.Right]));
            var cut = AverageLinkDendrogram.Cut(AverageLinkDendrogram.Build(similarities, m, forced), m, _options.EventThreshold);
            for (var a = 0; a < m; a++)
            {
                events[members[a]] = members[cut[a]];
            }
        }

        return events;
    }

    /// <summary>Per leaf, the term ids of its quotation shingles, sorted (set for each <see cref="Cluster"/> call).</summary>
    private int[][] _quotes = [];

    private static int[] QuoteTerms(ClusterDocument document)
        => [.. document.TermIds.Where((id, index) => document.Counts[index].Class == TermClass.Quote).Order()];

    /// <summary>
    /// The shared-quote bonus of two leaves: <see cref="StoryClusteringOptions.SharedQuoteBonus"/> times the share of the
    /// smaller quotation set that the other carries too (0 when either quotes nothing), so it is bounded and a report
    /// quoting one sentence of a long transcript still counts fully.
    /// </summary>
    private double QuoteBonus(int left, int right)
    {
        var a = _quotes[left];
        var b = _quotes[right];
        if (a.Length == 0 || b.Length == 0 || _options.SharedQuoteBonus == 0)
        {
            return 0;
        }

        var shared = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return _options.SharedQuoteBonus * shared / Math.Min(a.Length, b.Length);
    }

    /// <summary>Exact copies (equal text hash) grouped; groups and their members sorted by id.</summary>
    private List<List<ClusterDocument>> ExactCopies() => _documents.Values
        .GroupBy(d => d.TextHash ?? "\0" + d.Id, StringComparer.Ordinal)
        .Select(g => g.OrderBy(d => d.Id, StringComparer.Ordinal).ToList())
        .OrderBy(group => group[0].Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Pairs of leaves whose texts are so alike that one reuses the other (a reprint with another headline, a copy
    /// wrapped in page clutter). They always share a story, so a reprint months later still lands in the story it copies.
    /// Measured on plain TF-IDF (no name boost): sharing names is not sharing text.
    /// </summary>
    private List<(int Left, int Right)> ReuseLinks(SparseVector[] plainVectors)
    {
        // Rows in parallel, each into its own list; joined in row order, the links come out as a serial loop finds them.
        var rows = new List<(int Left, int Right)>?[plainVectors.Length];
        PairwiseRows.Run(plainVectors.Length, _terms.Count, (i, dense) =>
        {
            plainVectors[i].ScatterInto(dense);
            for (var j = i + 1; j < plainVectors.Length; j++)
            {
                if (plainVectors[j].DotDense(dense) >= _options.ReuseSimilarity)
                {
                    (rows[i] ??= []).Add((i, j));
                }
            }

            plainVectors[i].ClearFrom(dense);
        });
        return [.. rows.Where(row => row is not null).SelectMany(row => row!)];
    }

    /// <summary>Each leaf's date for time decay: the earliest known date of its reuse group (a late reprint dates from its source).</summary>
    private static DateOnly?[] ReuseGroupDates(List<List<ClusterDocument>> leaves, List<(int Left, int Right)> reuse)
    {
        var sets = new DisjointSets(leaves.Count);
        foreach (var (left, right) in reuse)
        {
            sets.Union(left, right);
        }

        var earliest = Enumerable.Range(0, leaves.Count)
            .GroupBy(sets.Smallest)
            .ToDictionary(g => g.Key, g => g.SelectMany(i => leaves[i]).Where(d => d.Published is not null).Select(d => (DateOnly?)d.Published!.Value.Date).Min());
        return Enumerable.Range(0, leaves.Count).Select(i => earliest[sets.Smallest(i)]).ToArray();
    }

    private static SparseVector Sum(IEnumerable<SparseVector> vectors) => SparseVector.FromPairs(vectors
        .SelectMany(Pairs)
        .GroupBy(p => p.Key)
        .Select(g => new KeyValuePair<int, float>(g.Key, g.Sum(p => p.Value))));

    private SparseVector Vector(ClusterDocument document, int[] ranks) => Vector(document, ranks, _options.NameBoost, calendarBoost: _options.CalendarEventBoost);

    /// <param name="calendarBoost">The factor for weekday and month names: they tell events apart but not topics.</param>
    private SparseVector Vector(ClusterDocument document, int[] ranks, double boost, Func<int, double>? localWeight = null, double calendarBoost = 1)
    {
        var pairs = new KeyValuePair<int, float>[document.TermIds.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            var id = document.TermIds[i];
            var count = document.Counts[i];
            var weight = (1 + Math.Log(count.Count)) * _inverseFrequencies[id] * (localWeight?.Invoke(id) ?? 1);
            weight *= count.Class switch
            {
                TermClass.Word => 1,
                TermClass.Calendar => calendarBoost,
                TermClass.Quote => 0,
                _ => boost,
            };

            pairs[i] = new KeyValuePair<int, float>(ranks[id], (float)weight);
        }

        return SparseVector.FromPairs(pairs).Normalized();
    }

    /// <summary>Per term id: the inverse document frequency, from the external frequencies when given, else from the articles added.</summary>
    private double[] InverseFrequencies()
    {
        var inverse = new double[_terms.Count];
        for (var id = 0; id < inverse.Length; id++)
        {
            inverse[id] = _external is null
                ? _frequencies.InverseFrequency(id)
                : TermFrequencyTable.InverseFrequency(_external.DocumentCount, _external.Frequency(_terms.Term(id)));
        }

        return inverse;
    }

    // Near-copies need no exemption here: they are forced together and dated from their earliest member.
    private double Similarity(double cosine, DateOnly? dateA, DateOnly? dateB) => StorySimilarity.Decay(cosine, dateA, dateB, _options);

    private static StoryCluster Story(List<int> leafIndexes, List<List<ClusterDocument>> leaves, SparseVector[] vectors, string topicId)
    {
        var ordered = leafIndexes.SelectMany(i => leaves[i]).OrderBy(d => d.DateKey, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        var centroid = Sum(leafIndexes.Select(i => vectors[i]));
        var representative = leafIndexes
            .OrderByDescending(i => vectors[i].Dot(centroid))
            .ThenBy(i => i)
            .Select(i => Earliest(leaves[i]))
            .First();
        var title = !string.IsNullOrWhiteSpace(representative.Title)
            ? representative.Title
            : ordered.Select(d => d.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        return new StoryCluster(StoryIds.From('s', ordered[0].Id), topicId, ordered.Select(d => d.Id).ToList(), representative.Id, title);
    }

    private static ClusterDocument Earliest(IEnumerable<ClusterDocument> documents) => documents
        .OrderBy(d => d.DateKey, StringComparer.Ordinal)
        .ThenBy(d => d.Id, StringComparer.Ordinal)
        .First();

    private static KeyValuePair<int, float>[] Pairs(SparseVector vector)
    {
        var pairs = new KeyValuePair<int, float>[vector.Count];
        for (var i = 0; i < pairs.Length; i++)
        {
            pairs[i] = new KeyValuePair<int, float>(vector.Ids[i], vector.Weights[i]);
        }

        return pairs;
    }
}
