namespace NewsTrace.Pipeline;

/// <summary>A layer key that also fixes the layer's value type, so stages read and write layers without casts.</summary>
public sealed class LayerKey<T> : LayerKey
    where T : notnull
{
    public LayerKey(string name)
        : base(name, typeof(T))
    {
    }
}
