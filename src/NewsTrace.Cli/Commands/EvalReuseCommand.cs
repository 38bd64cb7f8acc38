using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Evaluation.Reuse;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Relations;

namespace NewsTrace.Cli.Commands;

/// <summary>
/// `newstrace eval reuse`: generates labelled pairs from the source articles in eval/reuse/sources (dev and held-out
/// splits, each with its own seed) and prints precision, recall and F1 per relation and the confusion matrix.
/// </summary>
internal static class EvalReuseCommand
{
    private static readonly (string Name, int Seed)[] Splits = [("dev", 1), ("heldout", 2)];

    public static Command Create()
    {
        var sources = new Argument<string>("DIR") { Description = "Source articles: DIR/<split>/<story>/<name>.txt.", DefaultValueFactory = _ => "eval/reuse/sources" };
        var split = new Option<string>("--split") { Description = "dev, heldout or all.", DefaultValueFactory = _ => "all" };
        var errors = new Option<bool>("--errors") { Description = "List every pair that got the wrong relation." };
        var json = CommonOptions.Json();
        var command = new Command("reuse", "Score pair relations (identical, near-copy, rewrite, partial, same-story, unrelated) on generated pairs.")
        {
            sources, split, errors, json,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var directory = result.GetRequiredValue(sources);
            var which = result.GetRequiredValue(split);
            if (which is not ("dev" or "heldout" or "all"))
            {
                throw new UsageException($"--split: '{which}' is not dev, heldout or all.");
            }

            var pipeline = Composition.CreateTextPipeline();
            var comparer = new PairComparer();
            using var output = result.GetValue(json) ? new JsonOutput(OutputMode.JsonLines) : null;
            foreach (var (name, seed) in Splits.Where(s => which == "all" || which == s.Name))
            {
                var splitDirectory = Path.Combine(directory, name);
                if (!Directory.Exists(splitDirectory))
                {
                    throw new UsageException($"no such directory: {splitDirectory}");
                }

                var pairs = ReusePairGenerator.Generate(ReuseSourceReader.Read(splitDirectory), seed);
                var evaluation = ReuseEvaluator.Evaluate(pairs, comparer, pipeline);
                if (output is not null)
                {
                    output.WriteObject(writer => WriteJson(writer, name, evaluation));
                }
                else
                {
                    Print(name, seed, evaluation, result.GetValue(errors));
                }
            }

            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static void Print(string split, int seed, ReuseEvaluation evaluation, bool listErrors)
    {
        Console.WriteLine(Invariant($"## {split} (seed {seed}): {evaluation.Pairs} pairs, accuracy {evaluation.Accuracy:0.000}"));
        var scores = new TableWriter("Relation", "P", "R", "F1", "Expected", "Predicted");
        foreach (var relation in Enum.GetValues<ReuseRelation>().Reverse())
        {
            var counts = evaluation.Scores(relation);
            scores.Add(relation.Name(), F(counts.Precision), F(counts.Recall), F(counts.F1),
                N(counts.TruePositives + counts.FalseNegatives), N(counts.TruePositives + counts.FalsePositives));
        }

        scores.Write(Console.Out);
        Console.WriteLine();
        var relations = Enum.GetValues<ReuseRelation>().Reverse().ToArray();
        var matrix = new TableWriter(["expected \\ predicted", .. relations.Select(r => r.Name())]);
        foreach (var expected in relations)
        {
            matrix.Add([expected.Name(), .. relations.Select(predicted => N(evaluation.Count(expected, predicted)))]);
        }

        matrix.Write(Console.Out);
        Console.WriteLine();
        var kinds = new TableWriter("Kind", "Correct", "Pairs", "Recall");
        foreach (var (kind, (correct, total)) in evaluation.ByKind)
        {
            kinds.Add(kind, N(correct), N(total), F(total == 0 ? 0 : (double)correct / total));
        }

        kinds.Write(Console.Out);
        Console.WriteLine(Invariant($"heavy rewrites recall {evaluation.KindRecall("rewrite-heavy"):0.000}; rewrite precision {evaluation.Scores(ReuseRelation.Rewrite).Precision:0.000}"));
        Console.WriteLine();
        if (listErrors)
        {
            foreach (var wrong in evaluation.Predictions.Where(p => p.Predicted != p.Pair.Expected))
            {
                Console.WriteLine(Invariant($"{wrong.Pair.Id}: expected {wrong.Pair.Expected.Name()}, got {wrong.Predicted.Name()} (similarity {wrong.Similarity:0.000}) {wrong.Evidence}"));
            }

            Console.WriteLine();
        }
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter writer, string split, ReuseEvaluation evaluation)
    {
        writer.WriteString("split", split);
        writer.WriteNumber("pairs", evaluation.Pairs);
        writer.WriteNumber("accuracy", Math.Round(evaluation.Accuracy, 4));
        writer.WriteNumber("heavy_rewrite_recall", Math.Round(evaluation.KindRecall("rewrite-heavy"), 4));
        writer.WriteStartObject("relations");
        foreach (var relation in Enum.GetValues<ReuseRelation>())
        {
            var counts = evaluation.Scores(relation);
            writer.WriteStartObject(relation.Name());
            writer.WriteNumber("precision", Math.Round(counts.Precision, 4));
            writer.WriteNumber("recall", Math.Round(counts.Recall, 4));
            writer.WriteNumber("f1", Math.Round(counts.F1, 4));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("confusion");
        foreach (var expected in Enum.GetValues<ReuseRelation>())
        {
            writer.WriteStartObject(expected.Name());
            foreach (var predicted in Enum.GetValues<ReuseRelation>())
            {
                writer.WriteNumber(predicted.Name(), evaluation.Count(expected, predicted));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
