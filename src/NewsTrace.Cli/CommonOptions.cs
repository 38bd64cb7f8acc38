using System.CommandLine;
using System.CommandLine.Parsing;
using NewsTrace.Cli.Output;
using NewsTrace.Documents;
using NewsTrace.Ingest;
using NewsTrace.Storage.Postgres;

namespace NewsTrace.Cli;

/// <summary>Options shared by several commands, defined once so every command spells and documents them the same way.</summary>
internal static class CommonOptions
{
    /// <summary>Names the store when --db is not given, so a shared PostgreSQL need not be repeated on every command.</summary>
    public const string DatabaseEnvironmentVariable = "NEWSTRACE_DB";

    /// <summary>Names a PostgreSQL store when neither --db nor --postgres is given (issue 9's spelling; wins over NEWSTRACE_DB).</summary>
    public const string PostgresEnvironmentVariable = "NEWSTRACE_POSTGRES";

    private const string PostgresAlias = "--postgres";

    /// <summary>
    /// The store: <c>--db FILE|CONNECTION</c>, or <c>--postgres CONNECTION</c>, which is the same option but insists on a
    /// PostgreSQL connection. Giving both is an error, as is giving --postgres a file name.
    /// </summary>
    public static Option<string> Database()
    {
        var option = new Option<string>("--db", PostgresAlias)
        {
            Description = "The SQLite database file (created when missing), or a PostgreSQL connection: postgres://user:password@host/database "
                + "or \"Host=…;Database=…\" (see docs/postgres.md). --postgres CONNECTION says the same and accepts only PostgreSQL. "
                + "Default: $" + PostgresEnvironmentVariable + ", else $" + DatabaseEnvironmentVariable + ", else newstrace.db.",
            DefaultValueFactory = DefaultDatabase,
            HelpName = "FILE|CONNECTION",

            // Two values are accepted by the parser only so that --db and --postgres together get the clear error below.
            Arity = new ArgumentArity(1, 2),
            CustomParser = result => result.Tokens.Count == 0 ? DefaultDatabase(result) : result.Tokens[0].Value,
        };
        option.Validators.Add(result =>
        {
            if (result.IdentifierTokenCount > 1 || result.Tokens.Count > 1)
            {
                result.AddError("Name the store once: --db FILE|CONNECTION or --postgres CONNECTION, not both.");
                return;
            }

            var value = result.Tokens.Count == 0 ? null : result.Tokens[0].Value;
            if (result.IdentifierToken?.Value == PostgresAlias && value is not null && !PostgresConnectionString.IsPostgres(value))
            {
                result.AddError($"--postgres needs a PostgreSQL connection (postgres://user:password@host/database or \"Host=…;Database=…\"), not '{value}'; a SQLite file goes to --db.");
            }
        });
        return option;
    }

    private static string DefaultDatabase(ArgumentResult result)
    {
        var postgres = Environment.GetEnvironmentVariable(PostgresEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            if (!PostgresConnectionString.IsPostgres(postgres))
            {
                result.AddError($"${PostgresEnvironmentVariable} must be a PostgreSQL connection (postgres://… or \"Host=…;Database=…\").");
            }

            return postgres;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(DatabaseEnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? "newstrace.db" : fromEnvironment;
    }

    public static Option<bool> Json() => new("--json") { Description = "Write one JSON document to stdout." };

    public static Option<bool> JsonLines() => new("--jsonl") { Description = "Write JSON Lines to stdout: one object per line." };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "No progress bar or summary on stderr." };

    public static Option<InputFormat> Format() => new("--format")
    {
        Description = "How to read inputs: auto, html, text (scraped text, cleaned), plain (exact text, offsets index the file), jsonl, warc or feed.",
        DefaultValueFactory = _ => InputFormat.Auto,
        CustomParser = ParseFormat,
        HelpName = "auto|html|text|plain|jsonl|warc|feed",
    };

    public static Option<string?> Map() => new("--map")
    {
        Description = "Rename JSON Lines fields: new=old,... (for example text=maintext,published=date_publish).",
        HelpName = "NEW=OLD,...",
    };

    public static Option<long> MaxBytes() => new("--max-bytes")
    {
        Description = "Largest input (file or record) to read, in bytes; larger ones are reported and skipped.",
        DefaultValueFactory = _ => 32L * 1024 * 1024,
        HelpName = "BYTES",
    };

    public static Option<int> Threads() => new("--threads")
    {
        Description = "Worker threads for extraction and analysis (default: all cores).",
        DefaultValueFactory = _ => 0,
        HelpName = "N",
    };

    /// <summary>`ingest` and `worker` must use the same value for the same stories: windows decide what each catch-up sees.</summary>
    public static Option<int> Window() => new("--window")
    {
        Description = "Added articles per story catch-up window (stories are brought up to date after each window; "
            + "ingest and workers give the same stories for the same value).",
        DefaultValueFactory = _ => 2_000,
        HelpName = "N",
    };

    public static Option<PublishDate?> DocumentCreationTime() => new("--dct")
    {
        Description = "Document creation time (YYYY-MM-DD) for resolving relative dates; overrides the publish date found.",
        CustomParser = ParseDate,
        HelpName = "YYYY-MM-DD",
    };

    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or directories (read recursively); - reads stdin.",
            Arity = ArgumentArity.OneOrMore,
        };

        // An unknown option would otherwise be taken for a path and reported as a missing file.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unknown option '{token.Value}' (to read a file whose name starts with '-', write ./{token.Value}).");
                }
            }
        });
        return paths;
    }

    public static OutputMode Mode(ParseResult result, Option<bool> json, Option<bool> jsonLines)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.GetValue(jsonLines) ? OutputMode.JsonLines : result.GetValue(json) ? OutputMode.Json : OutputMode.Table;
    }

    private static InputFormat ParseFormat(ArgumentResult result)
    {
        var token = result.Tokens.Count == 0 ? "auto" : result.Tokens[0].Value;
        if (Enum.TryParse<InputFormat>(token, ignoreCase: true, out var format) && !int.TryParse(token, out _))
        {
            return format;
        }

        result.AddError($"Unknown format '{token}'. Use auto, html, text, plain, jsonl, warc or feed.");
        return InputFormat.Auto;
    }

    private static PublishDate? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (PublishDate.TryParseIso(token, out var date))
        {
            return date;
        }

        result.AddError($"'{token}' is not a date: use YYYY-MM-DD (or an ISO date-time).");
        return null;
    }
}
