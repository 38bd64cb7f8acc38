using NewsTrace.Documents;
using NewsTrace.Evaluation;
using NewsTrace.Ingest;

namespace NewsTrace.Benchmarks;

/// <summary>Pages for the extraction benchmarks, as the ingest pipeline hands them to the extractor (HTML bytes, URL, content id).</summary>
internal sealed class ExtractionPageSet
{
    /// <summary>How many pages the generated set holds; one benchmark operation is one page.</summary>
    public const int GeneratedCount = 40;

    /// <summary>Every n-th page of the WCXB dev set is used, so one benchmark invocation stays well under a second per page batch.</summary>
    public const int WcxbStride = 10;

    private static readonly Lazy<ExtractionPageSet> GeneratedSet = new(() => new ExtractionPageSet(
        NewsPageGenerator.Generate(GeneratedCount).Select((page, i) => Input($"generated-{i:000}", page, url: null)).ToArray()));

    private static readonly Lazy<ExtractionPageSet?> WcxbSet = new(LoadWcxb);

    private ExtractionPageSet(RawInput[] inputs)
    {
        Inputs = inputs;
        AverageBytes = inputs.Length == 0 ? 0 : inputs.Average(input => (double)input.Content.Length);
    }

    public RawInput[] Inputs { get; }

    public double AverageBytes { get; }

    public static ExtractionPageSet Generated => GeneratedSet.Value;

    /// <summary>The sample of ../shared/data/wcxb-dev-articles, or null where that folder is absent (as in a user's clone).</summary>
    public static ExtractionPageSet? Wcxb => WcxbSet.Value;

    public static string? WcxbDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsTrace.slnx")))
        {
            directory = directory.Parent;
        }

        var path = directory is null ? null : Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data", "wcxb-dev-articles"));
        return path is not null && Directory.Exists(Path.Combine(path, "ground-truth")) ? path : null;
    }

    private static ExtractionPageSet? LoadWcxb()
    {
        var path = WcxbDirectory();
        if (path is null)
        {
            return null;
        }

        var pages = LabelledSetReader.Read(path).Where((_, i) => i % WcxbStride == 0);
        return new ExtractionPageSet([.. pages.Select(page => Input(page.FileId, page.Html.ToArray(), page.Url))]);
    }

    private static RawInput Input(string source, byte[] html, string? url)
        => new(source, DocumentId.FromContent(html), html, InputFormat.Html, DeclaredCharset: null, new ArticleMetadata { Source = source, Url = url });
}
