using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Entities.Data;

/// <summary>All known names (countries and their aliases, cities, towns, natural features, demonyms, group names, organisations) keyed by their written form.</summary>
internal static class Gazetteer
{
    /// <summary>Known names keyed by surface form with single spaces and straight apostrophes ("Democratic People's Republic of Korea").</summary>
    public static FrozenDictionary<string, GazetteerEntry> Entries { get; } = Build();

    /// <summary>The longest known name, in words, bounding how far a lookup looks ahead.</summary>
    public static int MaxWords { get; } = Entries.Keys.Max(key => key.Split(' ').Length + 1);

    /// <summary>
    /// The first words of all known names (and "The"), so a lookup can skip words that start none; a possessive first word
    /// is its first token ("King" of "King's College London").
    /// </summary>
    public static WordSet FirstWords { get; } = Entries.Keys.Select(key => key.Split(' ')[0]).Select(word => word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word)
        .Append("The").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// First words of known names with a lower-case word inside that is no name connector ("Bosnia and Herzegovina",
    /// "Dar es Salaam", "Frankfurt an der Oder") or a possessive ("King's College London"), so a run of capitalised words
    /// may be carried across it.
    /// </summary>
    public static WordSet JoinedNameFirstWords { get; } = Entries.Keys
        .Where(key => key.Split(' ').Skip(1).Any(word => char.IsLower(word[0])))
        .Select(key => key.Split(' ')[0])
        .Concat(Entries.Keys.Where(key => key.Contains("'s ", StringComparison.Ordinal)).Select(key => key.Split(' ')[0][..^2]))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The same set looked up by a span.</summary>
    public static WordSet FirstWordLookup { get; } = FirstWords;

    /// <summary><see cref="JoinedNameFirstWords"/> looked up by a span.</summary>
    public static WordSet JoinedNameFirstWordLookup { get; } = JoinedNameFirstWords;

    /// <summary>The same dictionary looked up by a span, so probing does not allocate.</summary>
    public static FrozenDictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } = Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the words, as written, are a place the lists know (a country, region, city or other location).</summary>
    public static bool IsPlace(ReadOnlySpan<char> words) => Lookup.TryGetValue(words, out var entry) && entry.Type is EntityTypes.Geopolitical or EntityTypes.Location;

    /// <summary>
    /// Every known name with its entry, and every text a longer known name goes on from after a space ("New" and "New South"
    /// for "New South Wales") marked as continuing: a lookup that joins words one at a time asks once per word, and stops
    /// at words no known name goes on from, instead of trying every length up to the longest name.
    /// </summary>
    public static FrozenDictionary<string, (GazetteerEntry? Entry, bool Continues)>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup { get; } = BuildPrefixes().GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, (GazetteerEntry? Entry, bool Continues)> BuildPrefixes()
    {
        var map = new Dictionary<string, (GazetteerEntry? Entry, bool Continues)>(StringComparer.Ordinal);
        foreach (var (name, entry) in Entries)
        {
            map[name] = (entry, map.TryGetValue(name, out var known) && known.Continues);
            for (var space = name.IndexOf(' ', StringComparison.Ordinal); space > 0; space = name.IndexOf(' ', space + 1))
            {
                var prefix = name[..space];
                map[prefix] = (map.TryGetValue(prefix, out var seen) ? seen.Entry : null, true);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, GazetteerEntry> Build()
    {
        var map = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var (alias, canonical) in Organizations.Aliases)
        {
            map.TryAdd(alias, new GazetteerEntry(Organizations.SeatsOfGovernment.Contains(canonical) ? EntityTypes.Location : EntityTypes.Organization, canonical));
        }

        foreach (var (alias, canonical) in Countries.Aliases)
        {
            map[alias] = new GazetteerEntry(EntityTypes.Geopolitical, canonical);
        }

        foreach (var city in Countries.Cities)
        {
            map.TryAdd(city, new GazetteerEntry(EntityTypes.Geopolitical, city));
        }

        foreach (var (demonym, country) in Countries.Demonyms)
        {
            map.TryAdd(demonym, new GazetteerEntry(EntityTypes.Nationality, country));
        }

        foreach (var place in Places.Political)
        {
            map.TryAdd(place, new GazetteerEntry(EntityTypes.Geopolitical, place));
        }

        foreach (var region in Places.Regions)
        {
            map.TryAdd(region, new GazetteerEntry(EntityTypes.Location, region));
        }

        foreach (var town in WorldTowns.Towns)
        {
            map.TryAdd(town, new GazetteerEntry(EntityTypes.Geopolitical, town));
        }

        foreach (var feature in WorldTowns.Features)
        {
            map.TryAdd(feature, new GazetteerEntry(EntityTypes.Location, feature));
        }

        foreach (var ground in Places.Grounds)
        {
            map.TryAdd(ground, new GazetteerEntry(EntityTypes.Location, ground));
        }

        foreach (var group in GroupNames.Names)
        {
            map.TryAdd(group, new GazetteerEntry(EntityTypes.Nationality, group));
        }

        // American papers dot their initialisms ("the F.B.I.", "C.I.A. officers", "E.U. leaders"): each capitals-only
        // acronym of an organisation or country is known with dots too (an entry already written so is left as it is).
        foreach (var (name, entry) in map.Where(pair => IsPlainAcronym(pair.Key) && pair.Value.Type is EntityTypes.Organization or EntityTypes.Geopolitical).ToList())
        {
            map.TryAdd(string.Concat(name.Select(letter => $"{letter}.")), entry);
        }

        // Tokenised text writes the possessive apart ("McDonald 's", "Lloyd 's"): each name with one is known so too.
        foreach (var (name, entry) in map.Where(pair => pair.Key.Contains("'s", StringComparison.Ordinal)).ToList())
        {
            map.TryAdd(name.Replace("'s", " 's", StringComparison.Ordinal), entry);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Three to five capital letters and nothing else ("FBI", "NAACP"). Two dotted letters are as often a person's initials
    /// ("A.P. Carter"), so the two-letter ones the papers dot ("U.N.", "E.U.") are listed so.
    /// </summary>
    private static bool IsPlainAcronym(string name) => name.Length is >= 3 and <= 5 && name.All(char.IsAsciiLetterUpper);
}
