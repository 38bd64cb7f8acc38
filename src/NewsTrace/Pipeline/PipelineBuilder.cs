namespace NewsTrace.Pipeline;

/// <summary>
/// Assembles stages into a <see cref="DocumentPipeline"/>, checking that every stage's requirements are produced
/// by a stage before it and that no two stages produce the same layer.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentStage> _stages = [];

    public PipelineBuilder Add(IDocumentStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Validates the order and returns an immutable, thread-safe pipeline.</summary>
    /// <exception cref="PipelineConfigurationException">A requirement is unmet, or a layer or stage name is duplicated.</exception>
    public DocumentPipeline Build()
    {
        var produced = new Dictionary<LayerKey, string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            if (!names.Add(stage.Name))
            {
                throw new PipelineConfigurationException($"Two stages are named '{stage.Name}'.");
            }

            foreach (var required in stage.Requires)
            {
                if (!produced.ContainsKey(required))
                {
                    var later = _stages.Find(s => s.Produces.Contains(required));
                    var hint = later is null ? "no stage produces it" : $"stage '{later.Name}' produces it but comes later";
                    throw new PipelineConfigurationException($"Stage '{stage.Name}' requires layer '{required.Name}', but {hint}.");
                }
            }

            foreach (var layer in stage.Produces)
            {
                if (!produced.TryAdd(layer, stage.Name))
                {
                    throw new PipelineConfigurationException($"Layer '{layer.Name}' is produced by both '{produced[layer]}' and '{stage.Name}'.");
                }
            }
        }

        return new DocumentPipeline([.. _stages]);
    }
}
