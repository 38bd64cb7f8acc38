using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Corrects single-word names the tagger read as people when the same document puts them where only places go:
/// "talks in Velgrad", "flew into Dorvan", "the province of Khorasan", "provinces such as Khovd", "the road to Argun",
/// "the Cenepa river", and beside a known place in a list ("Zakho and Dohuk", "Ostrava and Opava"). A name it has never
/// seen gets its type from the word's shape, and an invented or rare town looks like a surname; the document's own usage
/// is better evidence than the shape. "to" and "from" alone are left out on purpose ("spoke to Kostandin" and "a letter
/// from Velichko" name people), and so is "camp" after a name ("the Dole camp" is a campaign).
/// </summary>
internal static partial class PlaceContext
{
    private static readonly WordSet Prepositions = FrozenSet.ToFrozenSet(["in", "into", "near", "across", "outside", "inside", "via", "towards", "through", "around"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns before "of", "such as" or "like" that name what follows as a place ("the town of Opava").</summary>
    private static readonly WordSet PlaceNounsBefore = FrozenSet.ToFrozenSet(
    [
        "province", "provinces", "region", "regions", "district", "districts", "town", "towns", "city", "cities", "village",
        "villages", "county", "counties", "municipality", "prefecture", "oblast", "governorate", "port", "island", "islands",
        "suburb", "suburbs", "outskirts", "capital", "valley", "border", "republic", "states", "stronghold", "strongholds", "enclave",
        "resort", "township", "hamlet", "commune",

        // "west of Avila", "the south of France": a direction from a place.
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
        "south-east", "south-west",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Ways of travelling before "to" that make what follows a place ("the road to Argun"), where "to" alone may name a person.</summary>
    private static readonly WordSet RouteNouns = FrozenSet.ToFrozenSet(
    [
        "road", "roads", "route", "routes", "highway", "highways", "motorway", "railway", "railways", "railroad", "flight",
        "flights", "train", "trains", "bus", "buses", "ferry", "ferries", "pipeline", "corridor",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>People described by where they come from ("a teacher from Shali", "refugees from Zvornik").</summary>
    private static readonly WordSet PeopleFrom = FrozenSet.ToFrozenSet(
    [
        "teacher", "teachers", "refugee", "refugees", "farmer", "farmers", "resident", "residents", "villager", "villagers", "native",
        "student", "students", "worker", "workers", "fisherman", "fishermen", "pensioner", "pensioners", "trader", "traders",
        "shopkeeper", "nurse", "doctor", "priest", "man", "woman", "men", "women", "pilgrims", "migrants",

        // "a Green councillor from Nowa Huta": an elected member is described by the place that elected them.
        "councillor", "councillors", "senator", "senators", "deputy", "deputies", "lawmaker", "lawmakers", "legislator", "legislators",
        "MP", "MPs", "MLA", "MLAs", "congressman", "congresswoman", "delegate", "delegates", "assemblyman", "assemblywoman",
    ], StringComparer.Ordinal);

    /// <summary>Journeys that run "from" one place "to" another ("a 188-km ride", "the stage", "a flight").</summary>
    private static readonly WordSet JourneyNouns = FrozenSet.ToFrozenSet(
        ["ride", "stage", "leg", "trip", "journey", "drive", "march", "trek", "run", "walk", "voyage", "crossing", "race", "route", "road", "flight", "flights", "train"],
        StringComparer.Ordinal);

    /// <summary>True when token <paramref name="i"/> is a journey's noun, or a distance ("188-km", "120 km").</summary>
    private static bool IsJourney(string text, ImmutableArray<Token> tokens, int i)
    {
        var word = TokenText.Of(text, tokens[i]);
        return JourneyNouns.Contains(word) || word.EndsWith("km", StringComparison.Ordinal) || word is "kilometres" or "kilometers" or "miles";
    }

    /// <summary>Lower-case nouns after a name that make it a place ("Khovd province").</summary>
    private static readonly WordSet PlaceNounsAfter = FrozenSet.ToFrozenSet(
        ["province", "region", "district", "county", "prefecture", "oblast", "border"], StringComparer.Ordinal);

    /// <summary>Lower-case nouns after a name that make it a natural feature, a location but no state ("the Cenepa river").</summary>
    private static readonly WordSet FeatureNounsAfter = FrozenSet.ToFrozenSet(
    [
        "river", "valley", "delta", "basin", "gorge", "plain", "plateau", "highlands", "mountains", "hills", "lake", "canal",
        "strait", "peninsula", "airport", "prison", "jail", "sanatorium", "monastery", "stadium", "crossing", "tunnel", "dam", "reservoir", "glacier", "oasis",
        "mine", "mines", "oilfield", "oilfields", "refinery", "smelter", "rivers", "lakes", "dams", "camps",
    ], StringComparer.Ordinal);

    private static readonly WordSet SpeechVerbs = FrozenSet.ToFrozenSet(["said", "says", "told", "added", "asked", "replied", "insisted", "warned"], StringComparer.Ordinal);
    internal static readonly WordSet PrepositionLookup = Prepositions;

    /// <summary>Saints' names and "port" or "city" that open a place's name in Spanish and Portuguese ("San Isidro", "Santa Rosa", "Sao Paulo", "Puerto Asis").</summary>
    private static readonly WordSet SaintWords =
        FrozenSet.ToFrozenSet(["San", "Santa", "Santo", "Sao", "São", "Puerto", "Ciudad"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Retype(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, LowerCaseWordSet lowerCaseWords)
    {
        // "the San Isidro residence": a person's reading of a saint's place name.
        for (var k = 0; k < merged.Count; k++)
        {
            if (merged[k].Type == EntityTypes.Person && merged[k].LastToken > merged[k].FirstToken && !BeforeFeatureNoun(text, tokens, merged[k].LastToken)
                && SaintWords.Contains(TokenText.Of(text, tokens[merged[k].FirstToken])))
            {
                merged[k] = merged[k] with { Type = EntityTypes.Geopolitical, Canonical = null };
            }
        }

        HashSet<string>? places = null;
        HashSet<string>? namedByNoun = null;
        HashSet<string>? features = null;
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            if (i < 1 || tokens[i].Kind != TokenKind.Word || IsPossessive(text, tokens, i))
            {
                continue;
            }

            if (BeforeFeatureNoun(text, tokens, i))
            {
                // A place noun outweighs the tagger's organisation too ("the Ozama river"); a preposition only its person.
                (features ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Of(text, tokens[i]).ToString());
            }
            else if (AfterPlaceNoun(text, tokens, i) || BeforePlaceNoun(text, tokens, i))
            {
                (namedByNoun ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Of(text, tokens[i]).ToString());
            }
            else if (PrepositionLookup.Contains(TokenText.Of(text, tokens[i - 1])) || IsHeldOrOccupied(TokenText.Of(text, tokens[i - 1])))
            {
                // "rebel-held Kilinochchi", "Israeli-occupied Hebron": ground someone holds is a place.
                (places ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Of(text, tokens[i]).ToString());
            }
        }

        if (places is not null)
        {
            RetypeAll(text, tokens, merged, places, IsLonePerson);
        }

        if (features is not null)
        {
            RetypeAll(text, tokens, merged, features, candidate => IsLonePerson(candidate) || IsLoneOrganisation(candidate), EntityTypes.Location);
        }

        // Then the same positions where nothing was found at all.
        UnfoundPlaces.AddAfterPrepositions(text, tokens, merged, lowerCaseWords);
        UnfoundPlaces.AddBeforeFeatureNouns(text, tokens, merged);

        if (namedByNoun is not null)
        {
            RetypeAll(text, tokens, merged, namedByNoun, candidate => IsLonePerson(candidate) || IsLoneOrganisation(candidate));
        }

        RetypeLongerNames(text, tokens, merged);
        UnfoundPlaces.AddBeforePlaceNouns(text, tokens, merged);
        UnfoundPlaces.AddAfterPlaceNouns(text, tokens, merged);

        // A list that names a known place lists places: each pass reaches one more item ("Ostrava, Opava and Krnov").
        // Retyping moves no name, so the order by position is taken once for all passes.
        var ordered = OrderedByPosition(merged);
        for (var pass = 0; pass < 3; pass++)
        {
            var listed = ListedWithPlaces(text, tokens, merged, ordered);
            if (listed is null)
            {
                return;
            }

            RetypeAll(text, tokens, merged, listed, IsLonePerson);
        }
    }

    private static void RetypeAll(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, HashSet<string> places, Func<NameCandidate, bool> retypes, string type = EntityTypes.Geopolitical)
    {
        var lookup = places.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < merged.Count; k++)
        {
            var candidate = merged[k];
            if (retypes(candidate) && lookup.Contains(TokenText.Of(text, tokens[candidate.FirstToken])))
            {
                merged[k] = candidate with { Type = type };
            }
        }
    }

    /// <summary>"Cagayan province": a lower-case place noun right after the word (for names nothing found).</summary>
    internal static bool BeforeProvinceNoun(string text, ImmutableArray<Token> tokens, int i) => BeforePlaceNoun(text, tokens, i);

    /// <summary>A one-word person name nothing else vouches for (no gazetteer entry, no full name it stands for).</summary>
    private static bool IsLonePerson(NameCandidate candidate)
        => candidate.Type == EntityTypes.Person && candidate.Canonical is null && candidate.FirstToken == candidate.LastToken;

    private static bool IsLoneOrganisation(NameCandidate candidate)
        => candidate.Type == EntityTypes.Organization && candidate.Canonical is null && candidate.FirstToken == candidate.LastToken;

    /// <summary>
    /// Lone person names joined by "and", "or" or a comma to a place name ("Zakho and Dohuk"), or null; not a name the
    /// document has speak ("Obasanjo said"), which a list of places and people ("Lagos and Obasanjo") would otherwise turn.
    /// </summary>
    private static HashSet<string>? ListedWithPlaces(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int[] ordered)
    {
        HashSet<string>? listed = null;
        for (var k = 1; k < ordered.Length; k++)
        {
            var (left, right) = (merged[ordered[k - 1]], merged[ordered[k]]);
            if (!IsJoinedInList(text, tokens, left.LastToken, right.FirstToken))
            {
                continue;
            }

            var lone = IsPlace(left) && IsLonePerson(right) ? right : IsPlace(right) && IsLonePerson(left) ? left : (NameCandidate?)null;
            if (lone is { } person && !Speaks(text, tokens, TokenText.Of(text, tokens[person.FirstToken])))
            {
                (listed ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Of(text, tokens[person.FirstToken]).ToString());
            }
        }

        return listed;
    }

    /// <summary>The indices of <paramref name="merged"/> in the order of the names' first tokens, ties in list order (a stable sort).</summary>
    private static int[] OrderedByPosition(List<NameCandidate> merged)
    {
        var order = new int[merged.Count];
        var keys = new long[merged.Count];
        for (var k = 0; k < order.Length; k++)
        {
            order[k] = k;
            keys[k] = ((long)merged[k].FirstToken << 32) | (uint)k;
        }

        // The index in the key's low half keeps equal first tokens in list order, as OrderBy did.
        Array.Sort(keys, order);
        return order;
    }

    /// <summary>True when the word stands anywhere in the document right before a verb of saying ("Obasanjo said").</summary>
    internal static bool Speaks(string text, ImmutableArray<Token> tokens, ReadOnlySpan<char> word)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (TokenText.Of(text, tokens[i]).SequenceEqual(word) && SpeechVerbs.Contains(TokenText.Of(text, tokens[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlace(NameCandidate candidate) => candidate.Type is EntityTypes.Geopolitical or EntityTypes.Location;

    /// <summary>Between two names only "and", "or", a comma, or a comma and "and" ("Ostrava, Opava and Krnov").</summary>
    private static bool IsJoinedInList(string text, ImmutableArray<Token> tokens, int leftLast, int rightFirst)
    {
        var between = rightFirst - leftLast - 1;
        return between switch
        {
            1 => TokenText.Is(text, tokens[leftLast + 1], "and") || TokenText.Is(text, tokens[leftLast + 1], "or") || TokenText.Is(text, tokens[leftLast + 1], ","),
            2 => TokenText.Is(text, tokens[leftLast + 1], ",") && (TokenText.Is(text, tokens[leftLast + 2], "and") || TokenText.Is(text, tokens[leftLast + 2], "or")),
            _ => false,
        };
    }

    /// <summary>"the town of Opava", "provinces such as Khovd", "villages like Qaen", "the road to Argun", "flights to Sanaa".</summary>
    internal static bool AfterPlaceNoun(string text, ImmutableArray<Token> tokens, int i)
    {
        if (i >= 2 && (TokenText.Is(text, tokens[i - 1], "of") || TokenText.Is(text, tokens[i - 1], "like")))
        {
            return PlaceNounsBefore.Contains(TokenText.Of(text, tokens[i - 2]));
        }

        if (i >= 2 && TokenText.Is(text, tokens[i - 1], "to"))
        {
            // "a 188-km ride from Saintes to Poitiers": both ends of a journey.
            return RouteNouns.Contains(TokenText.Of(text, tokens[i - 2]))
                   || (i >= 4 && TokenText.Is(text, tokens[i - 3], "from") && TokenText.IsCapitalised(text, tokens[i - 2]) && IsJourney(text, tokens, i - 4));
        }

        // "a teacher from Shali", "a refugee from Zvornik": where someone comes from.
        if (i >= 2 && TokenText.Is(text, tokens[i - 1], "from"))
        {
            // Not a given name: "control of the family from Frank Costello" is taken from a person.
            return (PeopleFrom.Contains(TokenText.Of(text, tokens[i - 2])) && !Data.FirstNames.Contains(TokenText.Of(text, tokens[i])))
                   || (i + 2 < tokens.Length && TokenText.Is(text, tokens[i + 1], "to") && TokenText.IsCapitalised(text, tokens[i + 2]) && IsJourney(text, tokens, i - 2));
        }

        return i >= 3 && TokenText.Is(text, tokens[i - 1], "as") && TokenText.Is(text, tokens[i - 2], "such")
            && PlaceNounsBefore.Contains(TokenText.Of(text, tokens[i - 3]));
    }

    /// <summary>"Khovd province": a lower-case place noun right after the word.</summary>
    private static bool BeforePlaceNoun(string text, ImmutableArray<Token> tokens, int i)
        => i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && TokenText.OnSameLine(text, tokens[i], tokens[i + 1])
           && PlaceNounsAfter.Contains(TokenText.Of(text, tokens[i + 1]));

    /// <summary>"the Cenepa river": a lower-case feature noun right after the word.</summary>
    internal static bool BeforeFeatureNoun(string text, ImmutableArray<Token> tokens, int i)
        => (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && TokenText.OnSameLine(text, tokens[i], tokens[i + 1])
            && FeatureNounsAfter.Contains(TokenText.Of(text, tokens[i + 1])))
           || BeforeSharedFeatureNoun(text, tokens, i) || BeforeCompoundFeature(text, tokens, i);

    /// <summary>
    /// "the Futenma air base", "the Drancy transit camp", "Jorge Chavez international airport", "the Coquelles ferry terminal":
    /// a site named by a modifier and its noun (never the noun alone, which may follow a company: "a Toyota plant").
    /// </summary>
    private static bool BeforeCompoundFeature(string text, ImmutableArray<Token> tokens, int i)
        => i + 2 < tokens.Length && tokens[i + 2].Kind == TokenKind.Word && TokenText.OnSameLine(text, tokens[i], tokens[i + 2])
           && SiteModifiers.Contains(TokenText.Of(text, tokens[i + 1]))
           && SiteNouns.Contains(TokenText.Of(text, tokens[i + 2]));

    private static readonly WordSet SiteModifiers = FrozenSet.ToFrozenSet(
        ["air", "naval", "military", "army", "transit", "refugee", "detention", "concentration", "labour", "labor", "prison", "presidential", "royal",
         "international", "regional", "ferry", "container", "freight", "nuclear", "power", "gas", "oil", "border", "missile"],
        StringComparer.Ordinal);

    private static readonly WordSet SiteNouns = FrozenSet.ToFrozenSet(
        ["base", "bases", "camp", "camps", "airport", "airfield", "terminal", "plant", "station", "field", "fields", "reactor", "crossing", "port", "palace"],
        StringComparer.Ordinal);

    /// <summary>"the Nkana and Nchanga mines", "the Tigris and Euphrates rivers": a plural feature noun names both places.</summary>
    private static bool BeforeSharedFeatureNoun(string text, ImmutableArray<Token> tokens, int i)
        => i + 3 < tokens.Length && TokenText.Of(text, tokens[i + 1]) is "and" && TokenText.IsCapitalised(text, tokens[i + 2])
           && TokenText.Of(text, tokens[i + 3]) is [.., 's'] && FeatureNounsAfter.Contains(TokenText.Of(text, tokens[i + 3]))
           && TokenText.OnSameLine(text, tokens[i], tokens[i + 3]);

    /// <summary>"in Velichko's view" puts a person after "in".</summary>
    internal static bool IsPossessive(string text, ImmutableArray<Token> tokens, int index)
        => TokenText.Of(text, tokens[index]).EndsWith("'s", StringComparison.Ordinal)
           || TokenText.Of(text, tokens[index]).EndsWith("’s", StringComparison.Ordinal)
           || (index + 1 < tokens.Length && tokens[index + 1].Start == tokens[index].End
               && (TokenText.Is(text, tokens[index + 1], "'s") || TokenText.Is(text, tokens[index + 1], "’s")));
}
