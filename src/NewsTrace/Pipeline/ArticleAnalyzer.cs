using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Extraction;
using NewsTrace.Ingest;

namespace NewsTrace.Pipeline;

/// <summary>
/// Extracts one raw input into a document and runs the pipeline over it. Thread-safe; never throws for a bad
/// input: every failure becomes a <see cref="ProcessedInput"/> with a specific reason.
/// </summary>
public sealed class ArticleAnalyzer(IArticleExtractor extractor, DocumentPipeline pipeline)
{
    /// <summary>Document creation time that overrides the publish date of every input (the user's --dct).</summary>
    public PublishDate? DocumentCreationTime { get; init; }

    public ProcessedInput Process(IngestItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item switch
        {
            InputError error => ProcessedInput.Failed(error.Source, error.Reason),
            KnownInput known => new ProcessedInput(known.Source, ProcessedInputStatus.AlreadyKnown) { Id = known.Id, RecordId = known.RecordId, Bytes = known.Bytes },
            RawInput raw => Process(raw),
            _ => ProcessedInput.Failed(item.Source, $"unsupported input item {item.GetType().Name}"),
        };
    }

    public ProcessedInput Process(RawInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Article article;
        try
        {
            article = extractor.Extract(input);
        }
        catch (ExtractionException ex)
        {
            return ProcessedInput.Failed(input.Source, ex.Message, input.Content.Length);
        }
#pragma warning disable CA1031 // An extractor bug on one page must not stop the batch; it is reported as that page's error.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return ProcessedInput.Failed(input.Source, $"extraction failed unexpectedly: {ex.GetType().Name}: {ex.Message}", input.Content.Length);
        }

        var metadata = DocumentCreationTime is { } dct ? article.Metadata with { Published = dct } : article.Metadata;
        var document = pipeline.Process(new Document(input.Id, article.Text, metadata));
        return new ProcessedInput(input.Source, ProcessedInputStatus.Analyzed)
        {
            Id = input.Id,
            Document = document,
            Comments = article.Comments,
            Warnings = Merge(input.Warnings, article.Warnings),
            Bytes = input.Content.Length,
        };
    }

    /// <summary>Processes a stream of inputs on all cores, in input order, with bounded memory.</summary>
    public IEnumerable<ProcessedInput> ProcessAll(IEnumerable<IngestItem> items, int degreeOfParallelism = 0, CancellationToken cancellationToken = default)
        => ProcessAll(items, degreeOfParallelism, 0, cancellationToken);

    /// <summary>As above, with at most <paramref name="readAhead"/> inputs in flight (four per core when 0).</summary>
    public IEnumerable<ProcessedInput> ProcessAll(IEnumerable<IngestItem> items, int degreeOfParallelism, int readAhead, CancellationToken cancellationToken = default)
        => OrderedParallel.Map(items, Process, degreeOfParallelism, readAhead, cancellationToken);

    internal static ImmutableArray<string> Merge(ImmutableArray<string> first, ImmutableArray<string> second)
        => first.IsDefaultOrEmpty ? second : second.IsDefaultOrEmpty ? first : first.AddRange(second);
}
