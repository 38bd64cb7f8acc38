using System.CommandLine;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace train`: trains NewsTrace's statistical models from labelled data; one subcommand per model.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a statistical model from labelled data.");
        command.Subcommands.Add(TrainEntitiesCommand.Create());
        return command;
    }
}
