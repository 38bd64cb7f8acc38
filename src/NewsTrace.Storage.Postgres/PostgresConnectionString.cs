using Npgsql;

namespace NewsTrace.Storage.Postgres;

/// <summary>Recognises and normalises the two ways a user writes a PostgreSQL connection: a URL or Npgsql key=value pairs.</summary>
public static class PostgresConnectionString
{
    private static readonly string[] UrlSchemes = ["postgres://", "postgresql://"];

    private static readonly Dictionary<string, string> LibpqParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["search_path"] = "Search Path",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["target_session_attrs"] = "Target Session Attributes",
    };

    /// <summary>
    /// True when <paramref name="value"/> is meant as a PostgreSQL connection rather than a file name: a
    /// <c>postgres://</c> or <c>postgresql://</c> URL, or key=value pairs that name a host.
    /// </summary>
    public static bool IsPostgres(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (IsUrl(value))
        {
            return true;
        }

        if (!value.Contains('=', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(value);
            return !string.IsNullOrEmpty(builder.Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// An Npgsql connection string for <paramref name="value"/>. A URL's user, password, host, port, database and
    /// query parameters (<c>sslmode</c>, <c>search_path</c>, <c>application_name</c>, or any Npgsql keyword) are carried over.
    /// </summary>
    /// <exception cref="FormatException">The value is neither a valid URL nor a valid connection string.</exception>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsUrl(value))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(value).ConnectionString;
            }
            catch (ArgumentException ex)
            {
                throw new FormatException($"Not a PostgreSQL connection string: {ex.Message}", ex);
            }
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException("Not a PostgreSQL URL: write postgres://user:password@host:port/database.");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host.Trim('[', ']') };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(separator < 0 ? uri.UserInfo : uri.UserInfo[..separator]);
            if (separator >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(separator + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var parameterValue = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            try
            {
                builder[KeywordFor(key)] = parameterValue;
            }
            catch (ArgumentException ex)
            {
                throw new FormatException($"Unknown or invalid PostgreSQL URL parameter '{key}': {ex.Message}", ex);
            }
        }

        return builder.ConnectionString;
    }

    private static bool IsUrl(string value)
        => UrlSchemes.Any(scheme => value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));

    /// <summary>libpq's URL parameter names as Npgsql keywords; any other key is taken as an Npgsql keyword (they ignore case).</summary>
    private static string KeywordFor(string key)
        => LibpqParameters.TryGetValue(key, out var keyword) ? keyword : key;
}
