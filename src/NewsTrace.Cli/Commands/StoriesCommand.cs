using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Stories;
using NewsTrace.Stories.Explain;
using NewsTrace.Stories.Summary;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace stories`: the stories in the store, and `newstrace story ID`: one story's articles.</summary>
internal static class StoriesCommand
{
    public static Command CreateList()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var jsonLines = CommonOptions.JsonLines();
        var command = new Command("stories", "List stories: groups of articles about one event.") { db, json, jsonLines };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var stories = await StoryLoader.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            var mode = CommonOptions.Mode(result, json, jsonLines);
            if (mode != OutputMode.Table)
            {
                using var output = new JsonOutput(mode);
                foreach (var story in stories)
                {
                    output.WriteObject(writer => WriteStory(writer, story, withDetails: false));
                }

                return ExitCodes.Success;
            }

            // Independent reports need the pair comparer over each story's pairs: done for the table only, the JSON contract stays as it is.
            var evidence = await StoryEvidenceLoader.LoadAsync(store, stories, Composition.CreateReuseAnalysis(), cancellationToken).ConfigureAwait(false);
            var table = new TableWriter("Story", "Articles", "Reports", "First published", "Title");
            foreach (var item in evidence)
            {
                var summary = StorySummarizer.Summarize(item);
                var story = item.Story;
                table.Add(story.Id, story.Articles.Count.ToString(CultureInfo.InvariantCulture), summary.IndependentReports.ToString(CultureInfo.InvariantCulture), story.Articles[0].Published, story.Title);
            }

            table.Write(Console.Out);
            return ExitCodes.Success;
        }));
        command.Subcommands.Add(StoryDecisionCommands.Move());
        command.Subcommands.Add(StoryDecisionCommands.Split());
        command.Subcommands.Add(StoryDecisionCommands.Merge());
        command.Subcommands.Add(StoryDecisionCommands.List());
        command.Subcommands.Add(StoryDecisionCommands.Undo());
        return command;
    }

    public static Command CreateShow()
    {
        var id = new Argument<string>("ID") { Description = "The story id (as `stories` prints it), or one of its articles (id, record id or source path)." };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var explain = new Option<bool>("--explain") { Description = "For each article, why it belongs: its score, the terms, entities and quotes it shares, its reuse links." };
        var command = new Command("story", "Show one story: its summary and articles.") { id, db, json, explain };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var stories = await StoryLoader.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            var wanted = result.GetRequiredValue(id);
            var story = await StoryLoader.FindAsync(store, stories, wanted, cancellationToken).ConfigureAwait(false);
            if (story is null)
            {
                await Console.Error.WriteLineAsync($"newstrace: no story '{wanted}'; `newstrace stories` lists them.").ConfigureAwait(false);
                return ExitCodes.NotFound;
            }

            var evidence = (await StoryEvidenceLoader.LoadAsync(store, [story], Composition.CreateReuseAnalysis(), cancellationToken).ConfigureAwait(false))[0];
            var summary = StorySummarizer.Summarize(evidence);
            var explanations = result.GetValue(explain) ? StoryExplainer.Explain(evidence) : null;
            if (result.GetValue(json))
            {
                using var output = new JsonOutput(OutputMode.JsonLines);
                output.WriteObject(writer =>
                {
                    WriteStory(writer, story, withDetails: true);
                    StorySummaryWriter.WriteJson(writer, summary);
                    if (explanations is not null)
                    {
                        StorySummaryWriter.WriteExplanationJson(writer, explanations);
                    }
                });
                return ExitCodes.Success;
            }

            StorySummaryWriter.WriteText(Console.Out, summary);
            Console.WriteLine();
            if (explanations is not null)
            {
                StorySummaryWriter.WriteExplanationText(Console.Out, story, explanations);
                return ExitCodes.Success;
            }

            WriteArticles(story);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The story's articles as a table, earliest first.</summary>
    public static void WriteArticles(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var table = new TableWriter("Published", "Site", "Title", "Id", "Source");
        foreach (var article in story.Articles)
        {
            table.Add(article.Published, article.Site, article.Title, article.Id, Story.Reference(article));
        }

        table.Write(Console.Out);
    }

    /// <summary>The contract shape: {"story", "title", "articles": [record ids or file paths]}, plus details on request.</summary>
    private static void WriteStory(System.Text.Json.Utf8JsonWriter writer, Story story, bool withDetails)
    {
        writer.WriteString("story", story.Id);
        writer.WriteString("title", story.Title);
        writer.WriteStartArray("articles");
        foreach (var reference in story.References)
        {
            writer.WriteStringValue(reference);
        }

        writer.WriteEndArray();
        if (withDetails)
        {
            // The topic (stories of related events share it) is a detail: the listing contract stays {story, title, articles}.
            writer.WriteString("topic", story.TopicId);
            writer.WriteStartArray("details");
            foreach (var article in story.Articles)
            {
                writer.WriteStartObject();
                ArticlesCommand.Write(writer, article);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }
}
