using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Names whose first or last word says what kind of body they are: a bank written before its name ("Bank Vontobel",
/// "Banco Pactual", "Bank Julius Baer", which the tagger reads as a person) and a club's abbreviation before or after it
/// ("FC Tirol", "Malmo FF", "SK Brann"). Such a name is an organisation whatever the tagger called it, and an unclaimed
/// capitalised word beside the abbreviation is taken in with it.
/// </summary>
internal static class FormWordNames
{
    private const int MaxWords = 4;

    private static readonly WordSet BankWords = FrozenSet.ToFrozenSet(
        ["Bank", "Banco", "Banque", "Banca", "Bankhaus", "Banka", "Caja", "Caisse"], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type == EntityTypes.Organization || name.Type == EntityTypes.Nationality || name.LastToken == name.FirstToken || name.LastToken - name.FirstToken >= MaxWords)
            {
                continue;
            }

            var first = TokenText.Of(text, tokens[name.FirstToken]);
            if (BankWords.Contains(first) || SportsTeams.ClubAbbreviations.Contains(first) || SportsTeams.ClubAbbreviations.Contains(TokenText.Of(text, tokens[name.LastToken])))
            {
                merged[k] = name with { Type = EntityTypes.Organization, Canonical = null };
            }
        }

        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            // Every form word is short and capitalised (a word of letters opening with a capital): only capitalised words are
            // walked, and most of them are passed over without a lookup.
            var word = TokenText.Of(text, tokens[i]);
            if (word.Length is < 2 or > 8)
            {
                continue;
            }

            var isClub = SportsTeams.ClubAbbreviations.Contains(word);
            if (!isClub && !BankWords.Contains(word))
            {
                continue;
            }

            // "SK Brann", "Bank Vontobel": the word after; "Malmo FF": the word before, a club's only.
            if (Unclaimed(text, tokens, merged, i + 1, i) && MergedNames.At(merged, i) is null)
            {
                merged.Add(Organisation(i, i + 1));
            }
            else if (!isClub && MergedNames.At(merged, i) is null && MergedNames.At(merged, i + 1) is { } owner && owner.FirstToken == i + 1
                     && owner.Type == EntityTypes.Person && TokenText.OnSameLine(text, tokens[i], tokens[i + 1]))
            {
                // "Bank Julius Baer": a bank named after its founder.
                MergedNames.TryReplace(merged, Organisation(i, owner.LastToken));
            }
            else if (isClub && Unclaimed(text, tokens, merged, i - 1, i) && MergedNames.At(merged, i) is null)
            {
                merged.Add(Organisation(i - 1, i));
            }
            else if (isClub && i > 0 && MergedNames.At(merged, i) is null && MergedNames.At(merged, i - 1) is { } before && before.LastToken == i - 1
                     && before.Type is EntityTypes.Geopolitical or EntityTypes.Location && TokenText.OnSameLine(text, tokens[i - 1], tokens[i]))
            {
                // "Malmo FF": the town the tagger found is the club's name.
                MergedNames.TryReplace(merged, Organisation(before.FirstToken, i));
            }
        }
    }

    private static bool Unclaimed(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int index, int beside)
        => index >= 0 && index < tokens.Length && tokens[index].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[index])
           && TokenText.OnSameLine(text, tokens[beside], tokens[index]) && MergedNames.At(merged, index) is null
           && !NameWords.NotNames.Contains(TokenText.Of(text, tokens[index]).ToString());

    private static NameCandidate Organisation(int first, int last) => new(first, last, EntityTypes.Organization, null, NameEvidence.Strong);
}
