using NewsTrace.Documents;
using NewsTrace.Pipeline;

namespace NewsTrace.Quotes;

/// <summary>Writes the <see cref="Layers.Quotes"/> layer: direct, partial, reported, according-to and transcript quotations with their speakers.</summary>
public sealed class QuoteStage : IDocumentStage
{
    public string Name => "quotes";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Entities];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Quotes];

    public void Annotate(Document document, LayerWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        output.Add(Layers.Quotes, QuoteFinder.Find(document.Text, document.Get(Layers.Tokens), document.Get(Layers.Sentences), document.Get(Layers.Entities)));
    }
}
