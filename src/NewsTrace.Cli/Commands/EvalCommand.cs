using System.CommandLine;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace eval`: quality measurements against annotated data.</summary>
internal static class EvalCommand
{
    public static Command Create() => new("eval", "Measure quality against annotated data.")
    {
        EvalTimeCommand.Create(),
    };
}
