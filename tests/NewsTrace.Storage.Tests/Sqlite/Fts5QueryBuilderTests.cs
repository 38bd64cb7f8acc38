using FsCheck;
using FsCheck.Xunit;
using Microsoft.Data.Sqlite;
using NewsTrace.Storage.Sqlite;

namespace NewsTrace.Storage.Tests.Sqlite;

public sealed class Fts5QueryBuilderTests
{
    [Theory]
    [InlineData("budget", "\"budget\"")]
    [InlineData("  city   budget ", "\"city\" AND \"budget\"")]
    [InlineData("\"new budget\" council", "\"new budget\" AND \"council\"")]
    [InlineData("budg*", "\"budg\" *")]
    [InlineData("\"new budg\"*", "\"new budg\" *")]
    [InlineData("AND OR NOT", "\"AND\" AND \"OR\" AND \"NOT\"")]
    [InlineData("title:budget", "\"title:budget\"")]
    [InlineData("NEAR(a b)", "\"NEAR(a\" AND \"b)\"")]
    [InlineData("\"unbalanced phrase", "\"unbalanced\" AND \"phrase\"")]
    [InlineData("москва*", "\"москва\" *")]
    [InlineData("\0a\tb\u0002", "\"a\" AND \"b\"")]
    public void Builds_quoted_terms(string input, string expected)
        => Assert.Equal(expected, Fts5QueryBuilder.Build(input));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("( \" * : ^ -")]
    [InlineData("\"\" \"  \" \"()\"")]
    [InlineData("🎉 ✓ —")]
    public void Input_with_nothing_searchable_builds_no_query(string input)
        => Assert.Null(Fts5QueryBuilder.Build(input));

    [Property(MaxTest = 500)]
    public bool Every_built_query_is_valid_fts5(NonNull<string> input)
    {
        var match = Fts5QueryBuilder.Build(input.Get);
        if (match is null)
        {
            return true;
        }

        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO t VALUES ('a title', 'some text');
            SELECT count(*) FROM t WHERE t MATCH $match;
            """;
        command.Parameters.AddWithValue("$match", match);
        return command.ExecuteScalar() is long;
    }
}
