using NewsTrace.Documents;
using NewsTrace.Pipeline;

namespace NewsTrace.Text;

/// <summary>Writes the <see cref="Layers.Sentences"/> layer with <see cref="SentenceSplitter"/>, reusing the document's tokens.</summary>
public sealed class SentenceStage : IDocumentStage
{
    public string Name => "sentences";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Sentences];

    public void Annotate(Document document, LayerWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var tokens = document.Get(Layers.Tokens);
        output.Add(Layers.Sentences, SentenceSplitter.Split(document.Text, tokens.AsSpan()));
    }
}
