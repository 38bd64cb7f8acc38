using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Brent crude rose 40 cents", "October Brent traded at 22.18 dollars", "BRENT JUMPS ON IRAQ FEARS": the North Sea oil
/// grade is a commodity, unmarked like "Brent crude" in the conventions, which the tagger reads as a man's given name. In a
/// document that writes the grade before "crude", "blend" or "futures", the word alone is dropped, unless a person of two
/// words or more holds it ("Brent Cattermole").
/// </summary>
internal static class CrudeOilGrades
{
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        if (!WritesGrade(text, tokens))
        {
            return;
        }

        foreach (var name in merged)
        {
            if (name.Type == EntityTypes.Person && name.LastToken > name.FirstToken && IsGrade(text, tokens[name.FirstToken]))
            {
                return;
            }
        }

        merged.RemoveAll(name => name.FirstToken == name.LastToken && IsGrade(text, tokens[name.FirstToken]));
    }

    private static bool WritesGrade(string text, ImmutableArray<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (IsGrade(text, tokens[i]) && TokenText.Of(text, tokens[i + 1]) is "crude" or "blend" or "futures" or "CRUDE" or "BLEND" or "FUTURES")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGrade(string text, Token token) => TokenText.Of(text, token) is "Brent" or "BRENT";
}
