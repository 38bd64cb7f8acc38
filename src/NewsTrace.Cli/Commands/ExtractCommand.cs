using System.CommandLine;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace extract`: clean text and metadata of each input, without storing anything.</summary>
internal static class ExtractCommand
{
    public static Command Create() => ArticleStreamCommand.Create(
        "extract",
        "Print the clean text and metadata of each input (no database). With --jsonl: one JSON object per article.",
        analyze: false);
}
