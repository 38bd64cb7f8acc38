using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// American state and county parties: "The Ohio GOP piled on", "the Texas Democratic Party said" name one body, which the
/// tagger splits into a place and a party; and "the Kent County Republican told reporters" is a place and a party
/// member, a description of a person, not an organisation ending in "Republican" (when the words before it are a county
/// or a place the word lists know: "The Press Democrat" is a newspaper).
/// </summary>
internal static class StatePartyNames
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            // The word test first: looking up the name after every place would scan the list once per place.
            if (name.Type is EntityTypes.Geopolitical or EntityTypes.Location && name.LastToken + 1 < tokens.Length
                && TokenText.Of(text, tokens[name.LastToken + 1]) is "GOP" or "Democratic" or "Republican"
                && MergedNames.At(merged, name.LastToken + 1) is { Type: EntityTypes.Organization } party
                && party.FirstToken == name.LastToken + 1 && IsPartyName(text, tokens, party) && TokenText.OnSameLine(text, tokens[name.LastToken], tokens[party.FirstToken]))
            {
                // "Ohio" + "GOP": the place opens the state party's name.
                merged[k] = new NameCandidate(name.FirstToken, party.LastToken, EntityTypes.Organization, null, NameEvidence.Likely);
                merged.Remove(party);
                k = -1;
                continue;
            }

            var last = TokenText.Of(text, tokens[name.LastToken]);
            if (name.Type == EntityTypes.Organization && name.LastToken > name.FirstToken && name.Canonical is null && last is "Republican" or "Democrat"
                && name.FirstToken > 0 && TokenText.Of(text, tokens[name.FirstToken - 1]) is "the" or "a" or "The" or "A"
                && (TokenText.Of(text, tokens[name.LastToken - 1]) is "County" or "Parish" or "District" or "State" || Data.Gazetteer.IsPlace(text.AsSpan(tokens[name.FirstToken].Start, tokens[name.LastToken - 1].End - tokens[name.FirstToken].Start))))
            {
                // "the Kent County Republican": the place before the party member, and the member as a nationality-like group.
                merged[k] = name with { LastToken = name.LastToken - 1, Type = EntityTypes.Location };
                merged.Add(new NameCandidate(name.LastToken, name.LastToken, EntityTypes.Nationality, null, NameEvidence.Likely));
            }
        }
    }

    /// <summary>"GOP", "Democratic Party", "Republican Party": a party's name as a state or county party carries it.</summary>
    private static bool IsPartyName(string text, ImmutableArray<Token> tokens, NameCandidate party)
    {
        var first = TokenText.Of(text, tokens[party.FirstToken]);
        return (party.FirstToken == party.LastToken && first is "GOP")
               || (party.LastToken == party.FirstToken + 1 && first is "Democratic" or "Republican" && TokenText.Is(text, tokens[party.LastToken], "Party"));
    }
}
