namespace NewsTrace.Pipeline;

/// <summary>Names a kind of annotation layer. Keys compare by name, so a layer is unique per document.</summary>
public abstract class LayerKey : IEquatable<LayerKey>
{
    protected LayerKey(string name, Type valueType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        ValueType = valueType;
    }

    public string Name { get; }

    public Type ValueType { get; }

    public bool Equals(LayerKey? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as LayerKey);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    public override string ToString() => Name;
}
