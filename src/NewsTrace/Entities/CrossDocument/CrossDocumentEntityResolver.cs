using NewsTrace.Documents;
using NewsTrace.Storage;

namespace NewsTrace.Entities.CrossDocument;

/// <summary>
/// Builds one canonical entity per real person, organisation or place across a corpus from the per-article
/// <c>entities</c> (and <c>quotes</c>, for descriptions of speakers) layers. Add every analysed article, then
/// <see cref="Resolve"/> with the user decisions from the store: the automatic grouping (<see cref="AutomaticGrouping"/>)
/// is recomputed each time and the decisions are applied on top of it, so they survive re-ingest.
/// </summary>
public sealed class CrossDocumentEntityResolver
{
    private readonly List<EntityObservation> _observations = [];
    private readonly List<AcronymDefinition> _definitions = [];

    /// <summary>Reads one analysed article; only its entities and quotes layers are kept, not its text.</summary>
    public void Add(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _observations.AddRange(ObservationReader.Read(document, _definitions));
    }

    /// <summary>Groups everything added so far into canonical entities, then applies <paramref name="decisions"/> in order.</summary>
    public EntityCatalog Resolve(IEnumerable<EntityDecision>? decisions = null)
    {
        SingleWordTypeVote.Apply(_observations);
        var groups = AutomaticGrouping.Group(_observations, _definitions).Select(members => new EntityGroup(members)).ToList();
        if (decisions is not null)
        {
            DecisionApplier.Apply(_observations, groups, decisions.OrderBy(d => d.Sequence));
        }

        var entities = new List<CanonicalEntity>(groups.Count);
        var byArticleName = new Dictionary<(string, string), CanonicalEntity>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var entity = EntitySummarizer.Summarize(_observations, group);
            if (!ids.Add(entity.Id))
            {
                // Two groups with one canonical name (a split, or namesakes): the second is told apart by its first article.
                // Three or more can share that too (name keys drop digits, so article ids like "a1" and "a4" meet):
                // a counter after the id settles the rest.
                var distinct = EntitySummarizer.IdOf(entity.Type, entity.Name + "|" + entity.ArticleIds[0] + "|" + entity.Aliases[0].Name);
                entity = entity with { Id = distinct };
                for (var n = 2; !ids.Add(entity.Id); n++)
                {
                    entity = entity with { Id = distinct + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                }
            }

            entities.Add(entity);
            foreach (var member in group.Members)
            {
                var observation = _observations[member];
                byArticleName.TryAdd((observation.ArticleId, observation.NameKey), entity);
                if (observation.Kind != AliasKind.Description)
                {
                    byArticleName.TryAdd((observation.ArticleId, CrossDocumentNameKey.Of(observation.Surface)), entity);
                }
            }
        }

        entities.Sort((a, b) =>
        {
            var order = b.ArticleCount.CompareTo(a.ArticleCount);
            order = order != 0 ? order : b.MentionCount.CompareTo(a.MentionCount);
            return order != 0 ? order : string.CompareOrdinal(a.Name, b.Name);
        });
        return new EntityCatalog(entities, byArticleName);
    }
}
