using System.Globalization;
using System.Runtime.CompilerServices;
using Npgsql;

namespace NewsTrace.Storage.Postgres;

/// <summary>Persisted story clustering (migration 0004).</summary>
public sealed partial class PostgresArticleStore : IStoryStore
{
    // Second half of the story lock's key is the schema's hash, so stores in two schemas of one database do not wait on each other.
    private const int StoryLockNamespace = 0x4E5453;

    private const string AssignmentSelect = "SELECT article_id, story_id, topic_id, score, representative FROM story_articles";

    public async Task<StoryIndexState> GetStoryIndexStateAsync(CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand("SELECT version, document_count FROM story_state WHERE id = 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadStoryStateAsync(reader, cancellationToken);
    }

    public async Task<IReadOnlyList<ArticleSummary>> ListUnassignedAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var command = CreateCommand("SELECT " + ArticleRowReader.SummaryColumns + """
             FROM articles WHERE id IN (SELECT article_id FROM story_pending)
            ORDER BY published_day NULLS LAST, id LIMIT $1
            """);
        command.Parameters.AddWithValue(limit);
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

        await using var command = CreateCommand("SELECT term, df FROM story_term_frequencies WHERE term = ANY($1)");
        command.Parameters.AddWithValue(terms.ToArray());
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
        if (terms.Count == 0)
        {
            return found;
        }

        // One index range scan per term, newest first.
        await using var command = CreateCommand("""
            SELECT t.term, i.article_id
            FROM unnest($1::text[]) AS t (term)
            CROSS JOIN LATERAL (
                SELECT article_id, seq FROM story_term_index WHERE term = t.term ORDER BY seq DESC LIMIT $2
            ) AS i
            ORDER BY t.term, i.seq DESC
            """);
        command.Parameters.AddWithValue(terms.Distinct(StringComparer.Ordinal).ToArray());
        command.Parameters.AddWithValue(perTerm);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new TermPosting(reader.GetString(0), reader.GetString(1)));
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

        await using var command = CreateCommand("SELECT " + ArticleRowReader.SummaryColumns + """
            , s.story_id, s.topic_id, s.score, s.representative, s.terms, s.event_date
            FROM story_articles AS s JOIN articles ON articles.id = s.article_id
            WHERE s.article_id = ANY($1)
            ORDER BY s.article_id
            """);
        command.Parameters.AddWithValue(articleIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var summary = ArticleRowReader.ReadSummary(reader);
            var assignment = new StoryAssignment(summary.Id, reader.GetString(9), reader.GetString(10), reader.GetDouble(11), reader.GetBoolean(12));
            found.Add(new IndexedArticle(summary, assignment, StoryTermsText.Decode(reader.GetString(13))) { EventDate = reader.IsDBNull(14) ? null : reader.GetString(14) });
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

        await using var command = CreateCommand(AssignmentSelect + " WHERE topic_id = ANY($1) ORDER BY article_id LIMIT $2");
        command.Parameters.AddWithValue(topicIds.ToArray());
        command.Parameters.AddWithValue(limit);
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

        await using var command = CreateCommand("SELECT count(*) FROM (SELECT 1 FROM story_articles WHERE topic_id = ANY($1) LIMIT $2) AS members");
        command.Parameters.AddWithValue(topicIds.ToArray());
        command.Parameters.AddWithValue(limit);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public Task<IReadOnlyList<StoryAssignment>> ListStoryMembersAsync(IReadOnlyCollection<string> storyIds, int limitPerStory, CancellationToken cancellationToken = default)
        => ListRecentMembersAsync("story_id", storyIds, limitPerStory, cancellationToken);

    public Task<IReadOnlyList<StoryAssignment>> ListRecentTopicMembersAsync(IReadOnlyCollection<string> topicIds, int limitPerTopic, CancellationToken cancellationToken = default)
        => ListRecentMembersAsync("topic_id", topicIds, limitPerTopic, cancellationToken);

    /// <summary>The latest members of each story or topic, in one query; <paramref name="column"/> is one of two fixed column names, never user input.</summary>
    private async Task<IReadOnlyList<StoryAssignment>> ListRecentMembersAsync(string column, IReadOnlyCollection<string> ids, int limitPerGroup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limitPerGroup);
        if (ids.Count == 0)
        {
            return [];
        }

        await using var command = CreateCommand($"""
            SELECT m.article_id, m.story_id, m.topic_id, m.score, m.representative
            FROM unnest($1::text[]) AS given (group_id)
            CROSS JOIN LATERAL (
                SELECT article_id, story_id, topic_id, score, representative, seq FROM story_articles
                WHERE {column} = given.group_id ORDER BY seq DESC LIMIT $2
            ) AS m
            ORDER BY m.{column}, m.seq DESC
            """);
        command.Parameters.AddWithValue(ids.Distinct(StringComparer.Ordinal).ToArray());
        command.Parameters.AddWithValue(limitPerGroup);
        return await ReadAssignmentsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlySet<string>> FindClusterIdsInUseAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }

