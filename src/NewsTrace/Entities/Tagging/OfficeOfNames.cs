using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the Office of the Inspector General", "the Department of the Treasury", "Ministry of the Interior": a body named by its
/// head word and "of the" and capitalised words, which the tagger cuts after the head ("Office") because "the" inside a name
/// is rare in its training data. A body whose last word is an organisation head takes in "of", "the" and up to four
/// capitalised words that no other name holds (or only a one-word guess of the tagger's); a place after "of the" is left
/// its own name ("the Embassy of the Netherlands").
/// </summary>
internal static class OfficeOfNames
{
    private const int MaxWords = 4;

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var body = merged[k];
            var of = body.LastToken + 1;
            if (body.Type != EntityTypes.Organization || of + 2 >= tokens.Length || !TokenText.Is(text, tokens[of], "of")
                || !TokenText.IsCapitalised(text, tokens[body.LastToken]) || !TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[body.LastToken]))
            {
                continue;
            }

            // "of" without "the" is more often an owner or a place ("the Inkatha Freedom Party of Mangosuthu Buthelezi").
            if (!TokenText.Is(text, tokens[of + 1], "the"))
            {
                continue;
            }

            var first = of + 2;
            var last = first - 1;
            while (last + 1 < tokens.Length && last + 1 - first < MaxWords && tokens[last + 1].Kind == TokenKind.Word
                   && TokenText.IsCapitalised(text, tokens[last + 1]) && TokenText.OnSameLine(text, tokens[body.LastToken], tokens[last + 1])
                   && IsFreeOrGuessed(merged, last + 1))
            {
                last++;
            }

            // A run that goes on into more capitals was no clean end ("of the Inspector General Michael X").
            if (last < first || (last + 1 < tokens.Length && TokenText.IsCapitalised(text, tokens[last + 1]) && TokenText.OnSameLine(text, tokens[last], tokens[last + 1])))
            {
                continue;
            }

            var whole = new NameCandidate(body.FirstToken, last, EntityTypes.Organization, null, NameEvidence.Strong);
            merged.RemoveAll(name => name.FirstToken > body.LastToken && name.LastToken <= last);
            merged[merged.IndexOf(body)] = whole;
        }
    }

    /// <summary>No name holds the token, or only a one-word person or organisation the tagger guessed ("Inspector General").</summary>
    private static bool IsFreeOrGuessed(List<NameCandidate> merged, int token)
        => MergedNames.At(merged, token) is not { } name
           || (name.Canonical is null && name.Type is EntityTypes.Person or EntityTypes.Organization && name.LastToken - name.FirstToken < MaxWords);
}
