using NewsTrace.Documents;
using NewsTrace.Pipeline;

namespace NewsTrace.Text;

/// <summary>Writes the <see cref="Layers.Tokens"/> layer: the document text split by <see cref="Tokenizer"/>.</summary>
public sealed class TokenizerStage : IDocumentStage
{
    public string Name => "tokenize";

    public IReadOnlyList<LayerKey> Requires { get; } = [];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Tokens];

    public void Annotate(Document document, LayerWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        output.Add(Layers.Tokens, Tokenizer.Tokenize(document.Text));
    }
}
