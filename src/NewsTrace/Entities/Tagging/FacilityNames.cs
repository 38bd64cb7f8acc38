using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Buildings and sites are places: "the Kennedy Space Center", "Adler Planetarium", "Museum of Flight", "Carnegie Hall",
/// "Wright-Patterson Air Force Base", "Fort Sherman". CoNLL-2003 and MUC put public places, structures and sites under
/// location, and so does GUM where they are places visited, but the tagger, having seen "Center", "Museum" and "Hall" end
/// organisation names, reads them as organisations (and the rules type "Ostrava Convention Centre" as a state). A name ending in a site word (or with it before "of": "Palace of
/// Westminster") becomes a location, and so does a run of capitalised words ending in one that nothing found. "Center"
/// counts only after a word naming what is housed there ("Space", "Convention", "Medical") or where the text puts a
/// two-word centre as a place visited ("at the Lincoln Center"): "Pew Research Center" and "Center for Strategic Studies"
/// are institutions. Known names and "Hall of Fame" are left alone, and so is a given name
/// with one more word ("Christopher Hall" is a man) unless "the" or a preposition of place comes before it. A role word left
/// at the end of the name ("Museum of Flight CEO") is cut off first.
/// </summary>
internal static class FacilityNames
{
    private static readonly WordSet SiteHeads = FrozenSet.ToFrozenSet(
    [
        "museum", "planetarium", "stadium", "stadion", "arena", "airport", "airfield", "aerodrome", "station", "bridge", "tower",
        "towers", "hall", "hotel", "base", "complex", "cathedral", "palace", "castle", "abbey", "mosque", "temple", "synagogue",
        "basilica", "chapel", "cemetery", "theatre", "theater", "zoo", "mall", "prison", "jail", "penitentiary", "racecourse",
        "velodrome", "pier", "dam", "lighthouse", "monument", "hospital", "infirmary", "gallery", "observatory", "embassy",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>What a "Center" or "Centre" houses when it is a building or site ("Space Center", "Convention Centre").</summary>
    private static readonly WordSet CentreModifiers = FrozenSet.ToFrozenSet(
    [
        "space", "convention", "trade", "medical", "shopping", "visitor", "visitors", "art", "arts", "community", "sports",
        "leisure", "conference", "exhibition", "cultural", "civic", "detention", "aquatic", "aquatics", "science", "financial",
        "congress", "events", "entertainment", "trauma", "cancer", "heritage",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet VisitPrepositions = FrozenSet.ToFrozenSet(
        ["at", "in", "inside", "outside", "near", "into", "to", "from"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordSet InstitutionWords = FrozenSet.ToFrozenSet(
    [
        "Research", "Policy", "Studies", "Study", "Information", "Law", "Legal", "Rights", "Data", "Resource", "Resources",
        "Development", "Education", "Security", "Justice", "Strategic", "Media", "Health", "Innovation", "Advocacy", "Peace",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that open the name of a site ("Fort Sherman", "Camp David", "Cape Canaveral", "Estadio Azteca", "Port Stephens").</summary>
    private static readonly WordSet SitePrefixes = FrozenSet.ToFrozenSet(
        ["Fort", "Ft.", "Camp", "Cape", "Estadio", "Stadio", "Mount", "Mt.", "Port"], StringComparer.Ordinal);

    /// <summary>Titles that sites are named with ("King Baudouin Stadium", "President Kennedy Airport").</summary>
    private static readonly WordSet SiteTitles = FrozenSet.ToFrozenSet(
        ["King", "Queen", "Prince", "Princess", "President", "General", "Emperor", "Sultan", "Sheikh", "Saint", "St", "St.", "Sir"],
        StringComparer.Ordinal);

    /// <summary>Roles that may be left at the end of a tagged organisation or site ("Museum of Flight CEO").</summary>
    private static readonly WordSet TrailingRoles = FrozenSet.ToFrozenSet(
    [
        "ceo", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "director", "curator", "president",
        "administrator", "chief", "manager", "official", "officials", "head",

        // "Labour MP", "Green MEPs": the party is the name, the member of parliament a role.
        "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "MLA", "MLAs", "MLC", "MLCs", "MPP", "MPPs", "MNA", "MNAs",

        // "Senate Majority Leader X": the chamber is the name, the majority's leader a role.
        "Majority", "Minority", "Speaker",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a name that put it where places go.</summary>
    private static readonly WordSet PlaceWordsBefore = FrozenSet.ToFrozenSet(
        ["the", "The", "at", "in", "into", "near", "outside", "inside", "from", "to"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = WithoutTrailingRole(text, tokens, merged[k]);
            if (IsSite(text, tokens, name))
            {
                name = name with { Type = EntityTypes.Location, Canonical = null };

                // "the King Baudouin Stadium", "Queen Alia Airport": a title the name rules left before a site is part of its name.
                if (name.FirstToken > 0 && TokenText.IsCapitalised(text, tokens[name.FirstToken - 1])
                    && SiteTitles.Contains(TokenText.Of(text, tokens[name.FirstToken - 1]).ToString())
                    && MergedNames.At(merged, name.FirstToken - 1) is null)
                {
                    name = name with { FirstToken = name.FirstToken - 1 };
                }
            }

            merged[k] = name;
        }

        AddUnclaimedSites(text, tokens, sentenceStarts, merged);
    }

    private static NameCandidate WithoutTrailingRole(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        var last = name.LastToken;
        if (name.Type is not (EntityTypes.Organization or EntityTypes.Location) || name.Canonical is not null || last - name.FirstToken < 1
            || !TrailingRoles.Contains(TokenText.Of(text, tokens[last])) || !TokenText.IsCapitalised(text, tokens[last - 1])
            || TokenText.Is(text, tokens[last - 1], "the") || TokenText.Is(text, tokens[last - 1], "vice"))
        {
            return name;
        }

        return name with { LastToken = last - 1 };
    }

    private static bool IsSite(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        if (name.Type is not (EntityTypes.Organization or EntityTypes.Person or EntityTypes.Geopolitical) || name.Canonical is not null)
        {
            return false;
        }

        // "Christopher Hall" is a man unless the text puts him where places go ("at the Albert Hall").
        if (name.LastToken == name.FirstToken + 1 && FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken]))
            && !(name.FirstToken > 0 && PlaceWordsBefore.Contains(TokenText.Of(text, tokens[name.FirstToken - 1]))))
        {
            return false;
        }

        var opensWithPrefix = name.LastToken > name.FirstToken && SitePrefixes.Contains(TokenText.Of(text, tokens[name.FirstToken]))
                              && !TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[name.LastToken]);
        return opensWithPrefix || SiteHeadAt(text, tokens, name.FirstToken, name.LastToken) >= 0;
    }

    /// <summary>Whether the words end in a site word ("... Space Museum", "... Rocket Center").</summary>
    public static bool EndsInSiteWord(string text, ImmutableArray<Token> tokens, int first, int last) => IsSiteWord(text, tokens, first, last);

    /// <summary>The site word that ends the name or stands before its "of" ("Museum of Flight"), or -1.</summary>
    private static int SiteHeadAt(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        for (var h = first; h <= last; h++)
        {
            var endsName = h == last || (TokenText.Is(text, tokens[h + 1], "of") && h + 1 < last);
            if (!endsName || !IsSiteWord(text, tokens, first, h))
            {
                continue;
            }

            // "Hall of Fame" is an honour, "International Space Station" a spacecraft.
            var ofFame = h + 2 <= last && TokenText.Is(text, tokens[h + 2], "Fame");
            var spaceStation = TokenText.Is(text, tokens[h], "Station") && h > first && TokenText.Is(text, tokens[h - 1], "Space");
            return ofFame || spaceStation ? -1 : h;
        }

        return -1;
    }

    private static bool IsSiteWord(string text, ImmutableArray<Token> tokens, int first, int h)
    {
        if (!TokenText.IsCapitalised(text, tokens[h]))
        {
            return false;
        }

        var word = TokenText.Of(text, tokens[h]);
        if (SiteHeads.Contains(word))
        {
            return true;
        }

        var centre = word.Equals("Center", StringComparison.OrdinalIgnoreCase) || word.Equals("Centre", StringComparison.OrdinalIgnoreCase);
        return centre && h > first && (CentreModifiers.Contains(TokenText.Of(text, tokens[h - 1])) || IsVisitedCentre(text, tokens, first, h));
    }

    /// <summary>
    /// "a gala at the Lincoln Center": a two-word centre after "the" and a preposition of place is the building, unless its
    /// first word says it studies or campaigns ("at the Pew Research Center" has three words; "the Policy Center" is left).
    /// </summary>
    private static bool IsVisitedCentre(string text, ImmutableArray<Token> tokens, int first, int h)
        => h == first + 1 && first >= 2 && TokenText.Is(text, tokens[first - 1], "the") && VisitPrepositions.Contains(TokenText.Of(text, tokens[first - 2]))
           && !InstitutionWords.Contains(TokenText.Of(text, tokens[first]));

    /// <summary>"Wright-Patterson Air Force Base" that neither the rules nor the tagger found: capitalised words ending in a site word.</summary>
    private static void AddUnclaimedSites(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
    {
        var cover = new NameCover(merged, tokens.Length);
        foreach (var last in CapitalisedTokens.Of(text, tokens))
        {
            if (last < 1 || tokens[last].Kind != TokenKind.Word || cover.IsHeld(last))
            {
                continue;
            }

            var first = last;
            while (first > 0 && last - first < 5 && tokens[first - 1].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[first - 1])
                   && TokenText.OnSameLine(text, tokens[first - 1], tokens[first]) && !cover.IsHeld(first - 1))
            {
                first--;
            }

            if (TokenText.Is(text, tokens[first], "the") || (sentenceStarts[first] && SentenceStarters.Contains(TokenText.Of(text, tokens[first]))))
            {
                first++;
            }

            var next = last + 1 < tokens.Length && tokens[last + 1].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[last + 1])
                       && TokenText.OnSameLine(text, tokens[last], tokens[last + 1]);
            if (first < last && !next && !IsAllCaps(text, tokens, first, last) && SiteHeadAt(text, tokens, first, last) == last)
            {
                var site = new NameCandidate(first, last, EntityTypes.Location, null, NameEvidence.Strong);
                merged.Add(site);
                cover.Add(site);
            }
        }
    }

    /// <summary>A headline in capitals ("HOSPITAL STAFF STRIKE") is no name.</summary>
    private static bool IsAllCaps(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (!TokenText.IsAcronym(text, tokens[i]))
            {
                return false;
            }
        }

        return true;
    }
}
