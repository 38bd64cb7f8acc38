using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using NewsTrace.Benchmarks;

// "phases" runs the stopwatch profile of extraction instead of BenchmarkDotNet.
if (args.Length > 0 && args[0] == "phases")
{
    return ExtractionPhaseProfiler.Run(args[1..]);
}

// "pages DIR" writes the generated benchmark pages to DIR, to look at them or run `newstrace extract` on them.
if (args.Length == 2 && args[0] == "pages")
{
    Directory.CreateDirectory(args[1]);
    var inputs = ExtractionPageSet.Generated.Inputs;
    for (var i = 0; i < inputs.Length; i++)
    {
        File.WriteAllBytes(Path.Combine(args[1], $"{inputs[i].Source}.html"), inputs[i].Content.ToArray());
    }

    return 0;
}

// "dedup-corpus OUT.jsonl TRUTH.tsv [N]" writes the dedup benchmark corpus (bench/dedup.sh runs it).
if (args.Length is 3 or 4 && args[0] == "dedup-corpus")
{
    var documents = args.Length == 4 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    new NewsTrace.Benchmarks.Dedup.DedupCorpusGenerator().Write(args[1], args[2], documents);
    return 0;
}

// "stories-corpus OUT.jsonl [N]" writes the incremental story benchmark's labelled stream (bench/stories.sh runs it).
if (args.Length is 2 or 3 && args[0] == "stories-corpus")
{
    var documents = args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    new StoryStreamGenerator().Write(args[1], documents);
    return 0;
}

// "entity-loop SECONDS" runs entities and quotes over the benchmark text until SECONDS pass, for a sampling profiler
// (`dotnet-trace collect -- dotnet bin/Release/net10.0/NewsTrace.Benchmarks.dll entity-loop 30`).
if (args.Length == 2 && args[0] == "entity-loop")
{
    var loop = new EntityQuoteBenchmarks();
    loop.Setup();
    var until = DateTime.UtcNow.AddSeconds(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    var passes = 0;
    while (DateTime.UtcNow < until)
    {
        loop.EntitiesAndQuotes();
        passes++;
    }

    Console.WriteLine($"{passes} passes; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; pause {GC.GetTotalPauseDuration().TotalSeconds:F1} s; heap {GC.GetTotalMemory(false) / 1_000_000} MB");
    return 0;
}

var benchmarks = typeof(Program).Assembly.GetTypes()
    .Where(type => type.GetMethods().Any(method => method.IsDefined(typeof(BenchmarkAttribute), inherit: false)))
    .ToList();
if (ExtractionPageSet.WcxbDirectory() is null)
{
    // The real pages are development data beside the repository; a user's clone runs every other benchmark.
    benchmarks.Remove(typeof(WcxbExtractionBenchmarks));
    Console.Error.WriteLine("Skipping WcxbExtractionBenchmarks: ../shared/data/wcxb-dev-articles is absent.");
}

BenchmarkSwitcher.FromTypes([.. benchmarks]).Run(args);
return 0;
