using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Stories;

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

            var table = new TableWriter("Story", "Articles", "First published", "Title");
            foreach (var story in stories)
            {
                table.Add(story.Id, story.Articles.Count.ToString(CultureInfo.InvariantCulture), story.Articles[0].Published, story.Title);
            }

            table.Write(Console.Out);
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command CreateShow()
    {
        var id = new Argument<string>("ID") { Description = "The story id (as `stories` prints it)." };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var command = new Command("story", "Show one story and its articles.") { id, db, json };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var stories = await StoryLoader.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            var wanted = result.GetRequiredValue(id);
            var story = stories.FirstOrDefault(s => string.Equals(s.Id, wanted, StringComparison.Ordinal));
            if (story is null)
            {
                await Console.Error.WriteLineAsync($"newstrace: no story '{wanted}'; `newstrace stories` lists them.").ConfigureAwait(false);
                return ExitCodes.NotFound;
            }

            if (result.GetValue(json))
            {
                using var output = new JsonOutput(OutputMode.JsonLines);
                output.WriteObject(writer => WriteStory(writer, story, withDetails: true));
                return ExitCodes.Success;
            }

            Console.WriteLine($"Story {story.Id}: {story.Title ?? "(untitled)"}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{story.Articles.Count} articles"));
            Console.WriteLine();
            var table = new TableWriter("Published", "Site", "Title", "Id", "Source");
            foreach (var article in story.Articles)
            {
                table.Add(article.Published, article.Site, article.Title, article.Id, Story.Reference(article));
            }

            table.Write(Console.Out);
            return ExitCodes.Success;
        }));
        return command;
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
