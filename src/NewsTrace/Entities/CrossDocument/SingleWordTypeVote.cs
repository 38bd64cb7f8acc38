namespace NewsTrace.Entities.CrossDocument;

/// <summary>
/// One-word names ("Tevania") that the corpus reads as a place often enough become that place everywhere. The
/// per-document layer sometimes reads an unfamiliar place as a surname where its own text gives no clue, and every
/// such document would otherwise leave a stray "person" of that name beside the place. Names of two or more words
/// keep their types: "Jordan Peele" is not outvoted by Jordan the country.
/// </summary>
internal static class SingleWordTypeVote
{
    public static void Apply(List<EntityObservation> observations)
    {
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var observation in observations)
        {
            if (IsSingleWordName(observation))
            {
                var key = CrossDocumentNameKey.Of(observation.DocumentName);
                if (!votes.TryGetValue(key, out var byType))
                {
                    votes[key] = byType = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                byType[observation.Type] = byType.GetValueOrDefault(observation.Type) + observation.Count;
            }
        }

        for (var i = 0; i < observations.Count; i++)
        {
            var observation = observations[i];
            if (!IsSingleWordName(observation) || !votes.TryGetValue(CrossDocumentNameKey.Of(observation.DocumentName), out var byType))
            {
                continue;
            }

            // A place reading comes from the text ("in Tevania") or a gazetteer, a one-word person reading from the
            // word's shape alone: so a name moves from person to place when a real share of its readings say place,
            // and never the other way.
            if (observation.Type != EntityTypes.Person)
            {
                continue;
            }

            var places = byType.Where(pair => pair.Key is EntityTypes.Geopolitical or EntityTypes.Location).ToList();
            if (places.Count == 0)
            {
                continue;
            }

            var (place, count) = places.MaxBy(pair => pair.Value);
            if (count * 4 >= byType.Values.Sum())
            {
                observations[i] = observation with { Type = place };
            }
        }
    }

    private static bool IsSingleWordName(EntityObservation observation)
        => observation.Kind == AliasKind.Name && observation.DocumentName.Length > 0 && !observation.DocumentName.Contains(' ', StringComparison.Ordinal);
}
