using NewsTrace.Documents;
using NewsTrace.Pipeline;

namespace NewsTrace.Tests.Fakes;

/// <summary>A test stage that writes a string layer, or throws on documents whose text contains a trigger word.</summary>
internal sealed class RecordingStage(string name, LayerKey<string> produces, LayerKey<string>[]? requires = null, string? throwOn = null) : IDocumentStage
{
    public string Name => name;

    public IReadOnlyList<LayerKey> Requires { get; } = requires ?? [];

    public IReadOnlyList<LayerKey> Produces { get; } = [produces];

    public void Annotate(Document document, LayerWriter output)
    {
        if (throwOn is not null && document.Text.Contains(throwOn, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"cannot handle '{throwOn}'");
        }

        output.Add(produces, $"{name}:{document.Text.Length}");
    }
}
