using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NewsTrace.Storage.Sqlite;

/// <summary>Persisted story clustering (migration 0006).</summary>
public sealed partial class SqliteArticleStore : IStoryStore
{
    // Serialises story updates of this process; other processes are kept out by the write lock and the version check.
    private readonly SemaphoreSlim _storyLock = new(1, 1);

    public async Task<StoryIndexState> GetStoryIndexStateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        return await ReadStoryStateAsync(connection, null, cancellationToken);
    }

    public async Task<IReadOnlyList<ArticleSummary>> ListUnassignedAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + ArticleRowReader.SummaryColumns + """
             FROM articles WHERE id IN (SELECT article_id FROM story_pending)
            ORDER BY published_day NULLS LAST, id LIMIT $limit
            """;
        command.Parameters.AddWithValue("$limit", limit);
        var found = new List<ArticleSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(ArticleRowReader.ReadSummary(reader));
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<string, int>> GetDocumentFrequenciesAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        if (terms.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT term, df FROM story_term_frequencies WHERE term IN (SELECT value FROM json_each($terms))";
        command.Parameters.AddWithValue("$terms", JsonSerializer.Serialize(terms));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetString(0)] = reader.GetInt32(1);
        }

        return found;
    }

    public async Task<IReadOnlyList<TermPosting>> FindArticlesByTermsAsync(IReadOnlyCollection<string> terms, int perTerm, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perTerm);
        var found = new List<TermPosting>();
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id FROM story_term_index WHERE term = $term ORDER BY seq DESC LIMIT $limit";
        var term = command.Parameters.Add("$term", SqliteType.Text);
        command.Parameters.AddWithValue("$limit", perTerm);
        foreach (var value in terms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            term.Value = value;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add(new TermPosting(value, reader.GetString(0)));
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<IndexedArticle>> GetIndexedArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var found = new List<IndexedArticle>();
        if (articleIds.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT " + ArticleRowReader.SummaryColumns + """
            , s.story_id, s.topic_id, s.score, s.representative, s.terms, s.event_date
            FROM story_articles AS s JOIN articles ON articles.id = s.article_id
            WHERE s.article_id IN (SELECT value FROM json_each($ids))
            ORDER BY s.article_id
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(articleIds));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var summary = ArticleRowReader.ReadSummary(reader);
            var assignment = new StoryAssignment(summary.Id, reader.GetString(9), reader.GetString(10), reader.GetDouble(11), reader.GetInt64(12) != 0);
            found.Add(new IndexedArticle(summary, assignment, StoryTermsText.Decode(reader.GetString(13))) { EventDate = ArticleRowReader.NullableString(reader, 14) });
        }

        return found;
    }

    public async Task<IReadOnlyList<StoryAssignment>> ListTopicMembersAsync(IReadOnlyCollection<string> topicIds, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topicIds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (topicIds.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = AssignmentSelect + " WHERE topic_id IN (SELECT value FROM json_each($topics)) ORDER BY article_id LIMIT $limit";
        command.Parameters.AddWithValue("$topics", JsonSerializer.Serialize(topicIds));
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadAssignmentsAsync(command, cancellationToken);
    }

    public async Task<int> CountTopicMembersAsync(IReadOnlyCollection<string> topicIds, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topicIds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (topicIds.Count == 0)
        {
            return 0;
        }

        // Answered from the (topic_id, article_id) index alone: no table row is read.
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT count(*) FROM (
                SELECT 1 FROM story_articles WHERE topic_id IN (SELECT value FROM json_each($topics)) LIMIT $limit)
            """;
        command.Parameters.AddWithValue("$topics", JsonSerializer.Serialize(topicIds));
        command.Parameters.AddWithValue("$limit", limit);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public Task<IReadOnlyList<StoryAssignment>> ListStoryMembersAsync(IReadOnlyCollection<string> storyIds, int limitPerStory, CancellationToken cancellationToken = default)
        => ListRecentMembersAsync("story_id", storyIds, limitPerStory, cancellationToken);

    public Task<IReadOnlyList<StoryAssignment>> ListRecentTopicMembersAsync(IReadOnlyCollection<string> topicIds, int limitPerTopic, CancellationToken cancellationToken = default)
        => ListRecentMembersAsync("topic_id", topicIds, limitPerTopic, cancellationToken);

    /// <summary>The latest members of each story or topic; <paramref name="column"/> is one of two fixed column names, never user input.</summary>
    private async Task<IReadOnlyList<StoryAssignment>> ListRecentMembersAsync(string column, IReadOnlyCollection<string> ids, int limitPerGroup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limitPerGroup);
        var found = new List<StoryAssignment>();
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = AssignmentSelect + $" WHERE {column} = $group ORDER BY seq DESC LIMIT $limit";
        var group = command.Parameters.Add("$group", SqliteType.Text);
        command.Parameters.AddWithValue("$limit", limitPerGroup);
        foreach (var id in ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            group.Value = id;
            found.AddRange(await ReadAssignmentsAsync(command, cancellationToken));
        }

        return found;
    }

    public async Task<IReadOnlySet<string>> FindClusterIdsInUseAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT value FROM json_each($ids) AS given
            WHERE EXISTS (SELECT 1 FROM story_articles WHERE story_id = given.value)
               OR EXISTS (SELECT 1 FROM story_articles WHERE topic_id = given.value)
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }

    public async Task<bool> ApplyStoryUpdateAsync(StoryUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        update.Validate();
        var assignments = update.Assignments.ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
        var added = update.Added.Select(a => a.ArticleId).ToHashSet(StringComparer.Ordinal);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var writer = RequireWriter();
            await using var transaction = writer.BeginTransaction(deferred: false);
            var state = await ReadStoryStateAsync(writer, transaction, cancellationToken);
            if (state.Version != update.ExpectedVersion)
            {
                return false;
            }

            using var insert = Command(writer, transaction, """
                INSERT INTO story_articles (article_id, seq, story_id, topic_id, score, representative, terms, event_date)
                VALUES ($article, $seq, $story, $topic, $score, $representative, $terms, $eventDate)
                """, "$article", "$seq", "$story", "$topic", "$score", "$representative", "$terms", "$eventDate");
            using var index = Command(writer, transaction, "INSERT INTO story_term_index (term, seq, article_id) VALUES ($term, $seq, $article)", "$term", "$seq", "$article");
            using var pending = Command(writer, transaction, "DELETE FROM story_pending WHERE article_id = $article", "$article");
            var seq = state.DocumentCount;
            var increments = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in update.Added)
            {
                var assignment = assignments[entry.ArticleId];
                SetAssignment(insert, assignment);
                insert.Parameters["$seq"].Value = seq;
                insert.Parameters["$terms"].Value = StoryTermsText.Encode(entry.Terms);
                insert.Parameters["$eventDate"].Value = (object?)entry.EventDate ?? DBNull.Value;
                await insert.ExecuteNonQueryAsync(cancellationToken);
                foreach (var term in entry.IndexTerms.Distinct(StringComparer.Ordinal))
                {
                    index.Parameters["$term"].Value = term;
                    index.Parameters["$seq"].Value = seq;
                    index.Parameters["$article"].Value = entry.ArticleId;
                    await index.ExecuteNonQueryAsync(cancellationToken);
                }

                pending.Parameters["$article"].Value = entry.ArticleId;
                await pending.ExecuteNonQueryAsync(cancellationToken);
                foreach (var term in entry.Terms.Keys)
                {
                    increments[term] = increments.GetValueOrDefault(term) + 1;
                }

                seq++;
            }

            using var frequency = Command(writer, transaction, """
                INSERT INTO story_term_frequencies (term, df) VALUES ($term, $count)
                ON CONFLICT (term) DO UPDATE SET df = df + excluded.df
                """, "$term", "$count");
            foreach (var (term, count) in increments)
            {
                frequency.Parameters["$term"].Value = term;
                frequency.Parameters["$count"].Value = count;
                await frequency.ExecuteNonQueryAsync(cancellationToken);
            }

            using var change = Command(writer, transaction, """
                UPDATE story_articles SET story_id = $story, topic_id = $topic, score = $score, representative = $representative
                WHERE article_id = $article
                """, "$article", "$story", "$topic", "$score", "$representative");
            foreach (var assignment in update.Assignments.Where(a => !added.Contains(a.ArticleId)))
            {
                SetAssignment(change, assignment);
                if (await change.ExecuteNonQueryAsync(cancellationToken) != 1)
                {
                    throw new ArgumentException($"Article '{assignment.ArticleId}' is reassigned but not in the story index.", nameof(update));
                }
            }

            await using (var bump = writer.CreateCommand())
            {
                bump.Transaction = transaction;
                bump.CommandText = "UPDATE story_state SET version = version + 1, document_count = document_count + $added WHERE id = 1";
                bump.Parameters.AddWithValue("$added", update.Added.Count);
                await bump.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async IAsyncEnumerable<StoryAssignment> ListAssignmentsInIndexOrderAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Read from the covering listing index (in story order) and sorted here: in seq order SQLite would look every row
        // up in a table whose rows hold the term counts.
        var rows = new List<(long Seq, StoryAssignment Assignment)>();
        await using (var connection = await OpenReaderAsync(cancellationToken))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT article_id, story_id, topic_id, score, representative, seq FROM story_articles ORDER BY story_id, article_id";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(5), ReadAssignment(reader)));
            }
        }

        rows.Sort((a, b) => a.Seq.CompareTo(b.Seq));
        foreach (var (_, assignment) in rows)
        {
            yield return assignment;
        }
    }

    public IAsyncEnumerable<StoryAssignment> ListStoryAssignmentsAsync(CancellationToken cancellationToken = default)
        => StreamAssignmentsAsync("story_id, article_id", cancellationToken);

    /// <summary>Every assignment; <paramref name="orderBy"/> is one of two fixed orders, never user input.</summary>
    private async IAsyncEnumerable<StoryAssignment> StreamAssignmentsAsync(string orderBy, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = AssignmentSelect + " ORDER BY " + orderBy;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadAssignment(reader);
        }
    }

    public async Task<IAsyncDisposable> LockStoriesAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _storyLock.WaitAsync(cancellationToken);
        return new SemaphoreRelease(_storyLock);
    }

    private const string AssignmentSelect = "SELECT article_id, story_id, topic_id, score, representative FROM story_articles";

    private static StoryAssignment ReadAssignment(SqliteDataReader reader)
        => new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3), reader.GetInt64(4) != 0);

    private static async Task<List<StoryAssignment>> ReadAssignmentsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var found = new List<StoryAssignment>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(ReadAssignment(reader));
        }

        return found;
    }

    private static void SetAssignment(SqliteCommand command, StoryAssignment assignment)
    {
        command.Parameters["$article"].Value = assignment.ArticleId;
        command.Parameters["$story"].Value = assignment.StoryId;
        command.Parameters["$topic"].Value = assignment.TopicId;
        command.Parameters["$score"].Value = assignment.Score;
        command.Parameters["$representative"].Value = assignment.Representative ? 1 : 0;
    }

    private static async Task<StoryIndexState> ReadStoryStateAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version, document_count FROM story_state WHERE id = 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("The story_state row is missing.");
        }

        return new StoryIndexState(reader.GetInt64(0), reader.GetInt64(1));
    }
}
