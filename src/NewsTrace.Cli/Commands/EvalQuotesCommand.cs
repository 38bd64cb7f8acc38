using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsTrace.Evaluation;
using NewsTrace.Ingest;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;

namespace NewsTrace.Cli.Commands;

/// <summary>
/// `newstrace eval quotes [--gold FILE] [--input DIR]`: runs a labelled corpus through the analysis pipeline and scores
/// its quotations against a gold file in the samples/gold.json schema (recall, precision, and speaker accuracy per kind).
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold file in the samples/gold.json schema.", DefaultValueFactory = _ => Path.Combine("samples", "gold.json") };
        var input = new Option<string>("--input") { Description = "The labelled articles (file or directory).", DefaultValueFactory = _ => Path.Combine("samples", "corpus") };
        var showErrors = new Option<bool>("--show-errors") { Description = "Also list the missed quotes, the quotes with a wrong speaker and the quotations that match no gold quote." };
        var command = new Command("quotes", "Score quote finding and speaker attribution against a gold file (recall, precision and speaker accuracy per kind).")
        {
            gold, input, showErrors,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var goldPath = result.GetRequiredValue(gold);
            var inputPath = result.GetRequiredValue(input);
            if (!File.Exists(goldPath))
            {
                throw new UsageException($"no such gold file: {goldPath}");
            }

            if (!File.Exists(inputPath) && !Directory.Exists(inputPath))
            {
                throw new UsageException($"no such input: {inputPath}");
            }

            var root = KeyRoot(goldPath);
            var articles = Analyze(inputPath, root, cancellationToken);
            var evaluation = QuoteGoldEvaluator.Evaluate(goldPath, articles);
            Write(evaluation, result.GetValue(showErrors));
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static Dictionary<string, (string Text, ImmutableArray<Quotation> Quotes)> Analyze(string inputPath, string root, CancellationToken cancellationToken)
    {
        var analyzer = Composition.CreateAnalyzer();
        var articles = new Dictionary<string, (string Text, ImmutableArray<Quotation> Quotes)>(StringComparer.Ordinal);
        foreach (var item in new InputReader(new IngestOptions()).Read([inputPath], cancellationToken))
        {
            var processed = analyzer.Process(item);
            if (processed.Document is { } document)
            {
                var key = Path.GetRelativePath(root, Path.GetFullPath(processed.Source)).Replace('\\', '/');
                articles[key] = (document.Text, document.Get(Layers.Quotes));
            }
        }

        return articles;
    }

    /// <summary>
    /// The directory the gold's article paths are relative to (the repository root for samples/gold.json): the first of
    /// the current directory and the gold file's ancestors under which the gold's first article file exists.
    /// </summary>
    private static string KeyRoot(string goldPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(goldPath));
        var first = document.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()).FirstOrDefault(f => f is not null);
        var candidates = new List<string> { Directory.GetCurrentDirectory() };
        for (var directory = new FileInfo(goldPath).Directory; directory is not null; directory = directory.Parent)
        {
            candidates.Add(directory.FullName);
        }

        return candidates.FirstOrDefault(c => first is not null && File.Exists(Path.Combine(c, first))) ?? Directory.GetCurrentDirectory();
    }

    private static void Write(QuoteGoldEvaluation evaluation, bool withErrors)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold quotes: {evaluation.Gold}, found: {evaluation.Found}, recall {P(evaluation.Recall)}, speaker accuracy {P(evaluation.SpeakerAccuracy)}, kind accuracy {P(evaluation.KindAccuracy)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"quotations found: {evaluation.Predicted}, matching no gold quote: {evaluation.Predicted - evaluation.Found} ({string.Join(", ", evaluation.ExtrasByKind.Select(e => $"{e.Key} {e.Value}"))}), precision {P(evaluation.Precision)}, F1 {P(evaluation.F1)}"));
        Console.WriteLine("kind         gold  found  recall  speaker-right  speaker-accuracy");
        foreach (var (kind, counts) in evaluation.ByKind)
        {
            var recall = counts.Gold == 0 ? 0 : (double)counts.Found / counts.Gold;
            var accuracy = counts.Found == 0 ? 0 : (double)counts.SpeakerCorrect / counts.Found;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-12} {counts.Gold,4}  {counts.Found,5}  {P(recall),6}  {counts.SpeakerCorrect,13}  {P(accuracy),16}"));
        }

        if (!withErrors)
        {
            return;
        }

        foreach (var wrong in evaluation.WrongSpeakers)
        {
            Console.WriteLine("wrong speaker: " + wrong);
        }

        foreach (var missed in evaluation.Missed)
        {
            Console.WriteLine("missed: " + missed);
        }

        foreach (var extra in evaluation.Extras)
        {
            Console.WriteLine("extra: " + extra);
        }
    }

    private static string P(double ratio) => ratio.ToString("0.000", CultureInfo.InvariantCulture);
}
