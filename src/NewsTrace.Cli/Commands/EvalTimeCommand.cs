using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Evaluation;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace eval time DIR`: scores the time stage on TimeML (.tml) files in the TempEval-3 format.</summary>
internal static class EvalTimeCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("DIR") { Description = "A directory of TimeML .tml files (read recursively) or one .tml file." };
        var json = CommonOptions.Json();
        var errors = new Option<bool>("--errors") { Description = "Also list every missed, spurious or wrongly normalised expression." };
        var command = new Command("time", "Score temporal expressions against TimeML gold: strict and relaxed span F1, type accuracy, value F1 (TempEval-3).")
        {
            directory, json, errors,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var documents = Read(result.GetRequiredValue(directory), cancellationToken);
            var scores = TimeMLEvaluator.Evaluate(documents);
            if (result.GetValue(json))
            {
                WriteJson(scores);
            }
            else
            {
                WriteText(scores, result.GetValue(errors));
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static List<TimeMLDocument> Read(string path, CancellationToken cancellationToken)
    {
        string[] files = File.Exists(path)
            ? [path]
            : Directory.Exists(path)
                ? [.. Directory.EnumerateFiles(path, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
                : throw new UsageException($"'{path}' is neither a .tml file nor a directory.");
        if (files.Length == 0)
        {
            throw new UsageException($"No .tml files under '{path}'.");
        }

        var documents = new List<TimeMLDocument>(files.Length);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                documents.Add(TimeMLReader.Parse(Path.GetRelativePath(Directory.Exists(path) ? path : Path.GetDirectoryName(path) ?? ".", file), File.ReadAllText(file)));
            }
            catch (FormatException ex)
            {
                throw new InvalidOperationException(ex.Message, ex);
            }
        }

        return documents;
    }

    private static void WriteText(TimeMLScores scores, bool withErrors)
    {
        Console.WriteLine($"Documents: {scores.Documents}, gold expressions: {scores.Gold}, system expressions: {scores.Predicted}");
        var table = new TableWriter("Measure", "Precision", "Recall", "F1");
        table.Add("Strict span", P(scores.StrictPrecision), P(scores.StrictRecall), P(scores.StrictF1));
        table.Add("Relaxed span", P(scores.RelaxedPrecision), P(scores.RelaxedRecall), P(scores.RelaxedF1));
        table.Add("Value", P(scores.ValuePrecision), P(scores.ValueRecall), P(scores.ValueF1));
        table.Write(Console.Out);
        Console.WriteLine($"Type accuracy (over relaxed matches): {P(scores.TypeAccuracy)}");
        Console.WriteLine($"Value accuracy (over relaxed matches): {P(scores.ValueAccuracy)}");
        if (!withErrors)
        {
            return;
        }

        var errors = new TableWriter("Document", "Kind", "Text", "Gold", "System");
        foreach (var error in scores.Disagreements)
        {
            errors.Add(error.Document, error.Kind, error.Text, error.Gold, error.System);
        }

        Console.WriteLine();
        errors.Write(Console.Out);
    }

    private static void WriteJson(TimeMLScores scores)
    {
        using var output = new JsonOutput(OutputMode.JsonLines);
        output.WriteObject(writer =>
        {
            writer.WriteNumber("documents", scores.Documents);
            writer.WriteNumber("gold", scores.Gold);
            writer.WriteNumber("system", scores.Predicted);
            writer.WriteNumber("strict_precision", scores.StrictPrecision);
            writer.WriteNumber("strict_recall", scores.StrictRecall);
            writer.WriteNumber("strict_f1", scores.StrictF1);
            writer.WriteNumber("relaxed_precision", scores.RelaxedPrecision);
            writer.WriteNumber("relaxed_recall", scores.RelaxedRecall);
            writer.WriteNumber("relaxed_f1", scores.RelaxedF1);
            writer.WriteNumber("type_accuracy", scores.TypeAccuracy);
            writer.WriteNumber("value_accuracy", scores.ValueAccuracy);
            writer.WriteNumber("value_precision", scores.ValuePrecision);
            writer.WriteNumber("value_recall", scores.ValueRecall);
            writer.WriteNumber("value_f1", scores.ValueF1);
            writer.WriteStartArray("disagreements");
            foreach (var error in scores.Disagreements)
            {
                writer.WriteStartObject();
                writer.WriteString("document", error.Document);
                writer.WriteString("kind", error.Kind);
                writer.WriteString("text", error.Text);
                writer.WriteString("gold", error.Gold);
                writer.WriteString("system", error.System);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    private static string P(double ratio) => (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture);
}
