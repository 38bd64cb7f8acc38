using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Storage;
using NewsTrace.Stories;
using NewsTrace.Stories.Corrections;

namespace NewsTrace.Cli.Commands;

/// <summary>
/// The correction subcommands of `newstrace stories`: move, split, merge, decisions, undo. Each checks its stories and
/// articles exist in the current stories, records the decision under ARTICLE ids (story ids follow the clustering;
/// "the story that holds these articles" keeps meaning the same story), and prints the story as it now is.
/// </summary>
internal static class StoryDecisionCommands
{
    private const string StoryHelp = "A story id (as `stories` lists it), or an article of the story (id, record id or source path).";

    public static Command Move()
    {
        var articles = new Argument<string[]>("ARTICLE") { Description = "The articles to move: ids, id prefixes, record ids or source paths (a story id moves all its articles).", Arity = ArgumentArity.OneOrMore };
        var to = new Option<string>("--to") { Description = "The story they belong to. " + StoryHelp, Required = true, HelpName = "STORY" };
        var db = CommonOptions.Database();
        var command = new Command("move", "Record that articles belong to another story.") { articles, to, db };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var stories = await StoryLoader.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            if (await FindStoryAsync(store, stories, result.GetRequiredValue(to), cancellationToken).ConfigureAwait(false) is not { } target
                || await ResolveArticlesAsync(store, stories, result.GetRequiredValue(articles), cancellationToken).ConfigureAwait(false) is not { } ids)
            {
                return ExitCodes.NotFound;
            }

            var decision = new StoryDecision(StoryDecisionKind.Move, [.. ids], [.. target.Articles.Select(a => a.Id)]) { Note = "to " + target.Id };
            return await RecordAsync(store, decision, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    public static Command Split()
    {
        var articles = new Argument<string[]>("ARTICLE") { Description = "The articles that form a story of their own.", Arity = ArgumentArity.OneOrMore };
        var from = new Option<string>("--from") { Description = "The story they are in now. " + StoryHelp, Required = true, HelpName = "STORY" };
        var db = CommonOptions.Database();
        var command = new Command("split", "Record that articles are a story of their own, apart from the story they are in.") { articles, from, db };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var stories = await StoryLoader.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            if (await FindStoryAsync(store, stories, result.GetRequiredValue(from), cancellationToken).ConfigureAwait(false) is not { } origin
                || await ResolveArticlesAsync(store, stories, result.GetRequiredValue(articles), cancellationToken).ConfigureAwait(false) is not { } ids)
            {
                return ExitCodes.NotFound;
            }

            var members = origin.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            if (ids.FirstOrDefault(id => !members.Contains(id)) is { } outside)
            {
                await Console.Error.WriteLineAsync($"newstrace: article {outside} is not in story {origin.Id}.").ConfigureAwait(false);
                return ExitCodes.NotFound;
            }

            if (ids.Count == members.Count)
            {
                throw new UsageException($"those are all the articles of story {origin.Id}; it is a story of its own already.");
            }

            var decision = new StoryDecision(StoryDecisionKind.Split, [.. ids], [.. origin.Articles.Select(a => a.Id)]) { Note = "from " + origin.Id };
            return await RecordAsync(store, decision, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    public static Command Merge()
    {
        var first = new Argument<string>("STORY") { Description = "The story that stays. " + StoryHelp };
        var second = new Argument<string>("OTHER") { Description = "The story that joins it." };
        var db = CommonOptions.Database();
        var command = new Command("merge", "Record that two stories are one.") { first, second, db };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var stories = await StoryLoader.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            if (await FindStoryAsync(store, stories, result.GetRequiredValue(first), cancellationToken).ConfigureAwait(false) is not { } kept
                || await FindStoryAsync(store, stories, result.GetRequiredValue(second), cancellationToken).ConfigureAwait(false) is not { } joining)
            {
                return ExitCodes.NotFound;
            }

            if (ReferenceEquals(kept, joining))
            {
                Console.WriteLine($"Both name story {kept.Id}; nothing to merge.");
                return ExitCodes.Success;
            }

            var decision = new StoryDecision(StoryDecisionKind.Merge, [.. joining.Articles.Select(a => a.Id)], [.. kept.Articles.Select(a => a.Id)])
            {
                Note = $"{joining.Id} into {kept.Id}",
            };
            return await RecordAsync(store, decision, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    public static Command List()
    {
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var jsonLines = CommonOptions.JsonLines();
        var command = new Command("decisions", "List the move, split and merge decisions in the order they apply, and what each does now.") { db, json, jsonLines };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var corrected = await StoryLoader.LoadCorrectedAsync(store, cancellationToken).ConfigureAwait(false);
            var mode = CommonOptions.Mode(result, json, jsonLines);
            if (mode != OutputMode.Table)
            {
                using var output = new JsonOutput(mode);
                foreach (var outcome in corrected.Outcomes)
                {
                    output.WriteObject(writer =>
                    {
                        var decision = outcome.Decision;
                        writer.WriteNumber("sequence", decision.Sequence);
                        writer.WriteString("kind", StoryDecisionKindNames.Name(decision.Kind));
                        writer.WriteStartArray("articles");
                        foreach (var id in decision.Articles)
                        {
                            writer.WriteStringValue(id);
                        }

                        writer.WriteEndArray();
                        writer.WriteStartArray("target");
                        foreach (var id in decision.Target)
                        {
                            writer.WriteStringValue(id);
                        }

                        writer.WriteEndArray();
                        writer.WriteString("note", decision.Note);
                        writer.WriteString("decided_at", decision.DecidedAt.ToString("O", CultureInfo.InvariantCulture));
                        writer.WriteString("status", StatusName(outcome.Status));
                        writer.WriteString("message", outcome.Message);
                        writer.WriteString("story", outcome.StoryId);
                    });
                }

                return ExitCodes.Success;
            }

            var table = new TableWriter("#", "Decision", "Articles", "As given", "Now", "Decided at");
            foreach (var outcome in corrected.Outcomes)
            {
                var decision = outcome.Decision;
                table.Add(
                    decision.Sequence.ToString(CultureInfo.InvariantCulture),
                    StoryDecisionKindNames.Name(decision.Kind),
                    Abbreviated(decision.Articles),
                    decision.Note,
                    StatusName(outcome.Status) + ": " + outcome.Message,
                    decision.DecidedAt.ToString("u", CultureInfo.InvariantCulture));
            }

            table.Write(Console.Out);
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command Undo()
    {
        var sequence = new Argument<long>("N") { Description = "The decision's number, as `stories decisions` lists it." };
        var db = CommonOptions.Database();
        var command = new Command("undo", "Withdraw a story decision.") { sequence, db };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            var number = result.GetRequiredValue(sequence);
            if (!await Decisions(store).RemoveStoryDecisionAsync(number, cancellationToken).ConfigureAwait(false))
            {
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"newstrace: no story decision {number}; `newstrace stories decisions` lists them.")).ConfigureAwait(false);
                return ExitCodes.NotFound;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Decision {number} withdrawn."));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The store's story decision side; every store the CLI opens has one.</summary>
    private static IStoryDecisionStore Decisions(IArticleStore store)
        => store as IStoryDecisionStore ?? throw new InvalidOperationException("This store cannot keep story decisions.");

    private static async Task<Story?> FindStoryAsync(IArticleStore store, IReadOnlyList<Story> stories, string reference, CancellationToken cancellationToken)
    {
        var story = await StoryLoader.FindAsync(store, stories, reference, cancellationToken).ConfigureAwait(false);
        if (story is null)
        {
            await Console.Error.WriteLineAsync($"newstrace: no story '{reference}'; `newstrace stories` lists them.").ConfigureAwait(false);
        }

        return story;
    }

    /// <summary>
    /// The article ids the references name, each once, in the order given; a story id stands for all its articles.
    /// Null (after saying which) when one names nothing.
    /// </summary>
    private static async Task<List<string>?> ResolveArticlesAsync(IArticleStore store, IReadOnlyList<Story> stories, IEnumerable<string> references, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var reference in references)
        {
            IEnumerable<string> named;
            if (stories.FirstOrDefault(s => string.Equals(s.Id, reference, StringComparison.Ordinal)) is { } story)
            {
                named = story.Articles.Select(a => a.Id);
            }
            else if (await ArticleReferences.ResolveAsync(store, reference, cancellationToken).ConfigureAwait(false) is { } id)
            {
                named = [id];
            }
            else
            {
                await Console.Error.WriteLineAsync($"newstrace: no article '{reference}'; `newstrace articles` lists them.").ConfigureAwait(false);
                return null;
            }

            ids.AddRange(named.Where(id => !ids.Contains(id, StringComparer.Ordinal)));
        }

        return ids;
    }

    /// <summary>Records the decision, then replays every decision and shows the story it put the articles in.</summary>
    private static async Task<int> RecordAsync(IArticleStore store, StoryDecision decision, CancellationToken cancellationToken)
    {
        var recorded = await Decisions(store).AddStoryDecisionAsync(decision, cancellationToken).ConfigureAwait(false);
        var corrected = await StoryLoader.LoadCorrectedAsync(store, cancellationToken).ConfigureAwait(false);
        var outcome = corrected.Outcomes.FirstOrDefault(o => o.Decision.Sequence == recorded.Sequence);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Recorded decision {recorded.Sequence}: {StoryDecisionKindNames.Name(decision.Kind)} ({decision.Note}). {outcome?.Message}."));
        if (outcome?.StoryId is { } storyId && corrected.Stories.FirstOrDefault(s => string.Equals(s.Id, storyId, StringComparison.Ordinal)) is { } story)
        {
            Console.WriteLine();
            StoriesCommand.WriteArticles(story);
        }

        return ExitCodes.Success;
    }

    private static string StatusName(StoryDecisionStatus status) => status switch
    {
        StoryDecisionStatus.Applied => "applied",
        StoryDecisionStatus.AlreadyTrue => "already true",
        _ => "skipped",
    };

    private static string Abbreviated(IEnumerable<string> ids)
    {
        var list = ids.Select(id => id.Length > 12 ? id[..12] : id).ToList();
        return list.Count <= 3 ? string.Join(", ", list) : string.Join(", ", list.Take(3)) + string.Create(CultureInfo.InvariantCulture, $" (+{list.Count - 3})");
    }
}
