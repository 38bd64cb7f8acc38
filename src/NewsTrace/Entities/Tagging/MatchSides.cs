using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// In a team sport's story, the words that pair two sides make them clubs even where a list knows the name as a place:
/// "the match between Warwickshire and Surrey", a headline "WARWICKSHIRE V SURREY", and "Surrey first innings". A
/// country stays the country (a national side is marked as the place).
/// </summary>
internal static class MatchSides
{
    /// <summary>How far before "between" a match noun may stand ("the county championship match between").</summary>
    private const int MatchNounReach = 2;

    /// <summary>Words of a side's name ("Paris St Germain").</summary>
    private const int MaxSideWords = 3;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        AddUnfoundSides(text, tokens, merged);
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            // A person of one word may be a side the tagger misread; players named in full are left alone.
            if (name.Type is not (EntityTypes.Geopolitical or EntityTypes.Location or EntityTypes.Person)
                || (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken))
            {
                continue;
            }

            // The pairing first: it is rare, and the country test joins the name.
            if ((IsPaired(text, tokens, merged, name) || BeforeInnings(text, tokens, name.LastToken))
                && !IsNationalSide(TokenText.Join(text, tokens, name.FirstToken, name.LastToken)))
            {
                merged[k] = name with { Type = EntityTypes.Organization, Canonical = null };
            }
        }
    }

    /// <summary>
    /// "the match between Kent and Essex", "KENT V ESSEX": a side nothing found (a county that is also a given name) is
    /// added as a club where the pairing names it: the words after "between" or before "and" there, and those before "V".
    /// </summary>
    private static void AddUnfoundSides(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var i = 1; i + 1 < tokens.Length; i++)
        {
            if (TokenText.Is(text, tokens[i], "between") && AfterMatchNoun(text, tokens, i))
            {
                var firstEnd = RunEnd(text, tokens, i + 1);
                if (firstEnd >= i + 1 && firstEnd + 2 < tokens.Length && TokenText.Is(text, tokens[firstEnd + 1], "and"))
                {
                    AddClub(text, tokens, merged, i + 1, firstEnd);
                    var secondEnd = RunEnd(text, tokens, firstEnd + 2);
                    if (secondEnd >= firstEnd + 2)
                    {
                        AddClub(text, tokens, merged, firstEnd + 2, secondEnd);
                    }
                }
            }
            else if (IsVersus(text, tokens[i]) && TokenText.IsCapitalised(text, tokens[i - 1]) && TokenText.IsCapitalised(text, tokens[i + 1]))
            {
                var first = i - 1;
                while (first > 0 && i - first < MaxSideWords && TokenText.IsCapitalised(text, tokens[first - 1]) && TokenText.OnSameLine(text, tokens[first - 1], tokens[i]))
                {
                    first--;
                }

                AddClub(text, tokens, merged, first, i - 1);
            }
        }
    }

    /// <summary>The last of up to three capitalised words from <paramref name="first"/> on its line, or first - 1.</summary>
    private static int RunEnd(string text, ImmutableArray<Token> tokens, int first)
    {
        var last = first - 1;
        while (last + 1 < tokens.Length && last + 1 - first < MaxSideWords && TokenText.IsCapitalised(text, tokens[last + 1])
               && TokenText.OnSameLine(text, tokens[first], tokens[last + 1]))
        {
            last++;
        }

        return last;
    }

    /// <summary>A club over the words, when nothing holds any of them and they are no country's side.</summary>
    private static void AddClub(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (MergedNames.At(merged, i) is not null)
            {
                return;
            }
        }

        if (!IsNationalSide(TokenText.Join(text, tokens, first, last)))
        {
            merged.Add(new NameCandidate(first, last, EntityTypes.Organization, null, NameEvidence.Strong));
        }
    }

    /// <summary>"between X and Y" after a match noun, or "X V Y" / "X v Y" / "X vs Y": the name is one of the pair.</summary>
    private static bool IsPaired(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, NameCandidate name)
    {
        var before = name.FirstToken - 1;
        var after = name.LastToken + 1;
        // Against a country, the other side is a country's too ("AUSTRALIA V WEST INDIES").
        if (after + 1 < tokens.Length && IsVersus(text, tokens[after]) && MergedNames.At(merged, after + 1) is { } other)
        {
            return !IsNationalSide(TokenText.Join(text, tokens, other.FirstToken, other.LastToken));
        }

        if (before > 0 && IsVersus(text, tokens[before]) && MergedNames.At(merged, before - 1) is { } opponent)
        {
            return !IsNationalSide(TokenText.Join(text, tokens, opponent.FirstToken, opponent.LastToken));
        }

        // "between Warwickshire and Surrey": this name opens the pair, or closes it after "and" and the first side.
        if (before >= 0 && TokenText.Is(text, tokens[before], "between"))
        {
            return AfterMatchNoun(text, tokens, before) && after < tokens.Length && TokenText.Is(text, tokens[after], "and");
        }

        if (before >= 0 && TokenText.Is(text, tokens[before], "and") && MergedNames.At(merged, before - 1) is { } first && first.FirstToken > 0
            && TokenText.Is(text, tokens[first.FirstToken - 1], "between"))
        {
            return AfterMatchNoun(text, tokens, first.FirstToken - 1);
        }

        return false;
    }

    /// <summary>A country's side, in a headline's capitals too ("INDIA V SRI LANKA").</summary>
    private static bool IsNationalSide(string surface)
    {
        if (SportsTeams.IsNationalSide(surface))
        {
            return true;
        }

        return !surface.Any(char.IsLower) && SportsTeams.IsNationalSide(new string(NameCase.FromCapitals(surface.ToCharArray())));
    }

    private static bool IsVersus(string text, Token token) => TokenText.Of(text, token) is "V" or "v" or "vs" or "vs." or "VS";

    private static bool AfterMatchNoun(string text, ImmutableArray<Token> tokens, int between)
    {
        for (var i = between - 1; i >= 0 && i >= between - MatchNounReach; i--)
        {
            if (TokenText.Of(text, tokens[i]) is "match" or "game" or "final" or "fixture" or "clash" or "tie" or "derby" or "semi-final")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Surrey first innings", "Kent second innings": a side's innings on a scorecard.</summary>
    private static bool BeforeInnings(string text, ImmutableArray<Token> tokens, int last)
        => last + 2 < tokens.Length && TokenText.Of(text, tokens[last + 1]) is "first" or "second" && TokenText.Is(text, tokens[last + 2], "innings");
}
