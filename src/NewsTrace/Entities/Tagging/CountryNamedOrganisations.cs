using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// One capitalised word and a country or ocean: "Environment Canada", "Statistics Canada", "Air India", "Virgin Atlantic",
/// "Team Estonia" are agencies, airlines and teams, which the tagger reads as a person with the country for a surname (and then finds the "person"
/// again in every later "Canada"). Such a name becomes an organisation, except where the first word says otherwise:
/// <list type="bullet">
/// <item>a given name: "Michael Jordan", "Tom Holland" stay people;</item>
/// <item>a compass or region word, a kind of place or a nationality: "West Germany", "Northern Canada", "Mount Kenya",
/// "New Guinea", "Turkish Cyprus" are places;</item>
/// <item>a political or historical adjective, or a compound one: "Nazi Germany", "Soviet Russia", "US-led Pacific" are the country (the adjective a nationality
/// where it is one);</item>
/// <item>a preposition or adverb opening the sentence: "Unlike Canada, ..." is the country.</item>
/// </list>
/// Where only the country was found, the capitalised word right before it is taken in ("from Fisheries Canada").
/// Runs before <see cref="NamePropagation"/>, so the country alone is not taken for the organisation's surname.
/// </summary>
internal static class CountryNamedOrganisations
{
    private const int MaxChars = 48;

