using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsTrace.Cli.Output;
using NewsTrace.Evaluation;
using NewsTrace.Extraction;
using NewsTrace.Pipeline;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace eval extraction DIR`: article extraction scored against a WCXB-layout labelled set.</summary>
internal static class EvalExtractionCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("DIR")
        {
            Description = "A labelled set: DIR/html/NNNN.html[.gz] and DIR/ground-truth/NNNN.json[.gz] (the WCXB layout).",
        };
        var json = CommonOptions.Json();
        var limit = new Option<int>("--limit") { Description = "Only the first N pages (0: all).", DefaultValueFactory = _ => 0, HelpName = "N" };
        var worst = new Option<int>("--worst") { Description = "List the N pages with the lowest word F1.", DefaultValueFactory = _ => 10, HelpName = "N" };
        var command = new Command(
            "extraction",
            "Score article extraction on a labelled set: word precision/recall/F1, with/without snippets, title, author and date accuracy.")
        {
            directory, json, limit, worst,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var limitValue = result.GetValue(limit);
            var worstValue = result.GetValue(worst);
            if (limitValue < 0 || worstValue < 0)
            {
                throw new UsageException("--limit and --worst take a number of pages, 0 or more.");
            }

            var path = result.GetRequiredValue(directory);
            if (!Directory.Exists(path))
            {
                throw new UsageException($"{path} is not a directory.");
            }

            var pages = LabelledSetReader.Read(path);
            if (limitValue > 0)
            {
                pages = pages.Take(limitValue);
            }

            var evaluation = new ExtractionEvaluator(new ArticleExtractor()).Evaluate(pages, cancellationToken);
            if (evaluation.PageCount == 0)
            {
                throw new UsageException($"{path} holds no labelled pages (ground-truth/*.json[.gz]).");
            }

            if (result.GetValue(json))
            {
                WriteJson(evaluation, path, worstValue);
            }
            else
            {
                WriteTables(evaluation, worstValue);
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static void WriteTables(ExtractionEvaluation evaluation, int worst)
    {
        var summary = new TableWriter("Metric", "Value", "Over");
        summary.Add("Pages", Count(evaluation.PageCount), "");
        summary.Add("Pages failed", Count(evaluation.FailedCount), "scored as empty text");
        summary.Add("Word precision", Figure(evaluation.Precision), "mean over pages");
        summary.Add("Word recall", Figure(evaluation.Recall), "mean over pages");
        summary.Add("Word F1", Figure(evaluation.F1), "mean over pages");
        summary.Add("With snippets found", Figure(evaluation.WithRate), Count(evaluation.Pages.Sum(p => p.WithTotal)) + " snippets");
        summary.Add("Without snippets absent", Figure(evaluation.WithoutRate), Count(evaluation.Pages.Sum(p => p.WithoutTotal)) + " snippets");
        summary.Add("Title accuracy", Figure(evaluation.Title.Rate), Scored(evaluation.Title));
        summary.Add("Author accuracy", Figure(evaluation.Author.Rate), Scored(evaluation.Author));
        summary.Add("Date accuracy", Figure(evaluation.Date.Rate), Scored(evaluation.Date));
        summary.Add("Extraction time", Seconds(evaluation.ExtractionMilliseconds / 1000), PerPage(evaluation));
        summary.Add("Total time", Seconds(evaluation.Elapsed.TotalSeconds), "reading, extracting, scoring");
        summary.Write(Console.Out);

        if (worst == 0)
        {
            return;
        }

        Console.Out.WriteLine();
        var table = new TableWriter("File", "F1", "Precision", "Recall", "Title", "Error");
        foreach (var page in evaluation.Worst(worst))
        {
            table.Add(page.FileId, Figure(page.Words.F1), Figure(page.Words.Precision), Figure(page.Words.Recall), page.Title, page.Error);
        }

        table.Write(Console.Out);
    }

    private static void WriteJson(ExtractionEvaluation evaluation, string directory, int worst)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stdout, ContractJson.WriterOptions(indented: true)))
        {
            writer.WriteStartObject();
            writer.WriteString("set", directory);
            writer.WriteNumber("pages", evaluation.PageCount);
            writer.WriteNumber("failed", evaluation.FailedCount);
            writer.WriteNumber("precision", Round(evaluation.Precision));
            writer.WriteNumber("recall", Round(evaluation.Recall));
            writer.WriteNumber("f1", Round(evaluation.F1));
            writer.WriteNumber("with_rate", Round(evaluation.WithRate));
            writer.WriteNumber("without_rate", Round(evaluation.WithoutRate));
            WriteAccuracy(writer, "title", evaluation.Title);
            WriteAccuracy(writer, "author", evaluation.Author);
            WriteAccuracy(writer, "date", evaluation.Date);
            writer.WriteNumber("extraction_seconds", Math.Round(evaluation.ExtractionMilliseconds / 1000, 3));
            writer.WriteNumber("total_seconds", Math.Round(evaluation.Elapsed.TotalSeconds, 3));
            writer.WriteStartArray("worst");
            foreach (var page in evaluation.Worst(worst))
            {
                writer.WriteStringValue(page.FileId);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("per_page");
            foreach (var page in evaluation.Pages)
            {
                WritePage(writer, page);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stdout.Write("\n"u8);
    }

    private static void WritePage(Utf8JsonWriter writer, PageEvaluation page)
    {
        writer.WriteStartObject();
        writer.WriteString("file_id", page.FileId);
        writer.WriteString("error", page.Error);
        writer.WriteNumber("precision", Round(page.Words.Precision));
        writer.WriteNumber("recall", Round(page.Words.Recall));
        writer.WriteNumber("f1", Round(page.Words.F1));
        writer.WriteNumber("with_found", page.WithFound);
        writer.WriteNumber("with_total", page.WithTotal);
        writer.WriteNumber("without_absent", page.WithoutAbsent);
        writer.WriteNumber("without_total", page.WithoutTotal);
        WriteMatch(writer, "title_match", page.TitleMatch);
        WriteMatch(writer, "author_match", page.AuthorMatch);
        WriteMatch(writer, "date_match", page.DateMatch);
        writer.WriteString("title", page.Title);
        writer.WriteStartArray("authors");
        foreach (var author in page.Authors)
        {
            writer.WriteStringValue(author);
        }

        writer.WriteEndArray();
        writer.WriteString("date", page.Date);
        writer.WriteNumber("milliseconds", Math.Round(page.Milliseconds, 3));
        writer.WriteEndObject();
    }

    private static void WriteAccuracy(Utf8JsonWriter writer, string name, Accuracy accuracy)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("accuracy", Round(accuracy.Rate));
        writer.WriteNumber("correct", accuracy.Correct);
        writer.WriteNumber("scored", accuracy.Scored);
        writer.WriteEndObject();
    }

    private static void WriteMatch(Utf8JsonWriter writer, string name, bool? match)
    {
        if (match is { } value)
        {
            writer.WriteBoolean(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static double Round(double value) => Math.Round(value, 4);

    private static string Figure(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(double value) => value.ToString("F1", CultureInfo.InvariantCulture) + " s";

    private static string Scored(Accuracy accuracy)
        => string.Create(CultureInfo.InvariantCulture, $"{accuracy.Correct:N0} of {accuracy.Scored:N0} pages with a gold value");

    private static string PerPage(ExtractionEvaluation evaluation)
        => string.Create(CultureInfo.InvariantCulture, $"{evaluation.ExtractionMilliseconds / Math.Max(1, evaluation.PageCount):F2} ms per page, one thread");
}
