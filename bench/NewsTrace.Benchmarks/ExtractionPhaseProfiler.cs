using System.Diagnostics;
using System.Globalization;
using NewsTrace.Extraction;
using NewsTrace.Extraction.Decoding;
using NewsTrace.Extraction.Html;
using NewsTrace.Extraction.Metadata;

namespace NewsTrace.Benchmarks;

/// <summary>
/// Where extraction time goes: runs each phase of <see cref="SimpleHtmlExtractor"/> over the whole page set before the
/// next (keeping the intermediate results), on one thread, after a warm-up round, and prints milliseconds per page by
/// phase. It reports process CPU time beside wall time because the machine is shared: other processes stretch wall
/// time, not the CPU time this one uses. Run with <c>dotnet run -c Release -- phases [generated|wcxb] [rounds]</c>.
/// </summary>
internal static class ExtractionPhaseProfiler
{
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

        var inputs = set.Inputs;
        var n = inputs.Length;
        var decoded = new string[n];
        var documents = new HtmlDocument[n];
        var roles = new ElementRoles[n];
        var containers = new int[n];
        var extractor = new ArticleExtractor();
        (string Name, Action<int> Run)[] phases =
        [
            ("whole Extract", i => ExtractIgnoringEmpty(extractor, inputs[i])),
            ("decode", i => decoded[i] = TextDecoder.Decode(inputs[i].Content.Span, declaredCharset: null, isHtml: true).Text),
            ("parse (tokenize + tree)", i => documents[i] = HtmlDocument.Parse(decoded[i])),
            ("classify roles", i => roles[i] = ElementRoles.Classify(documents[i])),
            ("find container", i => containers[i] = ArticleContainerFinder.Find(documents[i], roles[i])),
            ("metadata", i => HtmlMetadataReader.Read(documents[i], roles[i], containers[i])),
            ("render text + NFC", i => _ = TextNormalization.ToNfc(HtmlTextRenderer.Render(documents[i], roles[i], containers[i]))),
            ("comments", i => CommentCollector.Collect(documents[i], roles[i], containers[i])),
        ];

        var wall = new double[phases.Length];
        var cpu = new double[phases.Length];
        for (var round = 0; round <= rounds; round++)
        {
            for (var p = 0; p < phases.Length; p++)
            {
                var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < n; i++)
                {
                    phases[p].Run(i);
                }

                if (round > 0)
                {
                    wall[p] += watch.Elapsed.TotalMilliseconds;
                    cpu[p] += (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMilliseconds;
                }
            }
        }

        var pages = (double)n * rounds;
        var phaseCpu = cpu.Skip(1).Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} pages ({which}), {rounds} rounds, average {set.AverageBytes / 1000:F0} KB; ms per page"));
        Console.WriteLine($"{"phase",-26} {"wall",8} {"cpu",8} {"share",7}");
        for (var p = 0; p < phases.Length; p++)
        {
            var share = p == 0 ? "" : (100 * cpu[p] / phaseCpu).ToString("F1", CultureInfo.InvariantCulture) + " %";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phases[p].Name,-26} {wall[p] / pages,8:F3} {cpu[p] / pages,8:F3} {share,7}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole Extract: {pages / (cpu[0] / 1000):F0} pages/s per core by CPU time, {pages / (wall[0] / 1000):F0} by wall time"));
        return 0;
    }

    private static void ExtractIgnoringEmpty(ArticleExtractor extractor, NewsTrace.Ingest.RawInput input)
    {
        try
        {
            extractor.Extract(input);
        }
        catch (ExtractionException)
        {
            // Pages without text are timed like the rest.
        }
    }
}
