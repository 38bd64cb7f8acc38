namespace NewsTrace.Pipeline;

/// <summary>Collects the layers one stage writes for one document, and refuses layers the stage did not declare.</summary>
public sealed class LayerWriter
{
    private readonly IDocumentStage _stage;
    private readonly List<KeyValuePair<LayerKey, object>> _written = [];

    internal LayerWriter(IDocumentStage stage) => _stage = stage;

    internal IReadOnlyList<KeyValuePair<LayerKey, object>> Written => _written;

    public void Add<T>(LayerKey<T> key, T value)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!_stage.Produces.Contains(key))
        {
            throw new InvalidOperationException($"Stage '{_stage.Name}' wrote layer '{key.Name}' it does not declare in Produces.");
        }

        if (_written.Exists(pair => pair.Key.Equals(key)))
        {
            throw new InvalidOperationException($"Stage '{_stage.Name}' wrote layer '{key.Name}' twice.");
        }

        _written.Add(new(key, value));
    }
}
