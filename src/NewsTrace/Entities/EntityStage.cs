using NewsTrace.Documents;
using NewsTrace.Pipeline;

namespace NewsTrace.Entities;

/// <summary>Writes the <see cref="Layers.Entities"/> layer: named entity mentions with their in-document canonical names.</summary>
public sealed class EntityStage : IDocumentStage
{
    public string Name => "entities";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Entities];

    public void Annotate(Document document, LayerWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        output.Add(Layers.Entities, EntityFinder.Find(document.Text, document.Get(Layers.Tokens), document.Get(Layers.Sentences)));
    }
}
