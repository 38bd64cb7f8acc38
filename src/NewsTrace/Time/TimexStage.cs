using NewsTrace.Documents;
using NewsTrace.Pipeline;

namespace NewsTrace.Time;

/// <summary>
/// Writes <see cref="Layers.Timexes"/> and <see cref="TimeLayers.DateAnomalies"/>: temporal expressions found by
/// <see cref="TimexTagger"/> and normalised against the document's publish date (its creation time).
/// </summary>
public sealed class TimexStage : IDocumentStage
{
    public string Name => "time";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Timexes, TimeLayers.DateAnomalies];

    public void Annotate(Document document, LayerWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var dct = document.Metadata.Published?.Date;
        var tagging = TimexTagger.Tag(document.Text, document.Get(Layers.Tokens), document.Get(Layers.Sentences), dct);
        output.Add(Layers.Timexes, tagging.Timexes);
        output.Add(TimeLayers.DateAnomalies, tagging.Anomalies);
    }
}
