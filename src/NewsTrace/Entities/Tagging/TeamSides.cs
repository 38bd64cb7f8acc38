using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Clubs no list knows, in the story of a team sport (its slug says so: "SOCCER -", "BASKETBALL -"). Small leagues' clubs
/// ("Trelleborg", "Zalgiris Kaunas", "Banik Ostrava") read to the tagger as people or as nothing; in such a story a side is
/// a club where the sentence makes it one ("Trelleborg beat", "beat Orgryte", "drew 0-0 with Umea"), and so is a person of
/// a word and a town ("Cibona Zagreb") whose first word is no given name. A club found once is the club wherever its name
/// stands again, in the capitals of the headline too, and so is its first word where the club is named with its town
/// ("Zalgiris" after "Zalgiris Kaunas"); a place of a club's name of two words or more is the club too ("a win at
/// Cerezo Osaka" after the results line "Cerezo Osaka 1 Nagoya Grampus Eight 2"). Players keep their names: a name that opens with a given name is a person, and
/// individual sports (tennis, golf, athletics) are left alone, where sides are people.
/// </summary>
internal static class TeamSides
{
    private const int MaxWords = 3;

    private static readonly WordSet TeamSportSlugs = FrozenSet.ToFrozenSet(
    [
        "SOCCER", "FOOTBALL", "GAELIC FOOTBALL", "HURLING", "CANADIAN FOOTBALL", "CRICKET", "BASEBALL", "BASKETBALL", "ICE HOCKEY", "HOCKEY", "RUGBY UNION", "RUGBY LEAGUE", "RUGBY",
        "NFL", "NBA", "NHL", "AMERICAN FOOTBALL", "VOLLEYBALL", "HANDBALL", "MOTOR RACING", "AUSTRALIAN RULES", "WATER POLO",
    ]);

