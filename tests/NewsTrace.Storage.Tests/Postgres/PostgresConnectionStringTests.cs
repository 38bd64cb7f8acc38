using NewsTrace.Storage.Postgres;
using Npgsql;

namespace NewsTrace.Storage.Tests.Postgres;

public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("postgres://u:p@db.example/news", true)]
    [InlineData("postgresql://db.example", true)]
    [InlineData("POSTGRES://db.example/news", true)]
    [InlineData("Host=db.example;Database=news", true)]
    [InlineData("host=localhost", true)]
    [InlineData("newstrace.db", false)]
    [InlineData("data/corpus.sqlite", false)]
    [InlineData("odd=name.db", false)]
    [InlineData("Database=news", false)]
    [InlineData("", false)]
    public void Tells_a_connection_from_a_file_name(string value, bool expected)
        => Assert.Equal(expected, PostgresConnectionString.IsPostgres(value));

    [Fact]
    public void A_url_becomes_the_same_connection_as_its_key_value_form()
    {
        var fromUrl = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize(
            "postgres://news%20user:p%40ss%3Aword@db.example:6543/corpus%2D1?sslmode=require&search_path=newsroom&application_name=ingest"));

        Assert.Equal("db.example", fromUrl.Host);
        Assert.Equal(6543, fromUrl.Port);
        Assert.Equal("news user", fromUrl.Username);
        Assert.Equal("p@ss:word", fromUrl.Password);
        Assert.Equal("corpus-1", fromUrl.Database);
        Assert.Equal(SslMode.Require, fromUrl.SslMode);
        Assert.Equal("newsroom", fromUrl.SearchPath);
        Assert.Equal("ingest", fromUrl.ApplicationName);
    }

    [Fact]
    public void A_url_without_user_port_or_database_leaves_them_to_the_defaults()
    {
        var fromUrl = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("postgresql://localhost"));

        Assert.Equal("localhost", fromUrl.Host);
        Assert.Equal(5432, fromUrl.Port);
        Assert.Null(fromUrl.Username);
        Assert.Null(fromUrl.Database);
    }

    [Fact]
    public void A_key_value_string_passes_through()
    {
        var normalized = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("Host=h;Database=d;Username=u"));

        Assert.Equal(("h", "d", "u"), (normalized.Host, normalized.Database, normalized.Username));
    }

    [Theory]
    [InlineData("postgres://")]
    [InlineData("postgres://db.example/news?no_such_parameter=1")]
    [InlineData("Host=h;NoSuchKeyword=1")]
    public void Malformed_connections_are_format_errors(string value)
        => Assert.Throws<FormatException>(() => PostgresConnectionString.Normalize(value));
}
