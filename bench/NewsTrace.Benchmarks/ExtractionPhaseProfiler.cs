using System.Diagnostics;
using System.Globalization;
using NewsTrace.Extraction;
using NewsTrace.Extraction.Decoding;
using NewsTrace.Extraction.Html;
using NewsTrace.Extraction.Metadata;

namespace NewsTrace.Benchmarks;

/// <summary>
/// Where extraction time goes: runs the phases of <see cref="SimpleHtmlExtractor"/> one by one over a page set with a
/// stopwatch around each, on one thread, after a warm-up round, and prints milliseconds per page by phase.
/// Run with <c>dotnet run -c Release -- phases [generated|wcxb] [rounds]</c>.
/// </summary>
internal static class ExtractionPhaseProfiler
{
    private static readonly string[] Phases = ["decode", "parse (tokenize + tree)", "classify roles", "find container", "metadata", "render text + NFC", "comments"];

    public static int Run(string[] args)
    {
        var which = args.Length > 0 ? args[0] : "generated";
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var set = which == "wcxb" ? ExtractionPageSet.Wcxb : ExtractionPageSet.Generated;
        if (set is null)
        {
            Console.Error.WriteLine("../shared/data/wcxb-dev-articles is absent; nothing to profile.");
            return 1;
        }

        var times = new double[Phases.Length];
        var whole = 0.0;
        var extractor = new ArticleExtractor();
        for (var round = 0; round <= rounds; round++)
        {
            var measured = round > 0;
            foreach (var input in set.Inputs)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    extractor.Extract(input);
                }
                catch (ExtractionException)
                {
                    // Pages without text are timed like the rest.
                }

                if (measured)
                {
                    whole += watch.Elapsed.TotalMilliseconds;
                }

                ProfilePhases(input.Content.Span, measured ? times : new double[Phases.Length]);
            }
        }

        var pages = (double)set.Inputs.Length * rounds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set.Inputs.Length} pages ({which}), {rounds} rounds, average {set.AverageBytes / 1000:F0} KB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"whole Extract",-26} {whole / pages,8:F3} ms/page  {pages / (whole / 1000),7:F1} pages/s"));
        var sum = times.Sum();
        for (var i = 0; i < Phases.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Phases[i],-26} {times[i] / pages,8:F3} ms/page  {100 * times[i] / sum,5:F1} %"));
        }

        return 0;
    }

    private static void ProfilePhases(ReadOnlySpan<byte> content, double[] times)
    {
        var watch = Stopwatch.StartNew();
        var decoded = TextDecoder.Decode(content, declaredCharset: null, isHtml: true);
        times[0] += Lap(watch);
        var document = HtmlDocument.Parse(decoded.Text);
        times[1] += Lap(watch);
        var roles = ElementRoles.Classify(document);
        times[2] += Lap(watch);
        var container = ArticleContainerFinder.Find(document, roles);
        times[3] += Lap(watch);
        HtmlMetadataReader.Read(document, roles, container);
        times[4] += Lap(watch);
        _ = TextNormalization.ToNfc(HtmlTextRenderer.Render(document, roles, container)).Trim();
        times[5] += Lap(watch);
        CommentCollector.Collect(document, roles, container);
        times[6] += Lap(watch);
    }

    private static double Lap(Stopwatch watch)
    {
        var elapsed = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        return elapsed;
    }
}
