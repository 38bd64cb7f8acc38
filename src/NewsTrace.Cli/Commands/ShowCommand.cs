using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Pipeline;
using NewsTrace.Reporting;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace show ID`: one stored article with its metadata, text and analysis.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The article id, or a unique prefix of at least 4 characters." };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show one stored article: metadata, text and analysis.") { id, db, json };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var wanted = result.GetRequiredValue(id);
            var article = await store.GetAsync(wanted, cancellationToken).ConfigureAwait(false);
            if (article is null)
            {
                await Console.Error.WriteLineAsync($"newstrace: no article '{wanted}' (or the prefix is ambiguous); `newstrace articles` lists them.").ConfigureAwait(false);
                return ExitCodes.NotFound;
            }

            if (result.GetValue(json))
            {
                using var output = new JsonOutput(OutputMode.JsonLines);
                output.WriteObject(writer =>
                {
                    writer.WriteString("id", article.Id);
                    ContractJson.WriteArticleFields(writer, article.Metadata, article.Text, article.Comments);
                    writer.WritePropertyName("analysis");
                    writer.WriteRawValue(article.AnalysisJson);
                });
                return ExitCodes.Success;
            }

            var m = article.Metadata;
            var counts = ArticleAnalysisCounts.FromJson(article.AnalysisJson);
            var culture = CultureInfo.InvariantCulture;
            Console.WriteLine($"Id:         {article.Id}");
            Console.WriteLine($"Source:     {m.Source}");
            Console.WriteLine($"Title:      {m.Title ?? "-"}");
            Console.WriteLine($"Site:       {m.Site ?? "-"}");
            Console.WriteLine($"URL:        {m.Url ?? "-"}");
            Console.WriteLine($"Published:  {m.Published?.ToString() ?? "-"}");
            Console.WriteLine($"Authors:    {(m.Authors.IsDefaultOrEmpty ? "-" : string.Join(", ", m.Authors))}");
            Console.WriteLine($"Credits:    {(m.Credits.IsDefaultOrEmpty ? "-" : string.Join(", ", m.Credits))}");
            Console.WriteLine(string.Create(culture, $"Analysis:   {counts.Sentences} sentences, {counts.Entities} entities, {counts.Quotes} quotes, {counts.Timexes} dates"));
            foreach (var warning in article.Warnings)
            {
                Console.WriteLine($"Warning:    {warning}");
            }

            foreach (var failure in article.StageFailures)
            {
                Console.WriteLine($"Failed:     {failure.Stage}: {failure.Message}");
            }

            Console.WriteLine();
            Console.WriteLine(article.Text);
            if (!article.Comments.IsDefaultOrEmpty)
            {
                Console.WriteLine();
                Console.WriteLine(string.Create(culture, $"Reader comments ({article.Comments.Length}):"));
                foreach (var comment in article.Comments)
                {
                    Console.WriteLine($"  - {comment}");
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
