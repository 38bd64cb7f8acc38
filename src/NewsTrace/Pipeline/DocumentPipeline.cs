using System.Collections.Immutable;
using NewsTrace.Documents;

namespace NewsTrace.Pipeline;

/// <summary>
/// An ordered, validated list of stages. Immutable and thread-safe: one instance serves every thread.
/// A stage that throws is recorded on that document and the stages that depend on it are skipped; the
/// document, and the batch, go on.
/// </summary>
public sealed class DocumentPipeline
{
    internal DocumentPipeline(ImmutableArray<IDocumentStage> stages) => Stages = stages;

    public ImmutableArray<IDocumentStage> Stages { get; }

    /// <summary>Every layer some stage of this pipeline produces.</summary>
    public IEnumerable<LayerKey> Produces => Stages.SelectMany(s => s.Produces);

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in Stages)
        {
            var missing = FirstMissing(stage, document);
            if (missing is not null)
            {
                document = document.WithFailure(new StageFailure(stage.Name, $"skipped: layer '{missing.Name}' is missing because an earlier stage failed", Skipped: true));
                continue;
            }

            var writer = new LayerWriter(stage);
            try
            {
                stage.Annotate(document, writer);
                var absent = stage.Produces.FirstOrDefault(key => !writer.Written.Any(w => w.Key.Equals(key)));
                if (absent is not null)
                {
                    throw new InvalidOperationException($"stage did not write its declared layer '{absent.Name}'");
                }
            }
#pragma warning disable CA1031 // A stage's bug must cost one document one layer, never the batch.
            catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                document = document.WithFailure(new StageFailure(stage.Name, $"{ex.GetType().Name}: {ex.Message}"));
                continue;
            }

            document = document.WithLayers(writer.Written);
        }

        return document;
    }

    /// <summary>
    /// Processes a stream of documents on <paramref name="degreeOfParallelism"/> threads, yielding them in input order.
    /// At most a bounded window of documents is in flight, so memory does not grow with the input.
    /// </summary>
    public IEnumerable<Document> ProcessAll(IEnumerable<Document> documents, int degreeOfParallelism = 0, CancellationToken cancellationToken = default)
        => OrderedParallel.Map(documents, Process, degreeOfParallelism, cancellationToken: cancellationToken);

    private static LayerKey? FirstMissing(IDocumentStage stage, Document document)
    {
        foreach (var key in stage.Requires)
        {
            if (!document.Has(key))
            {
                return key;
            }
        }

        return null;
    }
}
