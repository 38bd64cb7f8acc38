using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Reuse.Dedup;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace dedup PATH... --jsonl`: near-duplicate groups of JSON Lines records {id, text}, without a database.</summary>
internal static class DedupCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var threshold = new Option<double>("--threshold")
        {
            Description = "Estimated Jaccard similarity of word shingles at or above which two records are near-duplicates (0 < J ≤ 1).",
            DefaultValueFactory = _ => DedupOptions.Default.Threshold,
            HelpName = "J",
        };
        threshold.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value > 0 && value <= 1))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--threshold must be above 0 and at most 1, not {value}."));
            }
        });
        var shingle = new Option<int>("--shingle")
        {
            Description = "Words per shingle: 5 finds near-copies; 2 or 3 also matches lightly reworded text.",
            DefaultValueFactory = _ => DedupOptions.Default.ShingleWidth,
            HelpName = "N",
        };
        shingle.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 16)
            {
                result.AddError("--shingle must be between 1 and 16.");
            }
        });
        var maxBytes = CommonOptions.MaxBytes();
        var threads = CommonOptions.Threads();
        var jsonLines = CommonOptions.JsonLines();
        var quiet = CommonOptions.Quiet();
        var command = new Command(
            "dedup",
            "Group near-duplicate records of JSON Lines files ({\"id\", \"text\"} per line). With --jsonl: {\"id\", \"group\"} per record, in input order; group is the id of the group's first record.")
        {
            paths, threshold, shingle, maxBytes, threads, jsonLines, quiet,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var options = new DedupOptions { Threshold = result.GetValue(threshold), ShingleWidth = result.GetValue(shingle) };
            var deduplication = new JsonlDeduplication(options) { DegreeOfParallelism = result.GetValue(threads), MaxLineBytes = result.GetValue(maxBytes) };
            var outcome = deduplication.Run(result.GetRequiredValue(paths), error => Console.Error.WriteLine($"newstrace: {error}"), cancellationToken);
            if (result.GetValue(jsonLines))
            {
                DedupWriter.WriteJsonLines(outcome);
            }
            else
            {
                DedupWriter.WriteTable(outcome, Console.Out);
            }

            if (!result.GetValue(quiet) && outcome.Errors > 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcome.Errors:N0} lines or inputs could not be read (listed above)."));
            }

            var exitCode = outcome.Errors == 0 ? ExitCodes.Success : outcome.Records.Count > 0 ? ExitCodes.PartialSuccess : ExitCodes.Failure;
            return Task.FromResult(exitCode);
        }));
        return command;
    }
}
