using System.CommandLine;
using System.Globalization;
using NewsTrace.Cli.Output;
using NewsTrace.Evaluation;
using NewsTrace.Stories;

namespace NewsTrace.Cli.Commands;

/// <summary>`newstrace eval stories FILE.jsonl`: BCubed precision, recall and F1 of story clustering against labelled events.</summary>
internal static class EvalStoriesCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Labelled JSON Lines: {doc_id, topic, subtopic, text} per line (ECB+ dev format)." };
        var json = CommonOptions.Json();
        var topics = new Option<string?>("--topics") { Description = "Only documents whose numeric topic is in this range, e.g. 1-25.", HelpName = "FROM-TO" };
        var baseline = new Option<bool>("--baseline") { Description = "Plain TF-IDF average link (no name boost, no time decay) for comparison." };
        var eventThreshold = new Option<double?>("--event-threshold") { Description = "Override the event (story) similarity threshold.", HelpName = "X" };
        var topicThreshold = new Option<double?>("--topic-threshold") { Description = "Override the topic similarity threshold.", HelpName = "X" };
        var nameBoost = new Option<double?>("--name-boost") { Description = "Override the weight factor of names and numbers.", HelpName = "X" };
        var incremental = new Option<int?>("--incremental")
        {
            Description = "Feed the documents in batches of N through the incremental clusterer (a temporary SQLite store) instead of clustering them at once.",
            HelpName = "N",
        };
        var timings = new Option<int?>("--timings")
        {
            Description = "With --incremental: print on stderr the clustering time per article over each window of K documents.",
            HelpName = "K",
        };
        var command = new Command("stories", "Cluster a labelled set into stories and report BCubed P/R/F1 against its events (subtopic) and topics.")
        {
            file, json, topics, baseline, eventThreshold, topicThreshold, nameBoost, incremental, timings,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(async () =>
        {
            var path = result.GetRequiredValue(file);
            if (!File.Exists(path))
            {
                throw new UsageException($"no such file: {path}");
            }

            IReadOnlyList<LabelledDocument> documents;
            using (var reader = new StreamReader(path))
            {
                try
                {
                    documents = await LabelledDocumentReader.ReadAsync(reader, cancellationToken).ConfigureAwait(false);
                }
                catch (FormatException ex)
                {
                    throw new InvalidOperationException($"{path}: {ex.Message}", ex);
                }
            }

            var range = ParseRange(result.GetValue(topics));
            var selected = documents.Where(d => InRange(d.Topic, range)).ToList();
            var options = result.GetValue(baseline) ? StoryClusteringOptions.Baseline : StoryClusteringOptions.Default;
            options = options with
            {
                EventThreshold = result.GetValue(eventThreshold) ?? options.EventThreshold,
                TopicThreshold = result.GetValue(topicThreshold) ?? options.TopicThreshold,
                NameBoost = result.GetValue(nameBoost) ?? options.NameBoost,
            };
            var batchSize = result.GetValue(incremental);
            if (batchSize is <= 0)
            {
                throw new UsageException("--incremental: the batch size must be at least 1.");
            }

            var evaluation = batchSize is { } size
                ? await EvaluateIncrementalAsync(selected, size, options, result.GetValue(timings), cancellationToken).ConfigureAwait(false)
                : StoryEvaluator.Evaluate(selected, options);
            if (result.GetValue(json))
            {
                using var output = new JsonOutput(OutputMode.JsonLines);
                output.WriteObject(writer =>
                {
                    writer.WriteNumber("documents", evaluation.Documents);
                    writer.WriteNumber("gold_events", evaluation.GoldEvents);
                    writer.WriteNumber("predicted_events", evaluation.PredictedEvents);
                    writer.WriteNumber("gold_topics", evaluation.GoldTopics);
                    writer.WriteNumber("predicted_topics", evaluation.PredictedTopics);
                    WriteScore(writer, "events", evaluation.Events);
                    WriteScore(writer, "topics", evaluation.Topics);
                });
                return ExitCodes.Success;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{evaluation.Documents} documents: {evaluation.GoldEvents} gold events, {evaluation.PredictedEvents} stories; {evaluation.GoldTopics} gold topics, {evaluation.PredictedTopics} topics"));
            var table = new TableWriter("Level", "BCubed P", "BCubed R", "BCubed F1");
            table.Add("events", Format(evaluation.Events.Precision), Format(evaluation.Events.Recall), Format(evaluation.Events.F1));
            table.Add("topics", Format(evaluation.Topics.Precision), Format(evaluation.Topics.Recall), Format(evaluation.Topics.F1));
            table.Write(Console.Out);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task<StoryEvaluation> EvaluateIncrementalAsync(IReadOnlyList<LabelledDocument> documents, int batchSize, StoryClusteringOptions options, int? window, CancellationToken cancellationToken)
    {
        var progress = window is > 0 ? new TimingReporter(window.Value, Console.Error) : null;
        var directory = Directory.CreateTempSubdirectory("newstrace-eval-stories-");
        try
        {
            var store = await Composition.OpenStoreAsync(Path.Combine(directory.FullName, "stories.db"), cancellationToken).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                return await StoryEvaluator.EvaluateIncrementalAsync(documents, store, batchSize, options, progress, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static void WriteScore(System.Text.Json.Utf8JsonWriter writer, string name, BCubedScore score)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("precision", Math.Round(score.Precision, 4));
        writer.WriteNumber("recall", Math.Round(score.Recall, 4));
        writer.WriteNumber("f1", Math.Round(score.F1, 4));
        writer.WriteEndObject();
    }

    private static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static (int From, int To)? ParseRange(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split('-', 2);
        if (int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(parts.Length == 2 ? parts[1] : parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var to) && from <= to)
        {
            return (from, to);
        }

        throw new UsageException($"--topics: '{text}' is not a range such as 1-25.");
    }

    private static bool InRange(string topic, (int From, int To)? range)
        => range is not { } r || (int.TryParse(topic, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= r.From && number <= r.To);
}
