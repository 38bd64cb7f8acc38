using FsCheck;
using FsCheck.Xunit;

namespace NewsTrace.Storage.Tests.Contract;

public abstract partial class ArticleStoreContractTests
{
    private static StoredArticle[] SearchFixture() =>
    [
        TestArticles.Create("The city council approved the new budget after a long night session.", title: "Council approves budget", id: "5000000000000001", site: "a.example"),
        TestArticles.Create("A budget for schools was mentioned only briefly at the end of the council meeting about parks.", title: "Parks plan", id: "5000000000000002"),
        TestArticles.Create("Rain is expected over the weekend, and the council is not meeting.", title: "Weather", id: "5000000000000003"),
        TestArticles.Create("The new bridge will open in spring, the council said about the budgetary details.", title: "Bridge opening", id: "5000000000000004"),
        TestArticles.Create("Мэрия утвердила бюджет города на следующий год.", title: "Бюджет утверждён", id: "5000000000000005"),
    ];

    [Fact]
    public async Task Search_ands_plain_words()
    {
        var store = await StoreWithAsync(SearchFixture());

        var hits = await store.SearchAsync("budget council", 10);

        Assert.Equal(["5000000000000001", "5000000000000002"], hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_ranks_a_title_match_above_a_passing_mention_in_the_text()
    {
        var store = await StoreWithAsync(SearchFixture());

        var hits = await store.SearchAsync("budget", 10);

        Assert.Equal("5000000000000001", hits[0].Id);
        Assert.Equal(2, hits.Count);
        Assert.True(hits[0].Score > hits[1].Score, $"Scores should strictly decrease here: {hits[0].Score} then {hits[1].Score}.");
    }

    [Fact]
    public async Task Search_returns_hits_best_first_and_at_most_the_limit()
    {
        var store = await StoreWithAsync(SearchFixture());

        var all = await store.SearchAsync("council", 10);
        var top = await store.SearchAsync("council", 2);

        Assert.Equal(4, all.Count);
        Assert.Equal(all.Select(h => h.Score).OrderDescending(), all.Select(h => h.Score));
        Assert.Equal(all.Take(2).Select(h => h.Id), top.Select(h => h.Id));
    }

    [Fact]
    public async Task Search_keeps_quoted_phrases_as_phrases()
    {
        var store = await StoreWithAsync(SearchFixture());

        var phrase = await store.SearchAsync("\"new budget\"", 10);
        var words = await store.SearchAsync("new budget", 10);

        Assert.Equal(["5000000000000001"], phrase.Select(h => h.Id));
        Assert.Equal(["5000000000000001"], words.Select(h => h.Id));
        Assert.Empty(await store.SearchAsync("\"budget new\"", 10));
    }

    [Fact]
    public async Task Search_matches_prefixes_written_with_a_trailing_star()
    {
        var store = await StoreWithAsync(SearchFixture());

        var exact = await store.SearchAsync("budget", 10);
        var prefix = await store.SearchAsync("budg*", 10);

        Assert.DoesNotContain(exact, h => h.Id == "5000000000000004");
        Assert.Equal(["5000000000000001", "5000000000000002", "5000000000000004"], prefix.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_marks_the_matched_terms_in_the_snippet()
    {
        var store = await StoreWithAsync(SearchFixture());

        var hit = Assert.Single(await store.SearchAsync("weekend", 10));

        Assert.Contains($"{SearchHit.HighlightStart}weekend{SearchHit.HighlightEnd}", hit.Snippet, StringComparison.Ordinal);
        Assert.Equal("Weather", hit.Title);
    }

    [Fact]
    public async Task Search_hits_carry_title_site_and_publish_date()
    {
        var article = TestArticles.Full();
        var store = await StoreWithAsync(article);

        var hit = Assert.Single(await store.SearchAsync("ferry", 5));

        Assert.Equal(article.Id, hit.Id);
        Assert.Equal(article.Metadata.Title, hit.Title);
        Assert.Equal(article.Metadata.Site, hit.Site);
        Assert.Equal("2023-10-19T08:30:15+09:00", hit.Published);
    }

    [Fact]
    public async Task Search_is_case_insensitive_in_cyrillic()
    {
        var store = await StoreWithAsync(SearchFixture());

        var hits = await store.SearchAsync("БЮДЖЕТ мэрия", 10);

        Assert.Equal(["5000000000000005"], hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("AND OR NOT ( \" * : ^ -")]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData("\"unterminated phrase")]
    [InlineData("(((")]
    [InlineData(")")]
    [InlineData("NEAR(budget council, 2)")]
    [InlineData("title:budget")]
    [InlineData("-budget")]
    [InlineData("^budget")]
    [InlineData("budget*council")]
    [InlineData("*")]
    [InlineData("**budget")]
    [InlineData("budget AND")]
    [InlineData("OR budget")]
    [InlineData("{title text}: budget")]
    [InlineData("budget'; DROP TABLE articles; --")]
    [InlineData("\0\u0002\u0003")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🎉🎉")]
    public async Task Search_never_raises_on_hostile_input(string input)
    {
        var store = await StoreWithAsync(SearchFixture());

        var hits = await store.SearchAsync(input, 10);

        Assert.All(hits, h => Assert.StartsWith("5", h.Id, StringComparison.Ordinal));
        Assert.Equal(5, (await store.GetStatisticsAsync()).Articles);
    }

    [Theory]
    [InlineData("budget (")]
    [InlineData("budget \"")]
    [InlineData("\"budget")]
    [InlineData("budget title: ^")]
    [InlineData("( budget ) -")]
    [InlineData("budget* -- :")]
    public async Task Search_still_finds_the_real_words_among_punctuation(string input)
    {
        var store = await StoreWithAsync(SearchFixture());

        var hits = await store.SearchAsync(input, 10);

        // Fragments with nothing searchable in them are dropped, leaving the real word. "title:" is not a
        // column filter but the word "title", which no text of this fixture contains outside titles.
        var expected = input.Contains("title", StringComparison.Ordinal) ? [] : input.Contains('*', StringComparison.Ordinal)
            ? (string[])["5000000000000001", "5000000000000002", "5000000000000004"]
            : ["5000000000000001", "5000000000000002"];
        Assert.Equal(expected, hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_treats_operator_words_as_plain_words()
    {
        var store = await StoreWithAsync(SearchFixture());

        var hits = await store.SearchAsync("council AND not", 10);

        Assert.Equal(["5000000000000003"], hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Search_for_only_punctuation_finds_nothing()
    {
        var store = await StoreWithAsync(SearchFixture());

        Assert.Empty(await store.SearchAsync("( ) * ^ : -", 10));
    }

    [Property(MaxTest = 200)]
    public async Task<bool> Search_accepts_any_input(NonNull<string> input)
    {
        _searchStore ??= await StoreWithAsync(SearchFixture());
        var store = _searchStore;

        var hits = await store.SearchAsync(input.Get, 5);

        return hits.Count <= 5;
    }
}
