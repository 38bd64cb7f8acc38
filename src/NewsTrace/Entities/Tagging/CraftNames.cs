using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the space shuttle Atlantis", "the tanker Prestige", "USS Cole": ships and spacecraft are named like people and places,
/// and the tagger reads them so, but they are objects (CoNLL's miscellaneous names, which NewsTrace does not mark). A
/// capitalised word right after a kind of craft names one; that name is dropped where it stands alone anywhere in the
/// document, and so is a name that opens with the kind ("Space Shuttle Discovery"). Known names keep their reading (the
/// ferry Estonia leaves the country alone).
/// </summary>
internal static class CraftNames
{
    private static readonly WordSet Kinds = FrozenSet.ToFrozenSet(
    [
        "shuttle", "ship", "vessel", "tanker", "freighter", "submarine", "spacecraft", "orbiter", "yacht", "liner", "frigate",
        "destroyer", "cruiser", "warship", "trawler", "capsule", "Shuttle", "USS", "HMS", "RMS", "MV", "MS",

        // Navies' ship prefixes: Indian, Australian, Canadian, New Zealand, Pakistani, Philippine, South Korean.
        "INS", "HMAS", "HMCS", "HMNZS", "PNS", "BRP", "ROKS",
    ], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        HashSet<string>? crafts = null;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            // The capitalised word after is asked for first: it is the rarer and the cheaper test.
            if (tokens[i + 1].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[i + 1]) && Kinds.Contains(TokenText.Of(text, tokens[i]))
                && !Kinds.Contains(TokenText.Of(text, tokens[i + 1])) && TokenText.OnSameLine(text, tokens[i], tokens[i + 1]))
            {
                (crafts ??= new HashSet<string>(StringComparer.Ordinal)).Add(TokenText.Of(text, tokens[i + 1]).ToString());
            }
        }

        if (crafts is null)
        {
            return;
        }

        var lookup = crafts.GetAlternateLookup<ReadOnlySpan<char>>();
        merged.RemoveAll(name => name.Canonical is null && name.Type != EntityTypes.Nationality && lookup.Contains(TokenText.Of(text, tokens[name.LastToken]))
                                 && (name.FirstToken == name.LastToken || Kinds.Contains(TokenText.Of(text, tokens[name.LastToken - 1]))));

        // "INS Mysore": a navy's prefix read alone as a known body ("INS", "the Immigration and Naturalization Service") goes with its ship.
        merged.RemoveAll(name => name.FirstToken == name.LastToken && name.LastToken + 1 < tokens.Length && Kinds.Contains(TokenText.Of(text, tokens[name.FirstToken]))
                                 && TokenText.IsAcronym(text, tokens[name.FirstToken]) && lookup.Contains(TokenText.Of(text, tokens[name.LastToken + 1])));
    }
}
