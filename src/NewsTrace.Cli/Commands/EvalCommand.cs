using System.CommandLine;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace eval`: measures NewsTrace against labelled data.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure quality against labelled data.");
        command.Subcommands.Add(EvalStoriesCommand.Create());
        return command;
    }
}
