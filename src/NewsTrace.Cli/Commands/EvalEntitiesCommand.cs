using System.CommandLine;
using System.Globalization;
using NewsTrace.Evaluation;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace eval entities [PATH]`: exact-span NER precision, recall and F1 per label on the GUM entity data.</summary>
internal static class EvalEntitiesCommand
{
    private const string DefaultPath = "../shared/data/gum-entities/documents.jsonl";

    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "GUM documents.jsonl.", DefaultValueFactory = _ => DefaultPath };
        var split = new Option<string>("--split") { Description = "GUM split to score: train, dev, test or all.", DefaultValueFactory = _ => "test" };
        var genre = new Option<string?>("--genre") { Description = "Only this genre (news, interview, academic)." };
        var command = new Command("entities", "Score named-entity recognition against GUM (exact-span F1 per label).") { path, split, genre };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var file = result.GetRequiredValue(path);
            if (!File.Exists(file))
            {
                throw new UsageException($"no such file: {file}");
            }

            var splitName = result.GetRequiredValue(split);
            var evaluation = EntityEvaluator.Evaluate(file, splitName == "all" ? null : splitName, result.GetValue(genre));
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

    private static string Row(string label, MatchCounts counts)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{label,-9} {counts.Precision,5:0.000}  {counts.Recall,5:0.000}  {counts.F1,5:0.000}  {counts.TruePositives + counts.FalseNegatives,5}  {counts.TruePositives + counts.FalsePositives,9}");
}