    private static readonly WordSet RegionWords = FrozenSet.ToFrozenSet(
    [
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater",
        "Mainland", "Metropolitan", "Continental", "Rural", "Coastal", "Inner", "Outer", "Northeast", "Northwest", "Southeast",
        "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern", "Atlantic", "Pacific", "Arctic",

        // Places named after a country ("Mount Kenya", "Lake Malawi", "Port Sudan", "New Guinea").
        "Mount", "Mt.", "Lake", "Cape", "Port", "Fort", "Gulf", "New", "Nova", "Little", "Great",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet CountryAdjectives = FrozenSet.ToFrozenSet(
    [
        "Nazi", "Soviet", "Communist", "Imperial", "Vichy", "Weimar", "Free", "Red", "Nationalist", "Fascist", "Modern",
        "Ancient", "Medieval", "Occupied", "Colonial", "Postwar", "Post-war", "Prewar", "Pre-war", "Independent", "Democratic",
        "Tsarist", "Czarist", "Islamic", "Christian", "Catholic", "Protestant", "Orthodox", "Republican", "Royal", "Federal",
        "Old", "Young", "Today's", "Contemporary", "Present-day", "Wartime", "Divided", "Reunified", "Unified", "Socialist",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised at a sentence's start, these words are no part of a name after them ("Unlike Canada").</summary>
    private static readonly WordSet OpeningWords = FrozenSet.ToFrozenSet(
    [
        "Unlike", "Like", "Across", "Inside", "Outside", "Beyond", "Including", "Beside", "Besides", "Against", "Toward",
        "Towards", "Within", "Throughout", "Via", "Except", "Given", "Unless", "Until", "Once", "Because", "Whereas", "Whether",
        "Amid", "Among", "Between", "Along", "Around", "Behind", "Below", "Above", "Near", "Over", "Past", "Through", "Upon",
        "Either", "Neither", "Only", "Even", "Just", "Perhaps", "Indeed", "Thus", "Hence", "Yesterday", "Today", "Tomorrow",
        "Tonight", "Overall", "Elsewhere", "Nearby", "Do", "Does", "Did", "Is", "Was", "Will", "Would", "Can", "Could", "Should",
        "Has", "Have", "Had", "Visit", "Welcome", "Leaving", "Entering", "Beat",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Countries, and the one-word continents and oceans ("Virgin Atlantic", "Air Asia"), with the type of each.</summary>
    private static readonly FrozenDictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> CountryLookup = Countries.Aliases
        .Select(pair => KeyValuePair.Create(pair.Key, new GazetteerEntry(EntityTypes.Geopolitical, pair.Value)))
        .Concat(Places.Regions.Where(region => !region.Contains(' ', StringComparison.Ordinal) && region != "Amazon")
            .Select(region => KeyValuePair.Create(region, new GazetteerEntry(EntityTypes.Location, region))))
        .ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
    {
        Span<char> surface = stackalloc char[MaxChars];
        for (var k = 0; k < merged.Count; k++)
        {
            var name = WithWordBefore(text, tokens, sentenceStarts, merged, merged[k], surface);
            var first = name.FirstToken;
            if (name.Type == EntityTypes.Nationality || name.LastToken == first || tokens[first].Kind != TokenKind.Word
                || !TokenText.IsCapitalised(text, tokens[first]) || !TokenText.OnSameLine(text, tokens[first], tokens[first + 1])
                || !TokenText.TryJoin(text, tokens, first + 1, name.LastToken, surface, out var written)
                || !CountryLookup.TryGetValue(surface[..written], out var country)
                || Gazetteer.Lookup.ContainsKey(TokenText.Join(text, tokens, first, name.LastToken)))
            {
                continue;
            }

            var word = TokenText.Of(text, tokens[first]);
            var opening = sentenceStarts[first] && (OpeningWords.Contains(word) || SentenceStarters.Contains(word));
            if (!opening && FirstNames.Contains(word))
            {
                continue;
            }

            if (!opening && Gazetteer.Lookup.TryGetValue(word, out var demonym) && demonym.Type == EntityTypes.Nationality)
            {
                // "Turkish Cyprus", "British Honduras": a place or the nationality and the country, never an organisation.
                if (name.Type is EntityTypes.Person or EntityTypes.Organization)
                {
                    merged[k] = name with { Type = EntityTypes.Geopolitical, Canonical = null };
                }
            }
            else if (!opening && RegionWords.Contains(word))
            {
                merged[k] = name with { Type = EntityTypes.Geopolitical, Canonical = null };
            }
            else if (opening || CountryAdjectives.Contains(word) || IsHyphenatedAdjective(word))
            {
                merged[k] = new NameCandidate(first + 1, name.LastToken, country.Type, country.Canonical, NameEvidence.Strong);
                if (Gazetteer.Lookup.TryGetValue(word, out var adjective) && adjective.Type == EntityTypes.Nationality)
                {
                    merged.Add(new NameCandidate(first, first, EntityTypes.Nationality, adjective.Canonical, NameEvidence.Strong));
                }
            }
            else
            {
                merged[k] = name with { Type = EntityTypes.Organization, Canonical = null };
            }
        }
    }

    /// <summary>
    /// "from Fisheries Canada" where only the country was found: the capitalised word nothing claimed right before it joins
    /// the name, unless a capitalised word comes before that one too (a headline in title case, "Trade Deal Hits Canada").
    /// </summary>
    private static NameCandidate WithWordBefore(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged, NameCandidate name, Span<char> surface)
    {
        var word = name.FirstToken - 1;
        if (word < 0 || name.Type == EntityTypes.Nationality || tokens[word].Kind != TokenKind.Word || !TokenText.IsCapitalised(text, tokens[word])
            || tokens[name.FirstToken].Start - tokens[word].End != 1
            || !TokenText.TryJoin(text, tokens, name.FirstToken, name.LastToken, surface, out var written) || !CountryLookup.ContainsKey(surface[..written])
            || MergedNames.At(merged, word) is not null || NameWords.NotNames.Contains(TokenText.Of(text, tokens[word]).ToString())
            || TokenText.LowerIn(NameWords.PersonTitles, text, tokens[word]))
        {
            return name;
        }

        var titleCase = !sentenceStarts[word] && word > 0 && tokens[word - 1].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[word - 1])
                        && TokenText.OnSameLine(text, tokens[word - 1], tokens[word]);
        return titleCase || TokenText.IsAcronym(text, tokens[word]) ? name : name with { FirstToken = word };
    }

    /// <summary>"US-led", "Paris-based", "Kremlin-backed": a compound adjective, not the first word of a name.</summary>
    private static bool IsHyphenatedAdjective(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && !word[(hyphen + 1)..].ContainsAnyInRange('A', 'Z');
    }
}
