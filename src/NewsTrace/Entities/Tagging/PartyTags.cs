using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Sen. Nora Lindahl (R-Maine)", "Rep. Dale Morrow, D-Pa.,": the party letter and state after an American legislator's
/// name describe him; the tagger, seeing a capital, reads "R-Maine" as a person. A one-token name of a party letter, a
/// hyphen and a capitalised word, in brackets or after a comma, is dropped.
/// </summary>
internal static class PartyTags
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
        => merged.RemoveAll(name => name.FirstToken == name.LastToken && name.FirstToken > 0 && IsTag(TokenText.Of(text, tokens[name.FirstToken]))
                                    && TokenText.Of(text, tokens[name.FirstToken - 1]) is "(" or ",");

    /// <summary>"D-Ariz", "R-Neb.", "I-Vt", "D-Richland": a party letter, a hyphen and a capitalised state or home town.</summary>
    internal static bool IsTag(ReadOnlySpan<char> word)
        => word.Length >= 4 && word[0] is 'D' or 'R' or 'I' && word[1] == '-' && char.IsUpper(word[2]);
}
