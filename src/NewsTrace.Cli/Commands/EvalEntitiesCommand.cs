using System.CommandLine;
using System.Globalization;
using NewsTrace.Entities;
using NewsTrace.Entities.Tagging;
using NewsTrace.Evaluation;

namespace NewsTrace.Cli.Commands;

/// <summary>
/// `newstrace eval entities [PATH]`: exact-span NER precision, recall and F1 per label on the GUM entity data, or with
/// `--labelled FILE` on texts with inline name marks (eval/entities/newswire-heldout.txt).
/// </summary>
internal static class EvalEntitiesCommand
{
    private const string DefaultPath = "../shared/data/gum-entities/documents.jsonl";

    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "GUM documents.jsonl.", DefaultValueFactory = _ => DefaultPath };
        var split = new Option<string>("--split") { Description = "GUM split to score: train, dev, test or all.", DefaultValueFactory = _ => "test" };
        var genre = new Option<string?>("--genre") { Description = "Only this genre (news, interview, academic)." };
        var model = new Option<string?>("--model") { Description = "Use this tagger model file instead of the shipped one." };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Score the rule-based recogniser alone, without the tagger." };
        var showErrors = new Option<bool>("--show-errors") { Description = "Also list each document's missed (-) and spurious (+) names." };
        var labelled = new Option<string?>("--labelled") { Description = "Score this file of texts with inline name marks ([PER ...], see eval/entities/README.md) instead of GUM." };
        var command = new Command("entities", "Score named-entity recognition against GUM or inline-labelled texts (exact-span F1 per label).") { path, split, genre, model, rulesOnly, showErrors, labelled };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var labelledFile = result.GetValue(labelled);
            var file = labelledFile ?? result.GetRequiredValue(path);
            if (!File.Exists(file))
            {
                throw new UsageException($"no such file: {file}");
            }

            var splitName = result.GetRequiredValue(split);
            var tagger = result.GetValue(rulesOnly) ? null : LoadTagger(result.GetValue(model));
            var documents = labelledFile is null
                ? GumDocumentReader.Read(file, splitName == "all" ? null : splitName, result.GetValue(genre)).ToList()
                : LabelledTextScoring.ReadFile(labelledFile);
            var evaluation = EntityEvaluator.Evaluate(documents, text => EntityFinder.Find(text, tagger));
            if (result.GetValue(showErrors))
            {
                ShowErrors(documents, tagger);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents: {evaluation.Documents}"));
            Console.WriteLine("label      P      R     F1   gold  predicted");
            foreach (var (label, counts) in evaluation.ByLabel)
            {
                Console.WriteLine(Row(label, counts));
            }

            Console.WriteLine(Row("all", evaluation.Overall));
            Console.WriteLine(Row("span-only", evaluation.LabelBlind));
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static void ShowErrors(IEnumerable<GumDocument> documents, EntityTagger? tagger)
    {
        foreach (var document in documents)
        {
            EntityErrorListing.Write(document, EntityFinder.Find(document.Text, tagger), Console.Out);
        }
    }

    private static EntityTagger LoadTagger(string? modelPath)
    {
        if (modelPath is null)
        {
            return EntityTagger.Default;
        }

        if (!File.Exists(modelPath))
        {
            throw new UsageException($"no such model file: {modelPath}");
        }

        using var stream = File.OpenRead(modelPath);
        return EntityTagger.Load(stream);
    }

    private static string Row(string label, MatchCounts counts)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{label,-9} {counts.Precision,5:0.000}  {counts.Recall,5:0.000}  {counts.F1,5:0.000}  {counts.TruePositives + counts.FalseNegatives,5}  {counts.TruePositives + counts.FalsePositives,9}");
}
