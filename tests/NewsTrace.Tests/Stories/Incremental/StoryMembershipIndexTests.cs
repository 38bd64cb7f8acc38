using System.Globalization;
using NewsTrace.Storage;
using NewsTrace.Stories.Features;
using NewsTrace.Stories.Incremental;

namespace NewsTrace.Tests.Stories.Incremental;

public sealed class StoryMembershipIndexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_updates_leave_the_answers_of_a_plain_list_of_assignments_in_index_order(int seed)
    {
        var random = new Random(seed);
        var index = new StoryMembershipIndex();
        index.Load([]);
        var reference = new List<StoryAssignment>();
        var next = 0;
        for (var round = 0; round < 60; round++)
        {
            var added = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Assignment($"a{next++:D3}", random)).ToList();
            var changed = reference.Count == 0
                ? []
                : Enumerable.Range(0, random.Next(0, 5)).Select(_ => reference[random.Next(reference.Count)].ArticleId).Distinct().Select(id => Assignment(id, random)).ToList();
            var update = new StoryUpdate(round, [.. added.Select(a => new StoryIndexEntry(a.ArticleId, new Dictionary<string, TermCount>(), []))], [.. changed, .. added]);

            index.Apply(update);
            foreach (var change in changed)
            {
                reference[reference.FindIndex(r => r.ArticleId == change.ArticleId)] = change;
            }

            reference.AddRange(added);
            AssertSameAnswers(reference, index);
        }
    }

    [Fact]
    public void An_index_not_loaded_ignores_updates_and_loading_replaces_what_it_held()
    {
        var index = new StoryMembershipIndex();
        index.Apply(new StoryUpdate(0, [new StoryIndexEntry("a", new Dictionary<string, TermCount>(), [])], [new StoryAssignment("a", "s1", "t1", 1, true)]));
        Assert.False(index.IsLoaded);
        Assert.Equal(0, index.Count);

        index.Load([new StoryAssignment("b", "s2", "t2", 1, true), new StoryAssignment("c", "s2", "t2", 0.5, false)]);
        Assert.True(index.IsLoaded);
        Assert.Equal(["c", "b"], index.ListRecentStoryMembers(["s2"], 5).Select(a => a.ArticleId));

        index.Clear();
        Assert.False(index.IsLoaded);
        Assert.Empty(index.ListRecentStoryMembers(["s2"], 5));
    }

    [Fact]
    public void Reassigning_an_article_the_index_never_held_is_refused()
    {
        var index = new StoryMembershipIndex();
        index.Load([]);
        Assert.Throws<ArgumentException>(() => index.Apply(new StoryUpdate(0, [], [new StoryAssignment("ghost", "s1", "t1", 1, true)])));
    }

    private static StoryAssignment Assignment(string id, Random random)
    {
        var topic = random.Next(4);
        var story = (topic * 3) + random.Next(3);
        return new StoryAssignment(id, "s" + story.ToString(CultureInfo.InvariantCulture), "t" + topic.ToString(CultureInfo.InvariantCulture), Math.Round(random.NextDouble(), 3), random.Next(2) == 0);
    }

    /// <summary>The stores' answers written plainly over the assignments in index order.</summary>
    private static void AssertSameAnswers(List<StoryAssignment> reference, StoryMembershipIndex index)
    {
        Assert.Equal(reference.Count, index.Count);
        string[] topics = ["t0", "t1", "t2", "t3", "t-none"];
        string[] stories = [.. Enumerable.Range(0, 12).Select(s => "s" + s.ToString(CultureInfo.InvariantCulture))];
        foreach (var limit in new[] { 1, 2, 4, 100 })
        {
            Assert.Equal(Recent(reference, topics, a => a.TopicId, limit), index.ListRecentTopicMembers(topics, limit));
            Assert.Equal(Recent(reference, stories, a => a.StoryId, limit), index.ListRecentStoryMembers(stories, limit));
            foreach (var pair in new[] { topics[..2], topics[1..3], topics[3..] })
            {
                var members = reference.Where(a => pair.Contains(a.TopicId)).OrderBy(a => a.ArticleId, StringComparer.Ordinal).ToList();
                Assert.Equal(members.Take(limit), index.ListTopicMembers(pair, limit));
                Assert.Equal(Math.Min(members.Count, limit), index.CountTopicMembers(pair, limit));
            }
        }
    }

    private static List<StoryAssignment> Recent(List<StoryAssignment> reference, string[] groups, Func<StoryAssignment, string> key, int limit)
        => [.. groups.Order(StringComparer.Ordinal).SelectMany(g => reference.Where(a => key(a) == g).Reverse().Take(limit))];
}
