using System.CommandLine;

namespace NewsTrace.Cli.Commands;

/// <summary>
/// `newstrace eval`: measures NewsTrace against labelled data. Each subject (extraction, and later stories or time)
/// is a subcommand in its own file; add it to <see cref="Subjects"/>.
/// </summary>
internal static class EvalCommand
{
    private static readonly Func<Command>[] Subjects =
    [
        EvalExtractionCommand.Create,
        EvalStoriesCommand.Create,
        EvalTimeCommand.Create,
        EvalEntitiesCommand.Create,
        EvalReuseCommand.Create,
        EvalQuotesCommand.Create,
        EvalSpeakersCommand.Create,
    ];

    public static Command Create()
    {
        var command = new Command("eval", "Measure quality against a labelled set.");
        foreach (var subject in Subjects)
        {
            command.Subcommands.Add(subject());
        }

        return command;
    }
}
