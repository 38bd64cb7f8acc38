using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Pipeline;
using NewsTrace.Reporting;

namespace NewsTrace.Cli.Commands;

/// <summary>
/// The shared body of `extract` and `analyze`: stream inputs through extraction (and for analyze, the pipeline)
/// and print one result per input, in input order, without touching a store.
/// </summary>
internal static class ArticleStreamCommand
{
    public static Command Create(string name, string description, bool analyze)
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format();
        var map = CommonOptions.Map();
        var maxBytes = CommonOptions.MaxBytes();
        var threads = CommonOptions.Threads();
        var json = CommonOptions.Json();
        var jsonLines = CommonOptions.JsonLines();
        var dct = CommonOptions.DocumentCreationTime();
        var command = new Command(name, description) { paths, format, map, maxBytes, threads, json, jsonLines };
        if (analyze)
        {
            command.Options.Add(dct);
        }

        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var settings = new InputSettings(result.GetValue(format), result.GetValue(map), result.GetValue(maxBytes));
            var analyzer = analyze
                ? Composition.CreateAnalyzer(result.GetValue(dct))
                : Composition.CreateExtractionOnly();
            var items = Composition.ReadInputs(result.GetRequiredValue(paths), settings, cancellationToken);
            var processed = analyzer.ProcessAll(items, result.GetValue(threads), cancellationToken);
            var mode = CommonOptions.Mode(result, json, jsonLines);
            var (ok, failed) = mode == OutputMode.Table ? WriteTable(processed, analyze) : WriteJson(processed, mode, analyze);
            return Task.FromResult(failed == 0 ? ExitCodes.Success : ok > 0 ? ExitCodes.PartialSuccess : ExitCodes.Failure);
        }));
        return command;
    }

    private static (int Ok, int Failed) WriteJson(IEnumerable<ProcessedInput> processed, OutputMode mode, bool analyze)
    {
        int ok = 0, failed = 0;
        using var output = new JsonOutput(mode);
        foreach (var result in processed)
        {
            if (result.Document is not { } document)
            {
                failed++;
                output.WriteObject(writer =>
                {
                    writer.WriteString("source", result.Source);
                    writer.WriteString("error", result.Error);
                });
                continue;
            }

            ok++;
            output.WriteObject(writer =>
            {
                if (analyze)
                {
                    writer.WriteString("id", document.Id);
                }

                ContractJson.WriteArticleFields(writer, document.Metadata, document.Text, result.Comments);
                if (!result.Warnings.IsDefaultOrEmpty)
                {
                    writer.WriteStartArray("warnings");
                    result.Warnings.ToList().ForEach(writer.WriteStringValue);
                    writer.WriteEndArray();
                }

                if (analyze)
                {
                    ContractJson.WriteLayers(writer, document);
                }
            });
        }

        return (ok, failed);
    }

    private static (int Ok, int Failed) WriteTable(IEnumerable<ProcessedInput> processed, bool analyze)
    {
        int ok = 0, failed = 0;
        var table = analyze
            ? new TableWriter("Source", "Published", "Site", "Title", "Chars", "Sentences", "Entities", "Quotes", "Dates")
            : new TableWriter("Source", "Published", "Site", "Title", "Chars");
        foreach (var result in processed)
        {
            if (result.Document is not { } document)
            {
                failed++;
                Console.Error.WriteLine($"{result.Source}: {result.Error}");
                continue;
            }

            ok++;
            var metadata = document.Metadata;
            var chars = document.Text.Length.ToString(CultureInfo.InvariantCulture);
            if (analyze)
            {
                var counts = ArticleAnalysisCounts.FromDocument(document);
                table.Add(metadata.Source, metadata.Published?.ToString(), metadata.Site, metadata.Title, chars, N(counts.Sentences), N(counts.Entities), N(counts.Quotes), N(counts.Timexes));
            }
            else
            {
                table.Add(metadata.Source, metadata.Published?.ToString(), metadata.Site, metadata.Title, chars);
            }
        }

        table.Write(Console.Out);
        return (ok, failed);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
