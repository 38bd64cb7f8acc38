using System.Collections.Frozen;
using NewsTrace.Entities.Data;

namespace NewsTrace.Entities.CrossDocument;

/// <summary>
/// The word lists' names (countries, cities, organisations and their aliases) by cross-document key, so "U.N. Security
/// Council", "UNITED NATIONS" and "the Kremlin" find their canonical name even where the entity layer kept them as written.
/// Keys that two different canonical names share are left out rather than guessed.
/// </summary>
internal static class KnownNames
{
    public static FrozenDictionary<string, string> CanonicalByKey { get; } = Build();

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (alias, entry) in Gazetteer.Entries)
        {
            if (entry.Type == EntityTypes.Nationality)
            {
                continue;
            }

            var key = CrossDocumentNameKey.Of(alias);
            if (key.Length == 0)
            {
                continue;
            }

            map[key] = map.TryGetValue(key, out var existing) && !string.Equals(existing, entry.Canonical, StringComparison.Ordinal)
                ? null
                : entry.Canonical;
        }

        return map.Where(pair => pair.Value is not null).ToFrozenDictionary(pair => pair.Key, pair => pair.Value!, StringComparer.Ordinal);
    }
}
