using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Storage;
using NewsTrace.Stories;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace articles`: list stored articles.</summary>
internal static class ArticlesCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var jsonLines = CommonOptions.JsonLines();
        var site = new Option<string?>("--site") { Description = "Only articles from this site." };
        var from = new Option<string?>("--from") { Description = "Published on or after this day (YYYY-MM-DD).", HelpName = "YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Published on or before this day (YYYY-MM-DD).", HelpName = "YYYY-MM-DD" };
        var limit = new Option<int>("--limit") { Description = "At most this many (0: all).", DefaultValueFactory = _ => 0 };
        var offset = new Option<int>("--offset") { Description = "Skip this many first.", DefaultValueFactory = _ => 0 };
        var command = new Command("articles", "List stored articles by publish date.") { db, site, from, to, limit, offset, json, jsonLines };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var query = new ArticleQuery
            {
                Site = result.GetValue(site),
                PublishedFrom = Day(result.GetValue(from), "--from"),
                PublishedTo = Day(result.GetValue(to), "--to"),
                Limit = result.GetValue(limit),
                Offset = result.GetValue(offset),
            };
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var mode = CommonOptions.Mode(result, json, jsonLines);
            var table = new TableWriter("Published", "Site", "Title", "Id", "Source", "Chars");
            using var output = mode == OutputMode.Table ? null : new JsonOutput(mode);
            await foreach (var article in store.ListAsync(query, cancellationToken).ConfigureAwait(false))
            {
                if (output is null)
                {
                    table.Add(article.Published, article.Site, article.Title, article.Id, Story.Reference(article), article.Length.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    output.WriteObject(writer => Write(writer, article));
                }
            }

            if (output is null)
            {
                table.Write(Console.Out);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    public static void Write(System.Text.Json.Utf8JsonWriter writer, ArticleSummary article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        writer.WriteString("id", article.Id);
        writer.WriteString("source", article.Source);
        writer.WriteString("record_id", article.RecordId);
        writer.WriteString("title", article.Title);
        writer.WriteString("site", article.Site);
        writer.WriteString("url", article.Url);
        writer.WriteString("published", article.Published);
        writer.WriteNumber("length", article.Length);
    }

    private static string? Day(string? value, string option)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? value
            : throw new UsageException($"{option} takes a day as YYYY-MM-DD, not '{value}'.");
    }
}
