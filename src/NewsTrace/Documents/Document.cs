using System.Collections.Immutable;
using NewsTrace.Pipeline;

namespace NewsTrace.Documents;

/// <summary>
/// One article: its extracted text, which never changes, plus typed annotation layers added by pipeline stages.
/// A document is immutable; adding a layer returns a new document, so one can be shared across threads freely.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<LayerKey, object> _layers;

    private Document(string id, string text, ArticleMetadata metadata, ImmutableDictionary<LayerKey, object> layers, ImmutableArray<StageFailure> failures)
    {
        Id = id;
        Text = text;
        Metadata = metadata;
        _layers = layers;
        Failures = failures;
    }

    /// <summary>Creates a document. The id is normally <see cref="DocumentId.FromContent"/> of the raw input.</summary>
    public Document(string id, string text, ArticleMetadata metadata)
        : this(id, text, metadata, ImmutableDictionary<LayerKey, object>.Empty, [])
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(metadata);
    }

    /// <summary>Stable id derived from the input content.</summary>
    public string Id { get; }

    /// <summary>The extracted text. Every span in every layer indexes this string.</summary>
    public string Text { get; }

    public ArticleMetadata Metadata { get; }

    /// <summary>Stages that threw or were skipped on this document, in pipeline order.</summary>
    public ImmutableArray<StageFailure> Failures { get; }

    /// <summary>The keys of the layers present.</summary>
    public IEnumerable<LayerKey> LayerKeys => _layers.Keys;

    public bool Has(LayerKey key) => _layers.ContainsKey(key);

    /// <summary>The layer, or throws when no stage produced it, saying why when a stage failed on this document.</summary>
    public T Get<T>(LayerKey<T> key)
        where T : notnull
        => TryGet(key, out var value) ? value : throw new InvalidOperationException($"Document {Id} has no '{key.Name}' layer{FailureNote()}.");

    /// <summary>" (stage 'quotes' failed: ...)" for each stage that failed or was skipped, so a missing layer names its cause.</summary>
    private string FailureNote()
        => Failures.IsEmpty
            ? string.Empty
            : " (" + string.Join("; ", Failures.Select(f => $"stage '{f.Stage}' {(f.Skipped ? "was skipped" : "failed")}: {f.Message}")) + ")";

    public bool TryGet<T>(LayerKey<T> key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
        where T : notnull
    {
        if (_layers.TryGetValue(key, out var boxed))
        {
            value = (T)boxed;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The layer, or <paramref name="fallback"/> when it is absent (for example because its stage failed).</summary>
    public T GetOrDefault<T>(LayerKey<T> key, T fallback)
        where T : notnull
        => TryGet(key, out var value) ? value : fallback;

    public Document WithLayer<T>(LayerKey<T> key, T value)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_layers.ContainsKey(key))
        {
            throw new InvalidOperationException($"Document {Id} already has a '{key.Name}' layer; layers are written once.");
        }

        return new Document(Id, Text, Metadata, _layers.Add(key, value), Failures);
    }

    internal Document WithLayers(IEnumerable<KeyValuePair<LayerKey, object>> layers)
    {
        var builder = _layers.ToBuilder();
        foreach (var (key, value) in layers)
        {
            if (!builder.TryAdd(key, value))
            {
                throw new InvalidOperationException($"Document {Id} already has a '{key.Name}' layer; layers are written once.");
            }
        }

        return new Document(Id, Text, Metadata, builder.ToImmutable(), Failures);
    }

    public Document WithFailure(StageFailure failure) => new(Id, Text, Metadata, _layers, Failures.Add(failure));

    public Document WithMetadata(ArticleMetadata metadata) => new(Id, Text, metadata, _layers, Failures);
}
