using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Undersecretary for Schools Mr. Tavolieri": a person's name never holds an honorific past its first word, so a tagged
/// person run with one inside is the words after it (the honorific itself stays out, as it does at a name's start); the
/// words before it are the end of a title.
/// </summary>
internal static class HonorificInsideName
{
    public static void Cut(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var lookup = NameWords.Honorifics;
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type != EntityTypes.Person)
            {
                continue;
            }

            for (var i = name.LastToken - 1; i > name.FirstToken; i--)
            {
                // "Mr." may be one token or "Mr" and ".".
                var afterHonorific = tokens[i + 1].Kind == TokenKind.Punctuation && TokenText.Of(text, tokens[i + 1]) is "." ? i + 2 : i + 1;
                if (lookup.Contains(TokenText.Of(text, tokens[i])) && afterHonorific <= name.LastToken)
                {
                    merged[k] = name with { FirstToken = afterHonorific, Canonical = null };
                    break;
                }
            }
        }
    }
}
