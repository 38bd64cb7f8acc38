using NewsTrace.Documents;
using NewsTrace.Stories;

namespace NewsTrace.Tests.Stories;

public sealed class StoryClustererTests
{
    private static IReadOnlyList<StoryCluster> Cluster(IEnumerable<StoryInput> inputs, StoryClusteringOptions? options = null)
    {
        var clusterer = new StoryClusterer(options);
        foreach (var input in inputs)
        {
            clusterer.Add(input);
        }

        return clusterer.Cluster();
    }

    private static string[][] Groups(IEnumerable<StoryCluster> stories)
        => stories.Select(s => s.ArticleIds.Order(StringComparer.Ordinal).ToArray()).OrderBy(g => g[0], StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_event_is_one_story_and_the_two_ferry_accidents_are_not_merged(bool withDates)
    {
        var stories = Cluster(StoryFixtures.Corpus(withDates));

        Assert.Equal([StoryFixtures.GroundingIds, StoryFixtures.FireIds, StoryFixtures.RaceIds], Groups(stories));
    }

    [Fact]
    public void The_two_ferry_accidents_share_a_topic_and_the_race_has_its_own()
    {
        var stories = Cluster(StoryFixtures.Corpus());
        var topicOf = stories.SelectMany(s => s.ArticleIds.Select(id => (id, s.TopicId))).ToDictionary(p => p.id, p => p.TopicId, StringComparer.Ordinal);

        Assert.Equal(topicOf["a1"], topicOf["b1"]);
        Assert.NotEqual(topicOf["a1"], topicOf["c1"]);
    }

    [Fact]
    public void Articles_that_share_only_weekdays_and_a_month_are_not_one_topic()
    {
        // A flood and a chess congress in the same week: capitalised weekdays used to count as shared names.
        var published = new PublishDate(new DateOnly(2024, 10, 16));
        var stories = Cluster(
        [
            new StoryInput("flood", "Heavy rain flooded the harbour district of Ostrava on Wednesday. Firefighters pumped water from cellars on Wednesday night and Thursday morning, the brigade said in October.", Published: published),
            new StoryInput("chess", "The chess federation elected a new president at its congress in Lisbon on Wednesday. Delegates voted on Wednesday evening and the result was announced on Thursday in October.", Published: published),
        ]);

        Assert.Equal(2, stories.Select(s => s.TopicId).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(0.0, 2)]
    [InlineData(1.0, 1)]
    public void A_shared_quotation_adds_its_bonus_within_a_topic(double bonus, int expectedStories)
    {
        // An event cut no plain similarity reaches: only the bonus of the quotation both reports carry can join them.
        var options = StoryClusteringOptions.Default with { SharedQuoteBonus = bonus, EventThreshold = 0.95, TopicThreshold = 0.01 };
        var stories = Cluster(
        [
            new StoryInput("strike", "Dockers in Portmere began a strike over pay. Union leader Hal Brisk said “we will not unload a single ship until the owners raise wages”."),
            new StoryInput("ferries", "Ferries bound for Portmere were diverted on Monday. “We will not unload a single ship until the owners raise wages,” Hal Brisk told reporters at the gate."),
        ], options);

        Assert.Equal(expectedStories, stories.Count);
        Assert.Single(stories.Select(s => s.TopicId).Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public void The_result_does_not_depend_on_input_order()
    {
        var expected = Cluster(StoryFixtures.Corpus(withDates: true));
        var random = new Random(20241022);
        for (var trial = 0; trial < 20; trial++)
        {
            var shuffled = StoryFixtures.Corpus(withDates: true).ToArray();
            random.Shuffle(shuffled);

            var actual = Cluster(shuffled);

            Assert.Equal(expected, actual, StoryClusterComparer.Instance);
        }
    }

    [Fact]
    public void Story_ids_derive_from_the_earliest_member_and_repeat_across_runs()
    {
        var first = Cluster(StoryFixtures.Corpus(withDates: true));
        var second = Cluster(StoryFixtures.Corpus(withDates: true));

        Assert.Equal(first.Select(s => s.Id), second.Select(s => s.Id));
        var grounding = Assert.Single(first, s => s.ArticleIds.Contains("a2"));
        Assert.Equal(StoryIds.From('s', "a1"), grounding.Id);
        Assert.Matches("^s[0-9a-f]{12}$", grounding.Id);
    }

    [Fact]
    public void Exact_copies_share_a_story_even_when_their_texts_differ_in_form()
    {
        var inputs = StoryFixtures.Corpus().Append(new StoryInput("z9", "PAOLA RISI wins!", TextHash: "hash-a1")).ToList();

        var stories = Cluster(inputs);

        Assert.Contains("z9", Assert.Single(stories, s => s.ArticleIds.Contains("a1")).ArticleIds);
    }

    [Fact]
    public void Similar_articles_far_apart_in_time_are_split_but_near_copies_are_not()
    {
        var early = new StoryInput("x1", "Marn city council approved the new tram line to Kessel on Tuesday after a long debate about its 40 million cost.", Published: Date("2022-01-04"));
        var late = new StoryInput("x2", "Marn city council debated the tram line to Kessel again as its cost passed 40 million, and approved a delay.", Published: Date("2023-06-20"));
        var copy = new StoryInput("x3", early.Text + " Copyright Marn Daily.", Published: Date("2023-06-21"));

        var withoutDates = Cluster([early with { Published = null }, late with { Published = null }]);
        var withDates = Cluster([early, late, copy]);

        Assert.Single(withoutDates);
        Assert.Equal([["x1", "x3"], ["x2"]], Groups(withDates));
    }

    [Fact]
    public void Adding_an_article_twice_counts_it_once()
    {
        var clusterer = new StoryClusterer();
        foreach (var input in StoryFixtures.Corpus().Concat(StoryFixtures.Corpus()))
        {
            clusterer.Add(input);
        }

        Assert.Equal(7, clusterer.Count);
        Assert.Equal(7, clusterer.Cluster().Sum(s => s.ArticleIds.Count));
    }

    [Fact]
    public void No_articles_give_no_stories()
    {
        Assert.Empty(new StoryClusterer().Cluster());
    }

    private static PublishDate Date(string text) => PublishDate.TryParseIso(text, out var date) ? date : throw new FormatException(text);
}
