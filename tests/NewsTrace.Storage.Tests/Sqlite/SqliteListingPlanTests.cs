using NewsTrace.Storage.Sqlite;

namespace NewsTrace.Storage.Tests.Sqlite;

/// <summary>
/// The full listings behind every story list must not read the large rows of their tables (an article's text, an
/// indexed article's term counts): at a million articles that made the first story list take a minute. Checked through
/// SQLite's query plan, which names a covering index when no table row is read.
/// </summary>
public sealed class SqliteListingPlanTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("SELECT id, source, record_id, title, site, url, published, length, text_hash FROM articles WHERE 1 = 1 ORDER BY published_day NULLS LAST, id LIMIT -1 OFFSET 0")]
    [InlineData("SELECT article_id, story_id, topic_id, score, representative FROM story_articles ORDER BY story_id, article_id")]
    [InlineData("SELECT article_id, story_id, topic_id, score, representative, seq FROM story_articles ORDER BY story_id, article_id")]
    public async Task Listing_every_summary_or_assignment_reads_a_covering_index_in_order(string listing)
    {
        var path = _directory.NewDatabasePath();
        await (await SqliteArticleStore.OpenAsync(path)).DisposeAsync();

        using var connection = RawSqlite.Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + listing;
        var plan = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.Contains("COVERING INDEX", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}
