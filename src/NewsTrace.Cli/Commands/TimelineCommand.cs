using System.CommandLine;
using NewsTrace.Cli.Output;
using NewsTrace.Stories;
using NewsTrace.Time.Timeline;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace timeline ID`: the dated events of one story, or of every story of a topic, merged across articles.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("ID") { Description = "A story id (as `stories` prints it) or a topic id (as `story ID --json` prints it).", Arity = ArgumentArity.ZeroOrOne };
        var topic = new Option<string?>("--topic") { Description = "Build the timeline of every story of this topic.", HelpName = "TOPIC-ID" };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var markdown = new Option<bool>("--markdown") { Description = "Write the timeline as a Markdown document." };
        var command = new Command("timeline", "The dated events of a story (or topic) in date order, each with the articles that tell it.") { id, topic, db, json, markdown };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var wanted = result.GetValue(topic) ?? result.GetValue(id)
                ?? throw new UsageException("give a story id, or --topic TOPIC-ID (`newstrace stories` lists the stories).");
            if (result.GetValue(json) && result.GetValue(markdown))
            {
                throw new UsageException("--json and --markdown cannot be used together.");
            }

            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var stories = await StoryLoader.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            var chosen = Choose(stories, wanted, topicOnly: result.GetValue(topic) is not null);
            if (chosen.Count == 0)
            {
                await Console.Error.WriteLineAsync($"newstrace: no story or topic '{wanted}'; `newstrace stories` lists them.").ConfigureAwait(false);
                return ExitCodes.NotFound;
            }

            var title = chosen.OrderBy(s => s.Articles[0].Published ?? "9999", StringComparer.Ordinal).Select(s => s.Title).FirstOrDefault(t => t is not null);
            var timeline = await StoryTimelines.BuildAsync(store, wanted, title, chosen.SelectMany(s => s.Articles.Select(a => a.Id)), cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                using var output = new JsonOutput(OutputMode.JsonLines);
                output.WriteObject(writer => TimelinePrinter.WriteJson(writer, timeline));
            }
            else if (result.GetValue(markdown))
            {
                TimelinePrinter.WriteMarkdown(Console.Out, timeline);
            }
            else
            {
                TimelinePrinter.WriteTable(Console.Out, timeline);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The story with this id, else every story of the topic with this id.</summary>
    private static List<Story> Choose(IReadOnlyList<Story> stories, string wanted, bool topicOnly)
    {
        var story = topicOnly ? null : stories.FirstOrDefault(s => string.Equals(s.Id, wanted, StringComparison.Ordinal));
        return story is not null ? [story] : [.. stories.Where(s => string.Equals(s.TopicId, wanted, StringComparison.Ordinal))];
    }
}