    /// <summary>Capitalised words that open a sentence and are never a side ("We beat them twice").</summary>
    private static readonly WordSet NoSides = FrozenSet.ToFrozenSet(
    [
        "we", "they", "he", "she", "it", "i", "you", "this", "that", "these", "those", "there", "both", "all", "each", "neither",
        "either", "the", "a", "an", "who", "which", "one", "none", "nobody", "everyone", "someone", "then", "and", "but", "so",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the story's slug names a sport played by teams ("SOCCER -", "RUGBY UNION -"), not by single players.</summary>
    public static bool IsTeamSportStory(string text) => SportsTeamContext.HasSportHeadline(text, TeamSportSlugs);

    public static void Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
    {
        if (!IsTeamSportStory(text))
        {
            return;
        }

        MatchSides.Apply(text, tokens, merged);
        SidesByCue(text, tokens, sentenceStarts, merged);
        TownsBeaten(text, tokens, merged);
        PlayersOfTowns(text, tokens, merged);
        var clubs = ClubNames(text, tokens, merged);
        if (clubs.Count > 0)
        {
            Recur(text, tokens, merged, clubs);
        }
    }

    /// <summary>People with no given name and unclaimed capitalised words that the sentence makes a side, and "Cibona Zagreb".</summary>
    private static void SidesByCue(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
    {
        foreach (var name in merged.ToList())
        {
            if (name.Type != EntityTypes.Person || FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken])) || name.LastToken - name.FirstToken >= MaxWords)
            {
                continue;
            }

            // "Champions Auxerre won": the standings word opening the sentence is no part of the club.
            var first = name.LastToken > name.FirstToken && SportsTeams.WordsBefore.Contains(TokenText.Lower(text, tokens[name.FirstToken]))
                ? name.FirstToken + 1
                : name.FirstToken;
            var wordAndTown = name.LastToken == first + 1 && IsTown(TokenText.Join(text, tokens, name.LastToken, name.LastToken));
            if (wordAndTown || first > name.FirstToken || SportsTeamContext.StrongCue(text, tokens, first, name.LastToken))
            {
                merged.Remove(name);
                merged.Add(Club(first, name.LastToken));
            }
        }

        var next = 0;
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            // A run looked at is passed over whole; the search goes on after it.
            if (i < next || MergedNames.At(merged, i) is not null || IsShouted(text, tokens[i])
                || NoSides.Contains(TokenText.Of(text, tokens[i]))
                || NameWords.NotNames.Contains(TokenText.Of(text, tokens[i])))
            {
                continue;
            }

            var last = i;
            while (last + 1 < tokens.Length && last + 1 - i < MaxWords && TokenText.IsCapitalised(text, tokens[last + 1]) && MergedNames.At(merged, last + 1) is null
                   && TokenText.OnSameLine(text, tokens[i], tokens[last + 1]) && !sentenceStarts[last + 1])
            {
                last++;
            }

            // A sentence's first word is capitalised whatever it is: it is a side only before a result verb ("Trelleborg beat").
            var cued = sentenceStarts[i] ? FollowedByResult(text, tokens, last) : SportsTeamContext.StrongCue(text, tokens, i, last);
            if (cued && !FirstNames.Contains(TokenText.Of(text, tokens[i])) && !SportsTeams.IsNationalSide(TokenText.Join(text, tokens, i, last)))
            {
                merged.Add(Club(i, last));
            }

            next = last + 1;
        }
    }

    /// <summary>
    /// "beating Leicester 28-9", "a win over Groningen 3-1", "French club Toulouse": a town the gazetteer knows, named after a
    /// result word and before a score, after "club", or owning a coach or player ("Leicester 's coach"), is the town's club. Countries are national sides and keep their reading.
    /// </summary>
    private static void TownsBeaten(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var next = name.LastToken + 1;
            if (name.Type != EntityTypes.Geopolitical || name.FirstToken == 0 || SportsTeams.IsNationalSide(TokenText.Join(text, tokens, name.FirstToken, name.LastToken)))
            {
                continue;
            }

            var before = TokenText.Of(text, tokens[name.FirstToken - 1]);
            var beaten = next < tokens.Length && IsScore(text, tokens, next) && SportsTeams.WordsBefore.Contains(before);
            if (beaten || before is "club" or "side" || BeforeOwnRole(text, tokens, next))
            {
                merged[k] = Club(name.FirstToken, name.LastToken);
            }
        }
    }

    /// <summary>
    /// "Eddie Murray of Baltimore": in a team sport's story a town after a player and "of" is his club; a country stays the
    /// country (national sides are marked as the country).
    /// </summary>
    private static void PlayersOfTowns(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var of = name.FirstToken - 1;
            if (name.Type is not (EntityTypes.Geopolitical or EntityTypes.Location) || of < 1 || !TokenText.Is(text, tokens[of], "of")
                || MergedNames.At(merged, of - 1) is not { Type: EntityTypes.Person } player || player.LastToken != of - 1
                || SportsTeams.IsNationalSide(TokenText.Join(text, tokens, name.FirstToken, name.LastToken)))
            {
                continue;
            }

            merged[k] = Club(name.FirstToken, name.LastToken);
        }
    }

    /// <summary>"Leicester 's Australian coach", "Bristol 's captain": a town whose coach or player is named is its club.</summary>
    private static bool BeforeOwnRole(string text, ImmutableArray<Token> tokens, int next)
    {
        if (next + 1 >= tokens.Length || TokenText.Of(text, tokens[next]) is not ("'s" or "\u2019s"))
        {
            return false;
        }

        var roles = SportsTeams.Roles;
        return roles.Contains(TokenText.Of(text, tokens[next + 1])) || (next + 2 < tokens.Length && roles.Contains(TokenText.Of(text, tokens[next + 2])));
    }

    /// <summary>"28-9", "2-1": a score, as a result is written in running text, one token or three.</summary>
    private static bool IsScore(string text, ImmutableArray<Token> tokens, int i)
    {
        var word = TokenText.Of(text, tokens[i]);
        var dash = word.IndexOf('-');
        if (dash > 0 && dash < word.Length - 1)
        {
            return word[..dash].IndexOfAnyExceptInRange('0', '9') < 0 && word[(dash + 1)..].IndexOfAnyExceptInRange('0', '9') < 0;
        }

        return i + 2 < tokens.Length && tokens[i].Kind == TokenKind.Number && TokenText.Of(text, tokens[i + 1]) is "-"
            && tokens[i + 2].Kind == TokenKind.Number && tokens[i + 1].Start == tokens[i].End;
    }

    /// <summary>Every club's name, and the first word of a club named with its town ("Zalgiris" of "Zalgiris Kaunas").</summary>
    private static HashSet<string> ClubNames(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var clubs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in merged)
        {
            if (name.Type != EntityTypes.Organization || IsShouted(text, tokens[name.FirstToken]))
            {
                continue;
            }

            clubs.Add(TokenText.Join(text, tokens, name.FirstToken, name.LastToken));
            if (name.LastToken == name.FirstToken + 1 && IsTown(TokenText.Join(text, tokens, name.LastToken, name.LastToken)))
            {
                clubs.Add(TokenText.Join(text, tokens, name.FirstToken, name.FirstToken));
            }
        }

        return clubs;
    }

    /// <summary>A club's name standing again: a person of that name, an unclaimed run, or the words in capitals of a headline.</summary>
    private static void Recur(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, HashSet<string> clubs)
    {
        var next = 0;
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            // A club retyped runs to its last word; the search goes on after it.
            if (i < next || SportsTeamContext.AfterPlacePreposition(text, tokens, i))
            {
                continue;
            }

            for (var last = Math.Min(tokens.Length - 1, i + MaxWords - 1); last >= i; last--)
            {
                if (!TokenText.OnSameLine(text, tokens[i], tokens[last]) || !clubs.Contains(TokenText.Join(text, tokens, i, last)))
                {
                    continue;
                }

                var shouted = IsShouted(text, tokens[i]) && !OnDatelineLine(text, tokens, last);
                var existing = MergedNames.At(merged, i);
                // A person of that name, or a place of a club's name of two words or more ("Cerezo Osaka"; "Milan" alone
                // may be the city), or of a town the lists know as a club's name ("as Lancashire bowled out Essex" after
                // "Essex did well to restrict Lancashire"; "in Milan" was passed over above).
                var sameName = existing is { } name && name.FirstToken == i && name.LastToken == last
                    && (name.Type == EntityTypes.Person
                        || (name.Type is EntityTypes.Geopolitical or EntityTypes.Location && (last > i || SportsTeams.PlaceNamedClubs.Contains(TokenText.Of(text, tokens[i])))));
                var retype = existing is null || shouted || sameName;
                if (retype && MergedNames.TryReplace(merged, Club(i, last)))
                {
                    next = last + 1;
                }

                break;
            }
        }
    }

    /// <summary>"BARCELONA 1996-10-20": the line ends in a date, so its capitals are the dateline's town, not a headline's club.</summary>
    private static bool OnDatelineLine(string text, ImmutableArray<Token> tokens, int index)
    {
        var end = index;
        while (end + 1 < tokens.Length && TokenText.OnSameLine(text, tokens[index], tokens[end + 1]))
        {
            end++;
        }

        return tokens[end].Kind == TokenKind.Number && TokenText.Of(text, tokens[end]).ContainsAny('-', '/');
    }

    private static bool FollowedByResult(string text, ImmutableArray<Token> tokens, int last)
        => last + 1 < tokens.Length && TokenText.OnSameLine(text, tokens[last], tokens[last + 1])
           && SportsTeams.VerbsAfter.Contains(TokenText.Of(text, tokens[last + 1]));

    private static bool IsTown(string word)
        => Gazetteer.Entries.TryGetValue(word, out var entry) && entry.Type is EntityTypes.Geopolitical or EntityTypes.Location && !Countries.Aliases.ContainsKey(word);

    /// <summary>A word in capitals, as headlines write every word ("ZALGIRIS").</summary>
    private static bool IsShouted(string text, Token token)
    {
        var word = TokenText.Of(text, token);
        return word.Length > 1 && !word.ContainsAnyInRange('a', 'z');
    }

    private static NameCandidate Club(int first, int last) => new(first, last, EntityTypes.Organization, null, NameEvidence.Strong);
}
