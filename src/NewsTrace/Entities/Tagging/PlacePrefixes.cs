using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "held at Fort Sherman", "talks at Camp David", "the trail up Mount Stanley": a capitalised place word before a given
/// name makes a place of both, where the tagger read the name as a person or left it out. Only the words that open place
/// names and never a person's ("Fort", "Camp", "Mount", "Cape", "Port", "Lake"), and only where nothing claimed the word.
/// </summary>
internal static class PlacePrefixes
{
    private static readonly WordSet Prefixes = FrozenSet.ToFrozenSet(["Fort", "Camp", "Mount", "Cape", "Port", "Lake"], StringComparer.Ordinal);

    /// <summary>
    /// "in St. Catharines", "from St. Albert": "St." opens a saint's name as often as a town's, so it counts only after a
    /// preposition of place.
    /// </summary>
    private static bool IsSaintAfterPlaceWord(string text, ImmutableArray<Token> tokens, int p)
        => IsSaint(text, tokens[p]) && p > 0 && TokenText.Of(text, tokens[p - 1]) is "in" or "at" or "from" or "near" or "outside";

    /// <summary>
    /// "a grandmother from Co Clare", "in Co. Antrim": Irish style shortens "County" to "Co" before the county's name, which
    /// the tagger reads as a person's; "Co" before one capitalised word and nothing else is the county.
    /// </summary>
    private static void IrishCounties(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var i = 0; i < merged.Count; i++)
        {
            var name = merged[i];
            if (name.Type == EntityTypes.Person && name.LastToken == name.FirstToken + 1 && TokenText.Of(text, tokens[name.FirstToken]) is "Co" or "Co."
                && !TokenText.IsAcronym(text, tokens[name.LastToken]) && AfterPlaceWord(text, tokens, name.FirstToken))
            {
                merged[i] = new NameCandidate(name.FirstToken, name.LastToken, EntityTypes.Geopolitical, null, NameEvidence.Likely);
            }
            else if (name.Type is EntityTypes.Person or EntityTypes.Geopolitical or EntityTypes.Location && name.LastToken == name.FirstToken && name.FirstToken >= 2
                     && TokenText.Of(text, tokens[name.FirstToken - 1]) is "Co." && MergedNames.At(merged, name.FirstToken - 1) is null
                     && AfterPlaceWord(text, tokens, name.FirstToken - 1))
            {
                // "born in Co. Kerry": the abbreviation's period parts it from the name, which the tagger read alone.
                merged[i] = new NameCandidate(name.FirstToken - 1, name.LastToken, EntityTypes.Geopolitical, null, NameEvidence.Likely);
            }
        }
    }

    /// <summary>True when a preposition of place or a comma ("Ennis, Co Clare") stands before token <paramref name="p"/>.</summary>
    private static bool AfterPlaceWord(string text, ImmutableArray<Token> tokens, int p)
        => p > 0 && TokenText.Of(text, tokens[p - 1]) is "in" or "from" or "of" or "near" or "at" or ",";

    private static bool IsSaint(string text, Token token) => TokenText.Of(text, token) is "St." or "St" or "Ste" or "Ste.";

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        IrishCounties(text, tokens, merged);
        for (var k = 0; k < merged.Count; k++)
        {
            // "the salt flats of Lake Lefroy": the tagger took the place word into what it read as a person's name.
            if (merged[k].Type == EntityTypes.Person && merged[k].LastToken > merged[k].FirstToken && Prefixes.Contains(TokenText.Of(text, tokens[merged[k].FirstToken])))
            {
                merged[k] = new NameCandidate(merged[k].FirstToken, merged[k].LastToken, EntityTypes.Location, null, NameEvidence.Likely);
            }
        }

        for (var p = 0; p + 1 < tokens.Length; p++)
        {
            // Every prefix opens with an ASCII capital: testing that first spares a set lookup for nearly every token.
            if (!char.IsAsciiLetterUpper(text[tokens[p].Start]) || !(Prefixes.Contains(TokenText.Of(text, tokens[p])) || IsSaintAfterPlaceWord(text, tokens, p))
                || !TokenText.OnSameLine(text, tokens[p], tokens[p + 1]) || MergedNames.At(merged, p) is not null)
            {
                continue;
            }

            var person = merged.FindIndex(name => name.FirstToken <= p + 1 && p + 1 <= name.LastToken);
            if (person >= 0 && merged[person].FirstToken == p + 1
                && (merged[person].Type == EntityTypes.Person || (merged[person].Type is EntityTypes.Geopolitical or EntityTypes.Location && IsSaint(text, tokens[p]))))
            {
                merged[person] = new NameCandidate(p, merged[person].LastToken, EntityTypes.Location, null, NameEvidence.Likely);
            }
            else if (person < 0 && FirstNames.Contains(TokenText.Of(text, tokens[p + 1])) && (p + 2 >= tokens.Length || !TokenText.IsCapitalised(text, tokens[p + 2])))
            {
                merged.Add(new NameCandidate(p, p + 1, EntityTypes.Location, null, NameEvidence.Likely));
            }
        }
    }
}
