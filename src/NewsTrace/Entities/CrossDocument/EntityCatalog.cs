using System.Collections.Frozen;

namespace NewsTrace.Entities.CrossDocument;

/// <summary>The canonical entities of a corpus, and how the names written in each article map onto them.</summary>
public sealed class EntityCatalog
{
    private readonly FrozenDictionary<(string ArticleId, string Key), CanonicalEntity> _byArticleName;
    private readonly FrozenDictionary<string, CanonicalEntity> _byId;

    internal EntityCatalog(IReadOnlyList<CanonicalEntity> entities, IReadOnlyDictionary<(string ArticleId, string Key), CanonicalEntity> byArticleName)
    {
        Entities = entities;
        _byArticleName = byArticleName.ToFrozenDictionary();
        _byId = entities.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>Every entity: most articles first, then most mentions, then by name.</summary>
    public IReadOnlyList<CanonicalEntity> Entities { get; }

    /// <summary>
    /// The entity a user means: by id, by name (case-insensitive), or by an alias compared by cross-document key
    /// ("Sergei Lavrov" finds the entity named "Sergey Lavrov"); null when nothing matches.
    /// </summary>
    public CanonicalEntity? Find(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var trimmed = reference.Trim();
        if (_byId.TryGetValue(trimmed, out var byId))
        {
            return byId;
        }

        var byName = Entities.FirstOrDefault(e => string.Equals(e.Name, trimmed, StringComparison.OrdinalIgnoreCase));
        if (byName is not null)
        {
            return byName;
        }

        var key = CrossDocumentNameKey.Of(trimmed);
        return key.Length == 0
            ? null
            : Entities
                .Select(e => (Entity: e, Uses: e.Aliases.Where(a => CrossDocumentNameKey.Of(a.Name) == key).Sum(a => a.Count)))
                .Where(x => x.Uses > 0)
                .OrderByDescending(x => x.Uses)
                .Select(x => x.Entity)
                .FirstOrDefault();
    }

    /// <summary>
    /// The entity a name written in an article belongs to: the document layer's canonical name or a form the article
    /// uses (a quote's resolved speaker, an entity mention's canonical). Falls back to <see cref="Find"/> across the corpus.
    /// </summary>
    public CanonicalEntity? EntityOf(string articleId, string name)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(name);
        return _byArticleName.TryGetValue((articleId, CrossDocumentNameKey.Of(name)), out var entity) ? entity : null;
    }
}
