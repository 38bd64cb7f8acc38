using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Lists of players under a label, as agencies print them after a result: "Scorers : Fowler 23 , McManaman 67 pen",
/// "Tries : Jonah Lomu , Frank Bunce . Conversions : Mehrtens 2", "Bowling : Bichel 12-3-40-1", and the scorers in
/// brackets after a score ("Blackburn 2 ( Sutton 12 , Gallacher 55 )"). Each item opens with the player's name followed by
/// figures or the end of the item, so a surname alone is a person there; a country or club opening an item and followed by
/// a dash ("Italy - Zola 19") is the side, not a player.
/// </summary>
internal static class ScorerLists
{
    private static readonly WordSet Labels = FrozenSet.ToFrozenSet(
    [
        "Scorers", "Scorer", "Goalscorers", "Goalscorer", "Tries", "Try", "Conversions", "Conversion", "Cons", "Penalties",
        "Penalty", "Pens", "Bowling", "Goals", "Booked", "Cautioned", "Dropped", "Drop",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that head a line of figures without being a side ("Scores : Pakistan 271-6").</summary>
    private static readonly WordSet NotSideLookup = FrozenSet.ToFrozenSet(
    [
        "Score", "Scores", "Result", "Results", "Standings", "Attendance", "Referee", "Note", "Notes", "Teams", "Team", "Squad",
        "Squads", "Lineups", "Final", "Finals", "Also", "Leading", "Top", "Total", "Totals", "Points", "Times", "Winners",

        // "In Manchester : Manchester United 0 Juventus 1": the ground's town heads the line, not a side.
        "In", "At",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        bool? sportStory = null;
        foreach (var (from, to) in TokenLines.Of(text, tokens))
        {
            for (var i = from; i < to; i++)
            {
                if (LabelColon(text, tokens, i, to) is >= 0 and var colon)
                {
                    i = ReadItems(text, tokens, colon + 1, to, merged, closing: null);
                }
                else if (i == from && VenueColon(text, tokens, i, to) is >= 0 and var venueColon)
                {
                    // "In Oporto : Porto 2 ...": the town the match was played in is a place.
                    if (MergedNames.At(merged, i + 1) is null)
                    {
                        merged.Add(new NameCandidate(i + 1, venueColon - 1, EntityTypes.Geopolitical, null, NameEvidence.Strong));
                    }

                    i = venueColon;
                }
                else if (i == from && SideColon(text, tokens, i, to) is >= 0 and var sideColon && (sportStory ??= SportsTeamContext.IsSportStory(text)))
                {
                    // "Houston : Olajuwon 31 , Drexler 18 ; Phoenix : K. Johnson 24": a side's leading scorers.
                    TypeSide(text, tokens, merged, i, sideColon - 1);
                    i = ReadItems(text, tokens, sideColon + 1, to, merged, closing: null);
                }
                else if (TokenText.Of(text, tokens[i]) is "(" && i >= from + 2 && SportsLineTokens.IsFigure(text, tokens[i - 1])
                         && TokenText.IsCapitalised(text, tokens[i - 2]) && ClosingBracket(text, tokens, i, to) > i)
                {
                    i = ReadItems(text, tokens, i + 1, to, merged, closing: ")");
                }
            }
        }
    }

    /// <summary>"Scorers :", "Drop goals :": a label (and one lower-case word) before a colon; the colon's index, or -1.</summary>
    private static int LabelColon(string text, ImmutableArray<Token> tokens, int i, int to)
    {
        // The colon first: it is one character compare, and this runs for every token.
        var colon = i + 1;
        if (colon < to && char.IsLower(text[tokens[colon].Start]))
        {
            colon++;
        }

        return colon < to && TokenText.Of(text, tokens[colon]) is ":" && Labels.Contains(TokenText.Of(text, tokens[i])) ? colon : -1;
    }

    /// <summary>"Houston : Olajuwon 31": a name opening a line, a colon, then a player and a figure; the colon's index, or -1.</summary>
    private static int SideColon(string text, ImmutableArray<Token> tokens, int i, int to)
    {
        var last = SportsLineTokens.NameEnd(text, tokens, i, to);
        if (last < 0 || last + 2 >= to || TokenText.Of(text, tokens[last + 1]) is not ":" || NotSideLookup.Contains(TokenText.Of(text, tokens[i])))
        {
            return -1;
        }

        var player = SportsLineTokens.NameEnd(text, tokens, last + 2, to);
        return player >= 0 && player + 1 < to && SportsLineTokens.IsFigure(text, tokens[player + 1]) ? last + 1 : -1;
    }

    /// <summary>"In Oporto :", "At Wembley :": "In" or "At" and up to three capitalised words before a colon opening a line; the colon's index, or -1.</summary>
    private static int VenueColon(string text, ImmutableArray<Token> tokens, int i, int to)
    {
        if (!(TokenText.Of(text, tokens[i]) is "In" or "At") || i + 2 >= to)
        {
            return -1;
        }

        var k = i + 1;
        while (k < to && k - i <= 3 && tokens[k].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[k]))
        {
            k++;
        }

        return k > i + 1 && k < to && TokenText.Of(text, tokens[k]) is ":" ? k : -1;
    }

    /// <summary>A side naming its players is a team: a club ("Houston"), or a country, which keeps its reading.</summary>
    private static void TypeSide(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int first, int last)
    {
        if (!SportsLineTokens.IsCountry(text, tokens, first, last))
        {
            SportsLineTokens.Retype(merged, first, last, EntityTypes.Organization);
        }
    }

    private static int ClosingBracket(string text, ImmutableArray<Token> tokens, int open, int to)
    {
        for (var k = open + 1; k < to; k++)
        {
            if (TokenText.Of(text, tokens[k]) is ")")
            {
                return k;
            }

            if (TokenText.Of(text, tokens[k]) is "(")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Reads items separated by commas, semicolons and full stops until the line, the bracket or the next label ends; returns where it stopped.</summary>
    private static int ReadItems(string text, ImmutableArray<Token> tokens, int start, int to, List<NameCandidate> merged, string? closing)
    {
        var i = start;
        while (i < to)
        {
            var word = TokenText.Of(text, tokens[i]);
            if ((closing is not null && word.SequenceEqual(closing)) || LabelColon(text, tokens, i, to) >= 0)
            {
                return i - 1;
            }

            var last = SportsLineTokens.NameEnd(text, tokens, i, to);
            var first = i;
            if (last < 0 && SportsLineTokens.IsParticle(text, tokens[i]) && i + 1 < to)
            {
                // "( van Gastel 15 pen )": a surname with its particle opens the item.
                last = SportsLineTokens.NameEnd(text, tokens, i + 1, to);
            }

            // "... ) . Attendance 53,529": the crowd's figure after the scorers, no player.
            if (last < 0 || (last == first && NotSideLookup.Contains(word)))
            {
                i++;
                continue;
            }

            if (last + 1 < to && TokenText.Of(text, tokens[last + 1]) is "-" or ":")
            {
                // "Italy - Zola 19": the side, then its players.
                TypeSide(text, tokens, merged, first, last);
                i = last + 2;
                continue;
            }

            // In brackets after a score each scorer has a minute ("( Sutton 12 )"), unlike "Internet Explorer 9 ( IE9 )".
            var ends = closing is null ? last + 1 == to || EndsItem(text, tokens[last + 1]) : last + 1 < to && SportsLineTokens.IsFigure(text, tokens[last + 1]);
            if (ends && !SportsLineTokens.IsKnownNonPerson(text, tokens, first, last)
                && !SportsLineTokens.IsCountry(text, tokens, first, last))
            {
                SportsLineTokens.Retype(merged, first, last, EntityTypes.Person);
            }

            i = NextItem(text, tokens, last + 1, to, closing);
        }

        return to - 1;
    }

    private static bool EndsItem(string text, Token next)
        => SportsLineTokens.IsFigure(text, next) || TokenText.Of(text, next) is "," or ";" or "." or "(" or ")";

    private static int NextItem(string text, ImmutableArray<Token> tokens, int i, int to, string? closing)
    {
        while (i < to)
        {
            var word = TokenText.Of(text, tokens[i]);
            if (word is "," or ";" or "." || (closing is not null && word.SequenceEqual(closing)))
            {
                return word is "," or ";" or "." ? i + 1 : i;
            }

            if (LabelColon(text, tokens, i, to) >= 0)
            {
                return i;
            }

            i++;
        }

        return to;
    }
}
