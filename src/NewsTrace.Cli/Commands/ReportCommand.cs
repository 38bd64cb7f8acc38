using System.CommandLine;
using System.Text;
using NewsTrace.Reporting;
using NewsTrace.Stories.Explain;
using NewsTrace.Stories.Summary;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace report`: a self-contained Markdown or HTML report of the corpus in the store.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var format = FormatOption();
        var outputFile = OutputOption();
        var command = new Command("report", "Write a report of the corpus: stories, articles, analysis counts and failed inputs.") { db, format, outputFile };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            await using var store = await Composition.OpenStoreAsync(result.GetRequiredValue(db), cancellationToken).ConfigureAwait(false);
            await WriteAsync(store, result.GetRequiredValue(format), result.GetValue(outputFile), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Option<string> FormatOption() => new("--report-format", "--as")
    {
        Description = "Report format: md (Markdown) or html (one self-contained page).",
        DefaultValueFactory = _ => "md",
        HelpName = "md|html",
    };

    public static Option<string?> OutputOption() => new("--output", "-o")
    {
        Description = "Write the report to this file instead of stdout.",
        HelpName = "FILE",
    };

    public static async Task WriteAsync(Storage.IArticleStore store, string format, string? path, CancellationToken cancellationToken)
    {
        IReportWriter writer = format.ToUpperInvariant() switch
        {
            "MD" or "MARKDOWN" => new MarkdownReportWriter(),
            "HTML" => new HtmlReportWriter(),
            _ => throw new UsageException($"Unknown report format '{format}': use md or html."),
        };
        var report = await CorpusReport.BuildAsync(store, cancellationToken: cancellationToken).ConfigureAwait(false);
        var evidence = await StoryEvidenceLoader.LoadAsync(store, report.Stories, Composition.CreateReuseAnalysis(), cancellationToken).ConfigureAwait(false);
        report = report with { Summaries = evidence.ToDictionary(e => e.Story.Id, e => StorySummarizer.Summarize(e), StringComparer.Ordinal) };
        if (path is null)
        {
            writer.Write(report, Console.Out);
            return;
        }

        var output = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await using (output.ConfigureAwait(false))
        {
            writer.Write(report, output);
        }

        await Console.Error.WriteLineAsync($"Report written to {path}").ConfigureAwait(false);
    }
}
