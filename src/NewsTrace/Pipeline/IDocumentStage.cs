namespace NewsTrace.Pipeline;

/// <summary>
/// One per-document step of analysis. Stages are synchronous, CPU-only and stateless between documents
/// (any state is immutable and built at construction), so a pipeline can run them on many threads at once.
/// </summary>
public interface IDocumentStage
{
    /// <summary>A short, unique name used in errors and in the stage table of ARCHITECTURE.md.</summary>
    string Name { get; }

    /// <summary>Layers that must exist before this stage runs.</summary>
    IReadOnlyList<LayerKey> Requires { get; }

    /// <summary>Layers this stage adds. It must write each one exactly once.</summary>
    IReadOnlyList<LayerKey> Produces { get; }

    /// <summary>Reads <paramref name="document"/> and writes its layers to <paramref name="output"/>.</summary>
    void Annotate(Documents.Document document, LayerWriter output);
}
