using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsTrace.Cli.Output;
using NewsTrace.Documents;
using NewsTrace.Pipeline;
using NewsTrace.Reuse;
using NewsTrace.Reuse.Compare;
using NewsTrace.Reuse.Diff;
using NewsTrace.Reuse.Relations;

namespace NewsTrace.Cli.Commands;

/// <summary>
/// `newstrace compare A B`: how two articles relate (identical, near-copy, rewrite, partial, same-story, unrelated),
/// with the aligned passages as a word diff. `newstrace compare --pairs FILE.tsv`: one verdict per row of plain-text pairs.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "The two articles to compare (any input format).", Arity = new ArgumentArity(0, 2) };
        var pairs = new Option<string?>("--pairs") { Description = "Compare each row of a TSV file: id<TAB>text_a<TAB>text_b, no header.", HelpName = "FILE.tsv" };
        var format = CommonOptions.Format();
        var threads = CommonOptions.Threads();
        var json = CommonOptions.Json();
        var jsonLines = CommonOptions.JsonLines();
        var command = new Command("compare", "Compare two articles, or every pair of a TSV file: relation, similarity, coverage and the aligned passages.")
        {
            paths, pairs, format, threads, json, jsonLines,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var mode = CommonOptions.Mode(result, json, jsonLines);
            var files = result.GetValue(paths) ?? [];
            if (result.GetValue(pairs) is { } pairsFile)
            {
                if (files.Length > 0)
                {
                    throw new UsageException("give either --pairs FILE or two articles, not both.");
                }

                return Task.FromResult(ComparePairs(pairsFile, mode, result.GetValue(threads), cancellationToken));
            }

            if (files.Length != 2)
            {
                throw new UsageException("compare takes two articles (or --pairs FILE.tsv).");
            }

            var settings = new InputSettings(result.GetValue(format), null, 32L * 1024 * 1024);
            return Task.FromResult(CompareArticles(files[0], files[1], settings, mode, cancellationToken));
        }));
        return command;
    }

    private static int ComparePairs(string path, OutputMode mode, int threads, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"no such file: {path}");
        }

        List<PairsFileRow> rows;
        using (var reader = File.OpenText(path))
        {
            rows = [.. PairsFile.Read(reader)];
        }

        int ok = 0, failed = 0;
        var table = mode == OutputMode.Table ? new TableWriter("Id", "Relation", "Similarity") : null;
        using (var output = mode == OutputMode.Table ? null : new JsonOutput(mode))
        {
            foreach (var (row, comparison) in PairsFileComparer.Compare(rows, Composition.CreateTextPipeline(), null, threads, cancellationToken))
            {
                if (comparison is null)
                {
                    failed++;
                    Console.Error.WriteLine($"newstrace: {path}:{row.Line.ToString(CultureInfo.InvariantCulture)}: {row.Error}; row skipped");
                    continue;
                }

                ok++;
                var id = row.Pair!.Id;
                table?.Add(id, comparison.Relation.Name(), Number(comparison.Similarity));
                output?.WriteObject(writer =>
                {
                    writer.WriteString("id", id);
                    writer.WriteNumber("similarity", comparison.Similarity);
                    writer.WriteString("relation", comparison.Relation.Name());
                });
            }
        }

        table?.Write(Console.Out);
        return failed == 0 ? ExitCodes.Success : ok > 0 ? ExitCodes.PartialSuccess : ExitCodes.Failure;
    }

    private static int CompareArticles(string leftPath, string rightPath, InputSettings settings, OutputMode mode, CancellationToken cancellationToken)
    {
        var analyzer = Composition.CreateAnalyzer();
        var left = ReadOne(leftPath, analyzer, settings, cancellationToken);
        var right = ReadOne(rightPath, analyzer, settings, cancellationToken);
        var analysis = new PairComparer().Analyze(left, right);
        if (mode == OutputMode.Table)
        {
            PrintArticles(leftPath, rightPath, left, right, analysis);
        }
        else
        {
            using var output = new JsonOutput(OutputMode.JsonLines);
            output.WriteObject(writer => WriteJson(writer, leftPath, rightPath, left, right, analysis));
        }

        return ExitCodes.Success;
    }

    /// <summary>The one article of a path; a path that holds none, or several (a feed), is an error.</summary>
    private static Document ReadOne(string path, ArticleAnalyzer analyzer, InputSettings settings, CancellationToken cancellationToken)
    {
        var processed = analyzer.ProcessAll(Composition.ReadInputs([path], settings, cancellationToken), 1, cancellationToken).Take(2).ToList();
        if (processed.Count == 0)
        {
            throw new UsageException($"{path}: no article found");
        }

        if (processed.Count > 1)
        {
            throw new UsageException($"{path}: holds several articles; compare takes one article per path");
        }

        return processed[0].Document ?? throw new InvalidOperationException($"{processed[0].Source}: {processed[0].Error}");
    }

    private static void PrintArticles(string leftPath, string rightPath, Document left, Document right, PairAnalysis analysis)
    {
        var (comparison, evidence) = (analysis.Comparison, analysis.Evidence);
        Console.WriteLine($"A: {leftPath} ({Count(evidence.LeftWords)} words){Title(left)}");
        Console.WriteLine($"B: {rightPath} ({Count(evidence.RightWords)} words){Title(right)}");
        Console.WriteLine($"relation:   {comparison.Relation.Name()}");
        Console.WriteLine($"similarity: {Number(comparison.Similarity)}");
        Console.WriteLine($"aligned:    A {Percent(comparison.LeftCoverage)}, B {Percent(comparison.RightCoverage)} of words");
        Console.WriteLine($"verbatim:   A {Percent(evidence.LeftVerbatim)}, B {Percent(evidence.RightVerbatim)} of words");
        Console.WriteLine($"passages:   {Count(evidence.AlignedPassages)} ({Count(evidence.RewordedPassages)} reworded)");
        var colour = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        var number = 0;
        foreach (var passage in comparison.Passages)
        {
            number++;
            Console.WriteLine();
            Console.WriteLine($"#{Count(number)} A {passage.Left} ~ B {passage.Right}  similarity {Number(passage.Similarity)}, {(passage.Match == Reuse.Alignment.PassageMatch.Verbatim ? "verbatim" : "reworded")}");
            Console.WriteLine(AlignedDiffFormatter.Format(left.Text, right.Text, passage, colour));
        }
    }

    private static void WriteJson(Utf8JsonWriter writer, string leftPath, string rightPath, Document left, Document right, PairAnalysis analysis)
    {
        var (comparison, evidence) = (analysis.Comparison, analysis.Evidence);
        writer.WriteString("a", leftPath);
        writer.WriteString("b", rightPath);
        writer.WriteString("a_id", left.Id);
        writer.WriteString("b_id", right.Id);
        writer.WriteString("relation", comparison.Relation.Name());
        writer.WriteNumber("similarity", comparison.Similarity);
        writer.WriteNumber("a_coverage", Math.Round(comparison.LeftCoverage, 4));
        writer.WriteNumber("b_coverage", Math.Round(comparison.RightCoverage, 4));
        writer.WriteNumber("a_verbatim", Math.Round(evidence.LeftVerbatim, 4));
        writer.WriteNumber("b_verbatim", Math.Round(evidence.RightVerbatim, 4));
        writer.WriteStartArray("passages");
        foreach (var passage in comparison.Passages)
        {
            writer.WriteStartObject();
            Span(writer, "a", passage.Left);
            Span(writer, "b", passage.Right);
            writer.WriteNumber("similarity", passage.Similarity);
            writer.WriteString("match", passage.Match == Reuse.Alignment.PassageMatch.Verbatim ? "verbatim" : "reworded");
            writer.WriteString("a_text", passage.Left.Of(left.Text));
            writer.WriteString("b_text", passage.Right.Of(right.Text));
            writer.WriteStartArray("diff");
            foreach (var segment in WordDiff.Compare(left.Text, passage.Left, right.Text, passage.Right))
            {
                writer.WriteStartObject();
                writer.WriteString("kind", segment.Kind.ToString().ToLower(CultureInfo.InvariantCulture));
                Span(writer, "a", segment.Left);
                Span(writer, "b", segment.Right);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Span(Utf8JsonWriter writer, string name, TextSpan span)
    {
        writer.WriteStartArray(name);
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.End);
        writer.WriteEndArray();
    }

    private static string Title(Document document) => document.Metadata.Title is { Length: > 0 } title ? $": {title}" : "";

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0%", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
