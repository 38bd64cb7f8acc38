using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "R Saravanan", "K R Narayanan": initials written without full stops (Indian and British usage) are single capitals
/// the tagger leaves out of the name. A person's name takes in the capital letters right before it; "A" and "I" are left,
/// as they are words.
/// </summary>
internal static class PersonInitials
{
    private const int MaxInitials = 3;

    public static void Extend(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type != EntityTypes.Person)
            {
                continue;
            }

            var first = name.FirstToken;
            while (name.FirstToken - first < MaxInitials && first > 0 && IsInitial(text, tokens[first - 1]) && tokens[first].Start - tokens[first - 1].End == 1
                   && MergedNames.At(merged, first - 1) is null)
            {
                first--;
            }

            if (first < name.FirstToken)
            {
                merged[k] = name with { FirstToken = first };
            }
        }
    }

    private static bool IsInitial(string text, Token token)
        => token.Length == 1 && char.IsUpper(text[token.Start]) && text[token.Start] is not ('A' or 'I');
}
