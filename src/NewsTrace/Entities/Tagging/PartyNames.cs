using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Parties whose names hold a shorter known one: "Liberal Democratic Party", "Free Democratic Party", "Democratic Party of
/// Japan", "Democratic Party of the Left", "Socialist Party of Serbia". The word lists know "Democratic Party" and the
/// nationalities know "Liberal", so the name is cut in two (a nationality and the wrong party). A party's name is taken
/// back over a political adjective right before it and over "of" and the country, or "of the" and up to two capitalised
/// words, right after it (not "of" and a person: "the Front of Hocine Ait Ahmed" is his front).
/// </summary>
internal static class PartyNames
{
    private const int MaxWordsAfterOfThe = 2;

    private static readonly WordSet PartyHeads = FrozenSet.ToFrozenSet(
        ["Party", "Front", "Union", "Alliance", "League", "Movement", "Congress", "Coalition", "Bloc"], StringComparer.Ordinal);

    internal static readonly WordSet PoliticalAdjectives = FrozenSet.ToFrozenSet(
    [
        "Liberal", "Free", "Social", "Christian", "Conservative", "Socialist", "Communist", "Progressive", "Popular", "Radical",
        "National", "Democratic", "Republican", "Green", "United", "Reform", "Labour", "Agrarian", "Peasant", "Islamic",
    ], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        AdjectivesBeforeRoles(text, tokens, merged);
        CountriesOpeningParties(text, tokens, merged);
        LonePartyAdjectives(text, tokens, merged);
        for (var k = 0; k < merged.Count; k++)
        {
            var party = merged[k];
            if (party.Type != EntityTypes.Organization || !PartyHeads.Contains(TokenText.Of(text, tokens[party.LastToken])))
            {
                continue;
            }

            var first = party.FirstToken;
            while (first > 0 && PoliticalAdjectives.Contains(TokenText.Of(text, tokens[first - 1])) && TokenText.OnSameLine(text, tokens[first - 1], tokens[first])
                   && MergedNames.At(merged, first - 1) is not { Type: not EntityTypes.Nationality })
            {
                first--;
            }

            var last = CountryAfter(text, tokens, merged, party.LastToken);
            if (first == party.FirstToken && last == party.LastToken)
            {
                continue;
            }

            var longer = party with { FirstToken = first, LastToken = last, Canonical = null };
            merged.RemoveAll(other => other != party && other.FirstToken >= first && other.LastToken <= last);
            merged[merged.IndexOf(party)] = longer;
            k = -1;
        }
    }

    /// <summary>
    /// "National list MP Simon Ferrabee", "called on National and New Zealand First": a political adjective alone that the
    /// tagger read as a person is a party, unless a person of the document bears it as a surname ("Mike Green").
    /// </summary>
    private static void LonePartyAdjectives(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type != EntityTypes.Person || name.FirstToken != name.LastToken || name.Canonical is not null
                || !PoliticalAdjectives.Contains(TokenText.Of(text, tokens[name.FirstToken])))
            {
                continue;
            }

            if (!IsSurnameOfAPerson(text, tokens, merged, name.FirstToken))
            {
                merged[k] = name with { Type = EntityTypes.Organization };
            }
        }
    }

    private static bool IsSurnameOfAPerson(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int token)
    {
        var word = TokenText.Of(text, tokens[token]);
        foreach (var other in merged)
        {
            if (other.Type == EntityTypes.Person && other.LastToken > other.FirstToken && TokenText.Of(text, tokens[other.LastToken]).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a Green councillor", "a Liberal senator": a political adjective between "a" and a lower-case title describes the
    /// person's party, and is no person (the surname "Green" reads as one).
    /// </summary>
    private static void AdjectivesBeforeRoles(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            var at = name.FirstToken;
            if (name.Type == EntityTypes.Person && name.Canonical is null && name.LastToken == at && at > 0 && at + 1 < tokens.Length
                && TokenText.Of(text, tokens[at - 1]) is "a" or "A" or "an" or "An"
                && PoliticalAdjectives.Contains(TokenText.Of(text, tokens[at]))
                && tokens[at + 1].Kind == TokenKind.Word && (!TokenText.IsCapitalised(text, tokens[at + 1]) || TokenText.Of(text, tokens[at + 1]) is "MP" or "MEP")
                && TokenText.LowerIn(Data.NameWords.PersonTitles, text, tokens[at + 1]))
            {
                merged[k] = name with { Type = EntityTypes.Nationality };
            }
        }
    }

    /// <summary>
    /// "the Fiji Labour Party", "the Malawi Congress Party": a country written right before a party's name (no possessive,
    /// no punctuation) is the first word of that party's name, as in "Bangladesh Nationalist Party"; not after a preposition
    /// of place ("In Britain Labour Party members voted").
    /// </summary>
    private static void CountriesOpeningParties(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var party = merged[k];
            if (party.Type != EntityTypes.Organization || party.FirstToken == 0 || !PartyHeads.Contains(TokenText.Of(text, tokens[party.LastToken]))
                || MergedNames.At(merged, party.FirstToken - 1) is not { Type: EntityTypes.Geopolitical } country || country.LastToken != party.FirstToken - 1
                || !TokenText.OnSameLine(text, tokens[country.LastToken], tokens[party.FirstToken]) || TokenText.Of(text, tokens[country.LastToken]).EndsWith('.')
                || (country.FirstToken > 0 && TokenText.LowerIn(PlaceContext.PrepositionLookup, text, tokens[country.FirstToken - 1])))
            {
                continue;
            }

            merged[k] = party with { FirstToken = country.FirstToken, Canonical = null };
            merged.Remove(country);
            k = -1;
        }
    }

    /// <summary>The last token of "of" and a place, or "of the" and capitalised words, after the party's head; else the head.</summary>
    private static int CountryAfter(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int head)
    {
        var of = head + 1;
        if (of + 1 >= tokens.Length || !TokenText.Is(text, tokens[of], "of") || !TokenText.OnSameLine(text, tokens[head], tokens[of + 1]))
        {
            return head;
        }

        if (MergedNames.At(merged, of + 1) is { Type: EntityTypes.Geopolitical or EntityTypes.Location } place && place.FirstToken == of + 1)
        {
            return place.LastToken;
        }

        if (!TokenText.Is(text, tokens[of + 1], "the"))
        {
            return head;
        }

        var last = head;
        for (var i = of + 2; i < tokens.Length && i <= of + 1 + MaxWordsAfterOfThe && TokenText.IsCapitalised(text, tokens[i]); i++)
        {
            if (MergedNames.At(merged, i) is { Type: EntityTypes.Person })
            {
                return head;
            }

            last = i;
        }

        return last;
    }
}
