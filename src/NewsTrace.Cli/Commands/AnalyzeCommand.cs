using System.CommandLine;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace analyze`: extraction plus every analysis layer (sentences, entities, quotes, dates), without storing.</summary>
internal static class AnalyzeCommand
{
    public static Command Create() => ArticleStreamCommand.Create(
        "analyze",
        "Print each input's text, metadata and analysis layers (sentences, entities, quotes, time expressions) with offsets (no database).",
        analyze: true);
}
