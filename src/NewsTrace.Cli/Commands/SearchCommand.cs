using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Storage;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace search QUERY`: ranked full-text search with highlighted snippets.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("QUERY") { Description = "Words (all must match), \"exact phrases\", or word* prefixes.", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var jsonLines = CommonOptions.JsonLines();
        var limit = new Option<int>("--limit") { Description = "At most this many results.", DefaultValueFactory = _ => 20 };
        var from = new Option<string?>("--from") { Description = "Only articles published on or after this day.", HelpName = "YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Only articles published on or before this day.", HelpName = "YYYY-MM-DD" };
        var outlet = new Option<string[]>("--outlet") { Description = "Only articles of this site (repeat for several).", HelpName = "SITE", AllowMultipleArgumentsPerToken = false };
        var entity = new Option<string?>("--entity") { Description = "Only articles naming this person, organisation or place (by any of its names).", HelpName = "NAME" };
        var story = new Option<string?>("--story") { Description = "Only articles of this story (its id, or one of its articles).", HelpName = "ID" };
        var command = new Command("search", "Search titles and texts; best matches first, filtered by date, outlet, entity or story.")
        {
            query, db, limit, from, to, outlet, entity, story, json, jsonLines,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var text = string.Join(' ', result.GetRequiredValue(query));
            IReadOnlyCollection<string>? allowed;
            try
            {
                allowed = await SearchFilters.ArticleIdsAsync(store, result.GetValue(entity), result.GetValue(story), cancellationToken).ConfigureAwait(false);
            }
            catch (KeyNotFoundException ex)
            {
                await Console.Error.WriteLineAsync("newstrace: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.NotFound;
            }

            var search = store as ISearchStore ?? throw new InvalidOperationException("This store cannot search with filters.");
            var hits = await search.SearchAsync(new SearchQuery(text)
            {
                Limit = Math.Max(1, result.GetValue(limit)),
                PublishedFrom = Day(result.GetValue(from), "--from"),
                PublishedTo = Day(result.GetValue(to), "--to"),
                Sites = result.GetValue(outlet) ?? [],
                ArticleIds = allowed,
            }, cancellationToken).ConfigureAwait(false);
            var mode = CommonOptions.Mode(result, json, jsonLines);
            if (mode != OutputMode.Table)
            {
                using var output = new JsonOutput(mode);
                foreach (var hit in hits)
                {
                    output.WriteObject(writer =>
                    {
                        writer.WriteString("id", hit.Id);
                        writer.WriteString("title", hit.Title);
                        writer.WriteString("site", hit.Site);
                        writer.WriteString("published", hit.Published);
                        writer.WriteString("snippet", Highlight(hit.Snippet, "[", "]"));
                        writer.WriteNumber("score", Math.Round(hit.Score, 4));
                    });
                }

                return ExitCodes.Success;
            }

            var (open, close) = Console.IsOutputRedirected ? ("[", "]") : ("\u001b[1m", "\u001b[0m");
            foreach (var hit in hits)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Id}  {hit.Published ?? "-"}  {hit.Site ?? "-"}  {hit.Title ?? "(no title)"}"));
                Console.WriteLine("    " + Highlight(hit.Snippet, open, close).ReplaceLineEndings(" "));
            }

            if (hits.Count == 0)
            {
                Console.Error.WriteLine("No matches.");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string? Day(string? value, string option)
        => value is null || DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? value
            : throw new UsageException($"{option} takes a day as YYYY-MM-DD, not '{value}'.");

    private static string Highlight(string snippet, string open, string close)
        => snippet.Replace(SearchHit.HighlightStart.ToString(), open, StringComparison.Ordinal)
                  .Replace(SearchHit.HighlightEnd.ToString(), close, StringComparison.Ordinal);
}
