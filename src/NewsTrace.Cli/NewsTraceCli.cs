using System.CommandLine;
using NewsTrace.Cli.Commands;

namespace NewsTrace.Cli;

/// <summary>The `newstrace` command tree.</summary>
internal static class NewsTraceCli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("NewsTrace follows news stories across outlets: copies and rewrites, quotes, dates and entities.");
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(ArticlesCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(StoriesCommand.CreateList());
        root.Subcommands.Add(StoriesCommand.CreateShow());
        root.Subcommands.Add(EntitiesCommand.Create());
        root.Subcommands.Add(QuotesCommand.Create());
        root.Subcommands.Add(TimelineCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(DedupCommand.Create());
        root.Subcommands.Add(ProvenanceCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(DiscrepanciesCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        return root;
    }

    /// <summary>Parses and runs; parse errors exit with <see cref="ExitCodes.Usage"/>, not the library's default of 1.</summary>
    public static async Task<int> InvokeAsync(string[] args)
    {
        var parsed = Create().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync($"newstrace: {error.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Run 'newstrace --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync().ConfigureAwait(false);
    }
}