        await using var command = CreateCommand("""
            SELECT given.id FROM unnest($1::text[]) AS given (id)
            WHERE EXISTS (SELECT FROM story_articles WHERE story_id = given.id)
               OR EXISTS (SELECT FROM story_articles WHERE topic_id = given.id)
            """);
        command.Parameters.AddWithValue(ids.ToArray());
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
        RequireInitialized();
        var assignments = update.Assignments.ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
        var added = update.Added.Select(a => a.ArticleId).ToHashSet(StringComparer.Ordinal);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        StoryIndexState state;
        await using (var read = new NpgsqlCommand("SELECT version, document_count FROM story_state WHERE id = 1 FOR UPDATE", connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            state = await ReadStoryStateAsync(reader, cancellationToken);
        }

        if (state.Version != update.ExpectedVersion)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var seqs = update.Added.Select((_, index) => state.DocumentCount + index).ToArray();
        var newAssignments = update.Added.Select(a => assignments[a.ArticleId]).ToArray();
        var changed = update.Assignments.Where(a => !added.Contains(a.ArticleId)).OrderBy(a => a.ArticleId, StringComparer.Ordinal).ToArray();
        var increments = update.Added.SelectMany(a => a.Terms.Keys).GroupBy(t => t, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        var postings = update.Added.SelectMany((a, index) => a.IndexTerms.Distinct(StringComparer.Ordinal).Select(term => (Term: term, Seq: seqs[index], a.ArticleId))).ToArray();

        await using var batch = new NpgsqlBatch(connection, transaction);
        var insert = new NpgsqlBatchCommand("""
            INSERT INTO story_articles (article_id, seq, story_id, topic_id, score, representative, terms, event_date)
            SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::double precision[], $6::boolean[], $7::text[], $8::text[])
            """);
        insert.Parameters.AddWithValue(newAssignments.Select(a => a.ArticleId).ToArray());
        insert.Parameters.AddWithValue(seqs);
        insert.Parameters.AddWithValue(newAssignments.Select(a => a.StoryId).ToArray());
        insert.Parameters.AddWithValue(newAssignments.Select(a => a.TopicId).ToArray());
        insert.Parameters.AddWithValue(newAssignments.Select(a => a.Score).ToArray());
        insert.Parameters.AddWithValue(newAssignments.Select(a => a.Representative).ToArray());
        insert.Parameters.AddWithValue(update.Added.Select(a => StoryTermsText.Encode(a.Terms)).ToArray());
        insert.Parameters.AddWithValue(update.Added.Select(a => a.EventDate).ToArray());
        batch.BatchCommands.Add(insert);

        var index = new NpgsqlBatchCommand("INSERT INTO story_term_index (term, seq, article_id) SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[])");
        index.Parameters.AddWithValue(postings.Select(p => p.Term).ToArray());
        index.Parameters.AddWithValue(postings.Select(p => p.Seq).ToArray());
        index.Parameters.AddWithValue(postings.Select(p => p.ArticleId).ToArray());
        batch.BatchCommands.Add(index);

        var pending = new NpgsqlBatchCommand("DELETE FROM story_pending WHERE article_id = ANY($1)");
        pending.Parameters.AddWithValue(added.ToArray());
        batch.BatchCommands.Add(pending);

        var frequencies = new NpgsqlBatchCommand("""
            INSERT INTO story_term_frequencies (term, df) SELECT * FROM unnest($1::text[], $2::integer[])
            ON CONFLICT (term) DO UPDATE SET df = story_term_frequencies.df + excluded.df
            """);
        frequencies.Parameters.AddWithValue(increments.Select(g => g.Key).ToArray());
        frequencies.Parameters.AddWithValue(increments.Select(g => g.Count()).ToArray());
        batch.BatchCommands.Add(frequencies);

        var change = new NpgsqlBatchCommand("""
            UPDATE story_articles AS s SET story_id = c.story_id, topic_id = c.topic_id, score = c.score, representative = c.representative
            FROM unnest($1::text[], $2::text[], $3::text[], $4::double precision[], $5::boolean[]) AS c (article_id, story_id, topic_id, score, representative)
            WHERE s.article_id = c.article_id
            """);
        change.Parameters.AddWithValue(changed.Select(a => a.ArticleId).ToArray());
        change.Parameters.AddWithValue(changed.Select(a => a.StoryId).ToArray());
        change.Parameters.AddWithValue(changed.Select(a => a.TopicId).ToArray());
        change.Parameters.AddWithValue(changed.Select(a => a.Score).ToArray());
        change.Parameters.AddWithValue(changed.Select(a => a.Representative).ToArray());
        batch.BatchCommands.Add(change);

        var bump = new NpgsqlBatchCommand("UPDATE story_state SET version = version + 1, document_count = document_count + $1 WHERE id = 1");
        bump.Parameters.AddWithValue((long)update.Added.Count);
        batch.BatchCommands.Add(bump);

        await batch.ExecuteNonQueryAsync(cancellationToken);
        if (change.RecordsAffected != changed.Length)
        {
            await transaction.RollbackAsync(cancellationToken);
            throw new ArgumentException("An update reassigns an article that is not in the story index.", nameof(update));
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public IAsyncEnumerable<StoryAssignment> ListAssignmentsInIndexOrderAsync(CancellationToken cancellationToken = default)
        => StreamAssignmentsAsync("seq", cancellationToken);

    public IAsyncEnumerable<StoryAssignment> ListStoryAssignmentsAsync(CancellationToken cancellationToken = default)
        => StreamAssignmentsAsync("story_id, article_id", cancellationToken);

    /// <summary>Every assignment; <paramref name="orderBy"/> is one of two fixed orders, never user input.</summary>
    private async IAsyncEnumerable<StoryAssignment> StreamAssignmentsAsync(string orderBy, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(AssignmentSelect + " ORDER BY " + orderBy);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ReadAssignment(reader);
        }
    }

    public async Task<IAsyncDisposable> LockStoriesAsync(CancellationToken cancellationToken = default)
    {
        RequireInitialized();
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1, hashtext(current_schema()))", connection);
            command.Parameters.AddWithValue(StoryLockNamespace);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new AdvisoryLockRelease(connection, StoryLockNamespace);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static StoryAssignment ReadAssignment(NpgsqlDataReader reader)
        => new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3), reader.GetBoolean(4));

    private static async Task<List<StoryAssignment>> ReadAssignmentsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var found = new List<StoryAssignment>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(ReadAssignment(reader));
        }

        return found;
    }

    private static async Task<StoryIndexState> ReadStoryStateAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("The story_state row is missing.");
        }

        return new StoryIndexState(reader.GetInt64(0), reader.GetInt64(1));
    }
}
