using System.CommandLine;
using System.Globalization;
using NewsTrace.Entities.Tagging;
using NewsTrace.Evaluation;

namespace NewsTrace.Cli.Commands;

/// <summary>
/// `newstrace train entities PATH --out FILE`: trains the statistical entity tagger on a GUM split (train by default) and
/// writes the model file, and optionally the C# source that ships it in the assembly (--resource).
/// </summary>
internal static class TrainEntitiesCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "GUM documents.jsonl (../shared/data/gum-entities/documents.jsonl)." };
        var output = new Option<string?>("--out") { Description = "Write the model file here." };
        var resource = new Option<string?>("--resource") { Description = "Write the model as C# source here (src/NewsTrace/Entities/Tagging/EntityModelResource.cs ships it)." };
        var split = new Option<string>("--split") { Description = "GUM split to train on.", DefaultValueFactory = _ => "train" };
        var defaults = new EntityTaggerTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed.", DefaultValueFactory = _ => defaults.Seed };
        var minCount = new Option<int>("--min-count") { Description = "Drop features seen fewer times.", DefaultValueFactory = _ => defaults.MinFeatureCount };
        var stackFolds = new Option<int>("--stack-folds") { Description = "0: one pass; K >= 2: a two-pass tagger whose second pass reads the first pass's labels elsewhere in the document, trained on K-fold jackknifed first-pass labels.", DefaultValueFactory = _ => defaults.StackFolds };
        var crossValidate = new Option<int>("--cross-validate") { Description = "Instead of writing a model, score K-fold cross-validation on the split (fold = document index mod K) and print P/R/F1 per label." };
        var extra = new Option<string[]>("--extra") { Description = "Also train on these texts with inline name marks ([PER ...], see eval/entities/README.md); repeatable.", AllowMultipleArgumentsPerToken = false };
        var showErrors = new Option<bool>("--show-errors") { Description = "With --cross-validate: list each held-out document's missed (-) and spurious (+) names." };
        var command = new Command("entities", "Train the entity tagger on GUM and write the model.") { path, output, resource, split, epochs, seed, minCount, stackFolds, crossValidate, showErrors, extra };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var file = result.GetRequiredValue(path);
            if (!File.Exists(file))
            {
                throw new UsageException($"no such file: {file}");
            }

            var options = new EntityTaggerTrainingOptions(result.GetRequiredValue(epochs), result.GetRequiredValue(seed), result.GetRequiredValue(minCount), result.GetRequiredValue(stackFolds));
            var splitName = result.GetRequiredValue(split);
            var extraTexts = ReadExtra(result.GetValue(extra) ?? []);
            var folds = result.GetValue(crossValidate);
            if (folds != 0)
            {
                return Task.FromResult(CrossValidate(file, splitName, folds, options, extraTexts, result.GetValue(showErrors)));
            }

            var (modelPath, resourcePath) = (result.GetValue(output), result.GetValue(resource));
            if (modelPath is null && resourcePath is null)
            {
                throw new UsageException("give --out, --resource or both (or --cross-validate K)");
            }

            var documents = GumDocumentReader.Read(file, splitName).Select(GumTrainingData.ToTrainingText).Concat(extraTexts).ToList();
            var tagger = EntityTaggerTrainer.Train(documents, options, Console.Out);
            if (modelPath is not null)
            {
                using var stream = File.Create(modelPath);
                tagger.Save(stream);
            }

            if (resourcePath is not null)
            {
                using var writer = new StreamWriter(resourcePath);
                var how = string.Create(CultureInfo.InvariantCulture, $"newstrace train entities documents.jsonl --split {splitName} --epochs {options.Epochs} --seed {options.Seed} --min-count {options.MinFeatureCount} --stack-folds {options.StackFolds}{string.Concat((result.GetValue(extra) ?? []).Select(extraPath => " --extra " + extraPath))} --resource EntityModelResource.cs");
                EntityModelResourceWriter.Write(tagger, writer, how);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"features: {tagger.FeatureCount}"));
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static int CrossValidate(string file, string splitName, int folds, EntityTaggerTrainingOptions options, IReadOnlyList<LabelledText> extraTexts, bool showErrors)
    {
        if (folds < 2)
        {
            throw new UsageException("--cross-validate needs 2 or more folds");
        }

        var evaluation = EntityCrossValidation.Run(GumDocumentReader.Read(file, splitName).ToList(), folds, options, extraTexts, showErrors ? Console.Out : null);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents: {evaluation.Documents}, folds: {folds}"));
        Console.WriteLine("label      P      R     F1   gold  predicted");
        foreach (var (label, counts) in evaluation.ByLabel)
        {
            Console.WriteLine(Row(label, counts));
        }

        Console.WriteLine(Row("all", evaluation.Overall));
        Console.WriteLine(Row("span-only", evaluation.LabelBlind));
        return ExitCodes.Success;
    }

    private static List<LabelledText> ReadExtra(string[] paths)
    {
        var texts = new List<LabelledText>();
        foreach (var extraPath in paths)
        {
            if (!File.Exists(extraPath))
            {
                throw new UsageException($"no such file: {extraPath}");
            }

            texts.AddRange(InlineLabelledText.ReadFile(extraPath));
        }

        return texts;
    }

    private static string Row(string label, MatchCounts counts)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{label,-9} {counts.Precision,5:0.000}  {counts.Recall,5:0.000}  {counts.F1,5:0.000}  {counts.TruePositives + counts.FalseNegatives,5}  {counts.TruePositives + counts.FalsePositives,9}");
}
