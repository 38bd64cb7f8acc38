using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Teams in match reports. Wire sport names clubs by a short name ("Bayern", "Lazio") or by their city ("Baltimore",
/// "Milan"), which the tagger reads as people and places. Here: a club of <see cref="SportsTeams.Clubs"/>, a team's full
/// name ("Chicago Bulls") and that team's city elsewhere in the story (not after "in") are organisations where they stand; a club named after a place (<see cref="SportsTeams.PlaceNamedClubs"/>,
/// is one only where the sentence makes it a side: before a team role
/// ("Newcastle striker"), before a result verb ("Valencia lost"), after "beat", "over", "past", after a result verb and
/// "with"/"to"/"at"/"by" ("drew 1-1 with Derby"), or, in a sports story (a sport slug such as "SOCCER -" heads it, or a team
/// was found), after "for" ("three hits for Baltimore") or as the subject of a sentence ("Kent batted"); "in Barcelona" stays
/// the city. In a sports story the same cues make any town the tagger read as a place a side (<see cref="RetypeUnlistedSides"/>). Any other name before a team role is the team too, unless it is a country
/// (national sides are the country in newswire labelling); and an unclaimed capitalised pair after a role is the person
/// ("striker Ally McCoist").
/// </summary>
internal static class SportsTeamContext
{
    private const int MaxChars = 48;
    private const int MaxWords = 3;

    private static readonly WordSet SportSlugs = FrozenSet.ToFrozenSet(
    [
        "SOCCER", "FOOTBALL", "CRICKET", "TENNIS", "GOLF", "BASEBALL", "BASKETBALL", "ICE HOCKEY", "HOCKEY", "RUGBY UNION",
        "RUGBY LEAGUE", "RUGBY", "ATHLETICS", "CYCLING", "MOTOR RACING", "MOTORCYCLING", "BOXING", "SKIING", "SWIMMING", "ROWING",
        "HORSE RACING", "NFL", "NBA", "NHL", "AMERICAN FOOTBALL", "VOLLEYBALL", "HANDBALL", "AUSTRALIAN RULES", "SAILING",
        "YACHTING", "SQUASH", "BADMINTON", "TABLE TENNIS", "SNOOKER", "GYMNASTICS", "SPEED SKATING", "FIGURE SKATING",
        "ALPINE SKIING", "NORDIC SKIING", "EQUESTRIANISM", "TRIATHLON", "JUDO", "WRESTLING", "WEIGHTLIFTING", "FORMULA ONE",
        "WATER POLO", "GAELIC FOOTBALL", "HURLING", "CANADIAN FOOTBALL",
    ]);

    /// <summary>
    /// Verbs of setting off, before "for" and a destination ("leaves for Wellington", "bound for Hobart"); not "left", which in
    /// sport is as often a coach's move to a club ("Larry Brown left for Detroit").
    /// </summary>
    private static readonly WordSet DepartureVerbs = FrozenSet.ToFrozenSet(
        ["leave", "leaves", "leaving", "head", "heads", "headed", "heading", "bound", "depart", "departs", "departed",
         "sail", "sails", "sailed", "sailing", "off", "fly", "flies", "flew", "flying"], StringComparer.Ordinal);

    /// <summary>Words between a side and its result verb ("have won", "were held", "could only draw").</summary>
    private static readonly WordSet Auxiliaries = FrozenSet.ToFrozenSet(
        ["have", "has", "had", "were", "was", "could", "can", "will", "would", "did", "must", "should", "might"], StringComparer.Ordinal);

    /// <summary>Lower-case words after a sentence's first name that do not make it the subject of a verb ("Boston and ...", "Denver of ...").</summary>
    private static readonly WordSet SubjectStops = FrozenSet.ToFrozenSet(["and", "or", "of", "in", "at", "on", "for", "to", "from", "with", "is", "was"]);

    private static readonly WordSet FirstWords = SportsTeams.Clubs.Concat(SportsTeams.PlaceNamedClubs).Concat(SportsTeams.Nicknames)
        .Select(name => name.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);

    // The lists' span lookups, made once: the loop below asks them for every run of capitalised words.

    public static void Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
    {
        var cities = FullTeamNames(text, tokens, merged);
        var sporty = cities.Count > 0 || IsSportStory(text);
        List<(int First, int Last)>? weak = null;
        var firstWords = FirstWords;
        var cityLookup = cities.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> surface = stackalloc char[MaxChars];
        var next = 0;
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            // A team found runs to its last word; the search goes on after it.
            if (i < next || (!firstWords.Contains(TokenText.Of(text, tokens[i])) && cities.Count == 0))
            {
                continue;
            }

            for (var length = Math.Min(MaxWords, tokens.Length - i); length >= 1; length--)
            {
                var last = i + length - 1;
                if (!TokenText.TryJoin(text, tokens, i, last, surface, out var written))
                {
                    continue;
                }

                var probe = surface[..written];
                var always = SportsTeams.Clubs.Contains(probe) || SportsTeams.Nicknames.Contains(probe);
                var cityOfTeam = cityLookup.Contains(probe);
                if (!always && !cityOfTeam && !SportsTeams.PlaceNamedClubs.Contains(probe))
                {
                    continue;
                }

                if (!Before(text, tokens, i, SportsTeams.PlacePrepositions))
                {
                    if (always || cityOfTeam || StrongCue(text, tokens, i, last))
                    {
                        sporty = true;
                        MergedNames.TryReplace(merged, Team(i, last));
                    }
                    else if (WeakCue(text, tokens, sentenceStarts, i, last))
                    {
                        (weak ??= []).Add((i, last));
                    }
                }

                next = last + 1;
                break;
            }
        }

        if (sporty)
        {
            weak?.ForEach(span => MergedNames.TryReplace(merged, Team(span.First, span.Last)));
            RetypeUnlistedSides(text, tokens, sentenceStarts, merged);
        }

        RoleCues(text, tokens, sentenceStarts, merged);
    }

    /// <summary>
    /// In a sports story, names no list knows: a town the tagger read as a place (not a country: national sides are the
    /// country) with a side's cue ("a 2-1 win at Bochum"), a one-word "person" played at ("a win at Mainz"), and a name after
    /// "the" before a result verb ("the Devils beat").
    /// </summary>
    private static void RetypeUnlistedSides(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
    {
        foreach (var name in merged.ToList())
        {
            var (first, last) = (name.FirstToken, name.LastToken);
            var surface = name.Type is EntityTypes.Geopolitical or EntityTypes.Location ? TokenText.Join(text, tokens, first, last) : string.Empty;
            // "at" a name of two words or more is the ground ("a win at Trent Bridge"), at a town the home side ("a win at Bochum").
            var ground = first > 0 && TokenText.Is(text, tokens[first - 1], "at");
            var town = surface.Length > 0 && !SportsTeams.IsNationalSide(surface) && !Places.Political.Contains(surface) && !(ground && last > first)
                && !Before(text, tokens, first, SportsTeams.PlacePrepositions) && (StrongCue(text, tokens, first, last) || WeakCue(text, tokens, sentenceStarts, first, last));
            var theSide = name.Type == EntityTypes.Person && first > 0 && TokenText.Is(text, tokens[first - 1], "the") && last + 1 < tokens.Length
                && SportsTeams.VerbsAfter.Contains(TokenText.Of(text, tokens[last + 1]));
            // "a 2-1 win at Mainz": players are beaten or lost to, but never played at.
            var playedAt = name.Type == EntityTypes.Person && first == last && ground && StrongCue(text, tokens, first, last);
            if (town || theSide || playedAt)
            {
                MergedNames.TryReplace(merged, Team(first, last));
            }
        }
    }

    /// <summary>A cue that holds only in a sports story: "three hits for Baltimore", and a sentence's subject before its verb ("Kent batted").</summary>
    private static bool WeakCue(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, int first, int last)
    {
        // "three hits for Baltimore", but not "the fleet leaves for Wellington": a place one sets off for is the place.
        if (first > 0 && TokenText.Is(text, tokens[first - 1], "for"))
        {
            return first < 2 || !DepartureVerbs.Contains(TokenText.Of(text, tokens[first - 2]));
        }

        var next = last + 1;
        return sentenceStarts[first] && next < tokens.Length && tokens[next].Kind == TokenKind.Word && char.IsLower(text[tokens[next].Start])
            && !SubjectStops.Contains(TokenText.Of(text, tokens[next]));
    }

    /// <summary>True when one of the first lines opens with a sport and a dash, the wire's sports slug ("SOCCER - ...").</summary>
    public static bool IsSportStory(string text) => HasSportHeadline(text, SportSlugs);

    /// <summary>True when one of the first lines opens with one of <paramref name="slugs"/> and a dash.</summary>
    public static bool HasSportHeadline(string text, WordSet slugs)
    {
        var line = text.AsSpan();
        for (var n = 0; n < 2 && line.Length > 0; n++)
        {
            var end = line.IndexOf('\n');
            var current = (end < 0 ? line : line[..end]).TrimStart();
            var dash = current.IndexOf(" - ", StringComparison.Ordinal);
            if (dash > 0 && slugs.Contains(current[..dash]))
            {
                return true;
            }

            line = end < 0 ? [] : line[(end + 1)..];
        }

        return false;
    }

    private static NameCandidate Team(int first, int last) => new(first, last, EntityTypes.Organization, null, NameEvidence.Strong);

    /// <summary>Marks the full team names ("Chicago Bulls", "Orlando Magic") and returns their cities, each the team's short name in the story.</summary>
    private static HashSet<string> FullTeamNames(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var cities = new HashSet<string>(StringComparer.Ordinal);
        var nicknames = SportsTeams.Nicknames;
        var afterCity = SportsTeams.NicknamesAfterCity;
        Span<char> pair = stackalloc char[MaxChars];
        var next = 1;
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            // A team found runs to the end of its nickname; the search goes on after it.
            if (i < next)
            {
                continue;
            }

            var word = TokenText.Of(text, tokens[i]);
            var twoWords = i + 1 < tokens.Length && TokenText.IsCapitalised(text, tokens[i + 1]) && TokenText.OnSameLine(text, tokens[i], tokens[i + 1])
                && TokenText.TryJoin(text, tokens, i, i + 1, pair, out var written) && (nicknames.Contains(pair[..written]) || afterCity.Contains(pair[..written]));
            if (!(twoWords || nicknames.Contains(word) || afterCity.Contains(word)))
            {
                continue;
            }

            var nicknameEnd = twoWords ? i + 1 : i;
            for (var cityWords = 2; cityWords >= 1; cityWords--)
            {
                var first = i - cityWords;
                if (first < 0 || !TokenText.IsCapitalised(text, tokens[first]) || !TokenText.OnSameLine(text, tokens[first], tokens[i]))
                {
                    continue;
                }

                // "the Yomiuri Giants": a Japanese side goes by its owner's name, which the tagger reads as the company alone.
                if (MergedNames.At(merged, first) is { Type: EntityTypes.Organization } owner && owner.FirstToken == first && owner.LastToken == i - 1)
                {
                    MergedNames.TryReplace(merged, Team(first, nicknameEnd));
                    break;
                }

                var city = TokenText.Join(text, tokens, first, i - 1);
                if (SportsTeams.PlaceNamedClubs.Contains(city) || Gazetteer.Entries.TryGetValue(city, out var entry) && entry.Type is EntityTypes.Geopolitical or EntityTypes.Location)
                {
                    if (MergedNames.TryReplace(merged, Team(first, nicknameEnd)))
                    {
                        cities.Add(city);
                    }

                    break;
                }
            }

            next = nicknameEnd + 1;
        }

        return cities;
    }

    /// <summary>A cue that the name at [first, last] is a side in a match.</summary>
    public static bool StrongCue(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        var next = last + 1;
        if (next < tokens.Length && TokenText.OnSameLine(text, tokens[last], tokens[next]))
        {
            var word = TokenText.Of(text, tokens[next]);
            if (SportsTeams.Roles.Contains(word) || SportsTeams.VerbsAfter.Contains(word))
            {
                return true;
            }

            // "Cleveland have won eight", "Dortmund were held", "Nantes could only draw": an auxiliary or a modal, perhaps
            // "only" or "not", then a result verb.
            if (Auxiliaries.Contains(word))
            {
                var verb = next + 1;
                if (verb < tokens.Length && TokenText.Of(text, tokens[verb]) is "only" or "not" or "also" or "still" or "just")
                {
                    verb++;
                }

                if (verb < tokens.Length
                    && (SportsTeams.VerbsAfter.Contains(TokenText.Of(text, tokens[verb]))
                        || SportsTeams.ResultVerbs.Contains(TokenText.Of(text, tokens[verb]))))
                {
                    return true;
                }
            }
        }

        if (first == 0)
        {
            return false;
        }

        if (Before(text, tokens, first, SportsTeams.WordsBefore))
        {
            return true;
        }

        // "drew 1-1 at home to Metz", "lost away to Leeds": the visiting or home side, however far back the result verb.
        if (first > 1 && TokenText.Is(text, tokens[first - 1], "to") && TokenText.Of(text, tokens[first - 2]) is "home" or "away")
        {
            return true;
        }

        // "Yeboah gave Hamburg the lead", "put Ajax ahead": a side given the lead by its scorer.
        if (TokenText.Of(text, tokens[first - 1]) is "gave" or "put" && last + 2 < tokens.Length
            && (TokenText.Of(text, tokens[last + 1]) is "ahead" || (TokenText.Is(text, tokens[last + 1], "the") && TokenText.Of(text, tokens[last + 2]) is "lead")))
        {
            return true;
        }

        if (!Before(text, tokens, first, SportsTeams.ResultPrepositions))
        {
            return false;
        }

        // "drew 1-1 with", "lost 3-2 to", "were held 0-0 by": a result verb at most four tokens before the preposition.
        var verbs = SportsTeams.ResultVerbs;
        for (var k = first - 2; k >= Math.Max(0, first - 6); k--)
        {
            if (verbs.Contains(TokenText.Of(text, tokens[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in Halmstad", "near Ostrava": the town, not its club.</summary>
    public static bool AfterPlacePreposition(string text, ImmutableArray<Token> tokens, int index) => Before(text, tokens, index, SportsTeams.PlacePrepositions);

    private static bool Before(string text, ImmutableArray<Token> tokens, int index, WordSet words)
        => index > 0 && words.Contains(TokenText.Of(text, tokens[index - 1]));

    /// <summary>"Cardiff flanker Gwyn Jones": the name before a team role is the team (not a country), an unclaimed pair after it the person.</summary>
    private static void RoleCues(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
    {
        var roles = SportsTeams.Roles;
        for (var r = 1; r < tokens.Length; r++)
        {
            if (!roles.Contains(TokenText.Of(text, tokens[r])))
            {
                continue;
            }

            if (MergedNames.At(merged, r - 1) is { } team && team.LastToken == r - 1 && team.Type is EntityTypes.Person or EntityTypes.Geopolitical or EntityTypes.Location
                && !SportsTeams.IsNationalSide(TokenText.Join(text, tokens, team.FirstToken, team.LastToken)))
            {
                MergedNames.TryReplace(merged, Team(team.FirstToken, team.LastToken));
            }

            var end = r + 1;
            while (end < tokens.Length && end - r <= MaxWords && TokenText.IsCapitalised(text, tokens[end]) && !sentenceStarts[end] && TokenText.OnSameLine(text, tokens[r], tokens[end]))
            {
                end++;
            }

            var words = end - r - 1;
            if (words >= 2 && words <= MaxWords && !Enumerable.Range(r + 1, words).Any(k => MergedNames.At(merged, k) is not null))
            {
                merged.Add(new NameCandidate(r + 1, end - 1, EntityTypes.Person, null, NameEvidence.Strong));
            }
        }
    }
}
