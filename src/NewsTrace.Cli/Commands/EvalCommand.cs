using System.CommandLine;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace eval`: quality measurements against reference data sets.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure analysis quality against reference data.");
        command.Subcommands.Add(EvalEntitiesCommand.Create());
        return command;
    }
}
