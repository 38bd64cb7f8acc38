using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Grounds, circuits and arenas in sports stories are places: "a 4-1 win over Kilmarnock at Ibrox", "beating Hibernian 2-0 at
/// Parkhead", "won the grand prix at Interlagos", "at the Parque Antarctica stadium", "at the Thomas and Mack Center". Where
/// the opponent has been named already, "at" is not followed by another side ("lost 2-0 at Leeds" is the club), so after
/// "beat/over/against" + a side (or player: "beat Sampras at Wimbledon") + a score, or after an event noun ("grand prix", "final", "race"), the name after "at" is the
/// ground; so is a name before a lower-case ground noun ("stadium", "circuit"), and one ending in "Center", "Arena", "Park"... The tagger reads these unknown words as
/// clubs or people. A town the gazetteer knows stays the town ("at Cardiff"), and known clubs are left alone.
/// </summary>
internal static class SportVenues
{
    private const int MaxWords = 4;

    private static readonly WordSet OpponentCues = FrozenSet.ToFrozenSet(
        ["over", "beat", "beating", "beaten", "against", "defeating", "defeated", "thrashing", "edging", "overwhelm", "overwhelming"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordSet EventNouns = FrozenSet.ToFrozenSet(
        ["prix", "race", "final", "semi-final", "semifinal", "match", "game", "meeting", "tournament", "rally", "stage", "test", "derby",
            "round", "bout", "fight"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordSet GroundNouns = FrozenSet.ToFrozenSet(
        ["stadium", "ground", "circuit", "track", "arena", "velodrome", "racecourse", "oval", "park"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        if (!SportsTeamContext.IsSportStory(text))
        {
            return;
        }

        for (var at = 1; at + 1 < tokens.Length; at++)
        {
            if (!TokenText.Is(text, tokens[at], "at"))
            {
                continue;
            }

            var first = TokenText.Of(text, tokens[at + 1]) is "the" ? at + 2 : at + 1;

            // "at Lord 's": the cricket ground is named with its possessive, not the peer it reads as.
            if (first + 1 < tokens.Length && TokenText.Is(text, tokens[first], "Lord") && TokenText.Of(text, tokens[first + 1]) is "'s" or "\u2019s")
            {
                MergedNames.TryReplace(merged, new NameCandidate(first, first + 1, EntityTypes.Location, null, NameEvidence.Strong));
                continue;
            }

            var last = NameEnd(text, tokens, first);
            if (last < first)
            {
                continue;
            }

            var groundNounAfter = last + 1 < tokens.Length && GroundNouns.Contains(TokenText.Of(text, tokens[last + 1]));
            if ((groundNounAfter || IsSiteWord(text, tokens[last]) || AfterOpponentOrEvent(text, tokens, merged, at))
                && !SportsTeams.Clubs.Contains(TokenText.Join(text, tokens, first, last)))
            {
                // A town the gazetteer knows stays the town ("beating Leicester at Cardiff"); the rest are grounds.
                var type = Gazetteer.Lookup.TryGetValue(TokenText.Join(text, tokens, first, last), out var known) && known.Type == EntityTypes.Geopolitical
                    ? EntityTypes.Geopolitical
                    : EntityTypes.Location;
                SportsLineTokens.Retype(merged, first, last, type);
                at = last;
            }
        }
    }

    /// <summary>The last of up to four capitalised words from <paramref name="first"/> ("and" may join two: "Thomas and Mack Center"; a particle too: "Parc des Princes"), or first - 1.</summary>
    private static int NameEnd(string text, ImmutableArray<Token> tokens, int first)
    {
        var last = first - 1;
        while (last + 1 < tokens.Length && last + 1 - first < MaxWords && TokenText.OnSameLine(text, tokens[first], tokens[last + 1]))
        {
            var next = tokens[last + 1];
            if (next.Kind == TokenKind.Word && TokenText.IsCapitalised(text, next))
            {
                last++;
            }
            else if (last >= first && TokenText.Is(text, next, "and") && last + 2 < tokens.Length && TokenText.IsCapitalised(text, tokens[last + 2])
                     && EndsInSiteWord(text, tokens, last + 2))
            {
                last++;
            }
            else if (last >= first && SportsLineTokens.IsParticle(text, next) && last + 2 < tokens.Length && TokenText.IsCapitalised(text, tokens[last + 2])
                     && TokenText.OnSameLine(text, tokens[first], tokens[last + 2]))
            {
                // "Parc des Princes", "Estadio da Luz": the particle belongs to the ground's name.
                last += 2;
            }
            else
            {
                break;
            }
        }

        return last;
    }

    /// <summary>"and" joins a ground's words only when the name goes on to a site word ("Thomas and Mack Center").</summary>
    private static bool EndsInSiteWord(string text, ImmutableArray<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Length && k < from + MaxWords && TokenText.IsCapitalised(text, tokens[k]); k++)
        {
            if (IsSiteWord(text, tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSiteWord(string text, Token token)
        => TokenText.Of(text, token) is "Center" or "Centre" or "Arena" or "Stadium" or "Garden" or "Park" or "Field" or "Dome";

    /// <summary>"win over Kilmarnock at", "beating Hibernian 2-0 at", "the grand prix at": the sides are named, so "at" names the ground.</summary>
    private static bool AfterOpponentOrEvent(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int at)
    {
        var k = at - 1;
        if (EventNouns.Contains(TokenText.Of(text, tokens[k])))
        {
            return true;
        }

        // The score, one token ("2-0") or, as the tokenizer splits it, three ("2", "-", "0").
        for (var skipped = 0; k > 0 && skipped < 3 && (SportsLineTokens.IsFigure(text, tokens[k]) || TokenText.Of(text, tokens[k]) is "-"); skipped++)
        {
            k--;
        }

        var side = MergedNames.At(merged, k);
        return side is { FirstToken: > 0 } name && OpponentCues.Contains(TokenText.Of(text, tokens[name.FirstToken - 1]));
    }
}
