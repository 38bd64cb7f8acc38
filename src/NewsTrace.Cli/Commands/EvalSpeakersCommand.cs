using System.CommandLine;
using System.Globalization;
using NewsTrace.Documents;
using NewsTrace.Evaluation;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;

namespace NewsTrace.Cli.Commands;

/// <summary>
/// `newstrace eval speakers [PATH]`: speaker coreference on the GUM entity data: whether each quotation's speaker, as
/// written a name, a pronoun or a description, resolves to the gold coreference chain's name.
/// </summary>
internal static class EvalSpeakersCommand
{
    private const string DefaultPath = "../shared/data/gum-entities/documents.jsonl";

    public static Command Create()
    {
        var path = new Argument<string>("PATH") { Description = "GUM documents.jsonl.", DefaultValueFactory = _ => DefaultPath };
        var split = new Option<string>("--split") { Description = "GUM split to score: train, dev, test or all.", DefaultValueFactory = _ => "all" };
        var genre = new Option<string?>("--genre") { Description = "Only this genre (news, interview, academic)." };
        var showErrors = new Option<bool>("--show-errors") { Description = "Also list the wrong speakers and the sources that match no gold mention." };
        var command = new Command("speakers", "Score speaker coreference (names, pronouns, descriptions to the right entity) against GUM's coreference chains.")
        {
            path, split, genre, showErrors,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var file = result.GetRequiredValue(path);
            if (!File.Exists(file))
            {
                throw new UsageException($"no such file: {file}");
            }

            var splitName = result.GetRequiredValue(split);
            var pipeline = Composition.CreatePipeline();
            var documents = GumCoreferenceReader.Read(file, splitName == "all" ? null : splitName, result.GetValue(genre), Console.Error.WriteLine).ToList();
            var evaluation = SpeakerCoreferenceEvaluator.Evaluate(
                documents,
                text => pipeline.Process(new Document("gum", text, ArticleMetadata.Empty)).Get(Layers.Quotes));
            var pronouns = PronounCoreferenceEvaluator.Evaluate(documents, CoreferenceProbe.Pronouns);
            var descriptions = DescriptionCoreferenceEvaluator.Evaluate(documents, CoreferenceProbe.Phrases);
            Write(evaluation, pronouns, descriptions, result.GetValue(showErrors));
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static void Write(SpeakerCoreferenceEvaluation evaluation, CoreferenceScore pronouns, CoreferenceScore descriptions, bool withErrors)
    {
        if (withErrors)
        {
            foreach (var error in descriptions.Errors)
            {
                Console.WriteLine("wrong description: " + error);
            }

            foreach (var error in pronouns.Errors)
            {
                Console.WriteLine("wrong pronoun: " + error);
            }

            foreach (var error in evaluation.Errors)
            {
                Console.WriteLine("wrong speaker: " + error);
            }

            foreach (var source in evaluation.UnalignedSources)
            {
                Console.WriteLine("unaligned: " + source);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents: {evaluation.Documents}, quotations: {evaluation.Quotations}, without a speaker: {evaluation.WithoutSource}, speaker inherited from the quote before: {evaluation.Inherited}, source matching no gold mention: {evaluation.Unaligned}"));
        Console.WriteLine("source as written  scored  right  accuracy");
        foreach (var (kind, counts) in evaluation.ByWrittenKind)
        {
            var accuracy = counts.Scored == 0 ? 0 : (double)counts.Correct / counts.Scored;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-17}  {counts.Scored,6}  {counts.Correct,5}  {P(accuracy),8}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all                {evaluation.Scored,6}  {"",5}  {P(evaluation.Accuracy),8}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pronouns and descriptions: accuracy {P(evaluation.ResolvedAccuracy)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"every he/she outside quotes whose chain has a name: {pronouns.Scored}, right {pronouns.Right}, unresolved {pronouns.Unresolved}, accuracy {P(pronouns.Accuracy)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"every \"the\" + role for a person named before it: {descriptions.Scored}, right {descriptions.Right}, unresolved {descriptions.Unresolved}, accuracy {P(descriptions.Accuracy)}"));
    }

    private static string P(double ratio) => ratio.ToString("0.000", CultureInfo.InvariantCulture);
}
