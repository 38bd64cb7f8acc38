using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Pipeline;
using NewsTrace.Quotes;
using NewsTrace.Time;

namespace NewsTrace.Reuse.Discrepancies;

/// <summary>The two documents of one discrepancy search with the layers it reads, fetched once.</summary>
internal sealed class DiscrepancyContext(Document original, Document copy)
{
    public Document Original { get; } = original;

    public Document Copy { get; } = copy;

    public ImmutableArray<Timex> OriginalTimexes { get; } = original.GetOrDefault(Layers.Timexes, []);

    public ImmutableArray<Timex> CopyTimexes { get; } = copy.GetOrDefault(Layers.Timexes, []);

    public ImmutableArray<DateAnomaly> OriginalAnomalies { get; } = original.GetOrDefault(TimeLayers.DateAnomalies, []);

    public ImmutableArray<DateAnomaly> CopyAnomalies { get; } = copy.GetOrDefault(TimeLayers.DateAnomalies, []);

    public ImmutableArray<EntityMention> OriginalEntities { get; } = original.GetOrDefault(Layers.Entities, []);

    public ImmutableArray<EntityMention> CopyEntities { get; } = copy.GetOrDefault(Layers.Entities, []);

    public ImmutableArray<TextSpan> OriginalQuotes { get; } = QuotedSpans(original);

    public ImmutableArray<TextSpan> CopyQuotes { get; } = QuotedSpans(copy);

    /// <summary>Words inside quote marks (direct and partial quotations): what someone is reported to have said verbatim.</summary>
    private static ImmutableArray<TextSpan> QuotedSpans(Document document)
        => [.. document.GetOrDefault(Layers.Quotes, [])
            .Where(q => q.Kind is QuoteKinds.Direct or QuoteKinds.Partial)
            .Select(q => q.Span)];
}
