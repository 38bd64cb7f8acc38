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

            // "J. Edgar Hoover": one initial with its full stop, which the tagger may leave out after "the".
            if (first == name.FirstToken && first > 0 && IsDottedInitial(text, tokens[first - 1]) && tokens[first].Start - tokens[first - 1].End == 1
                && MergedNames.At(merged, first - 1) is null)
            {
                first--;
            }

            // "Regina M . Benjamin", "Earl J . Silbert": text split into tokens before it came, so a middle initial stands
            // apart from its full stop and the tagger stops at it; the name runs on to the surname after the stop.
            var last = name.LastToken;
            if (last > name.FirstToken && last + 2 < tokens.Length && IsInitial(text, tokens[last]) && TokenText.Of(text, tokens[last + 1]) is "."
                && TokenText.IsCapitalised(text, tokens[last + 2]) && TokenText.OnSameLine(text, tokens[last], tokens[last + 2]) && tokens[last + 2].Length > 1)
            {
                // The surname may be a name of its own already (the tagger's "Benjamin"): it joins this one.
                var surname = IndexStartingAt(merged, last + 2);
                if (surname < 0 && MergedNames.At(merged, last + 2) is null)
                {
                    last += 2;
                }
                else if (surname >= 0 && merged[surname].Type == EntityTypes.Person)
                {
                    last = merged[surname].LastToken;
                    merged.RemoveAt(surname);
                    k -= surname < k ? 1 : 0;
                }
            }

            if (first < name.FirstToken || last > name.LastToken)
            {
                merged[k] = name with { FirstToken = first, LastToken = last };
            }
        }
    }

    private static bool IsInitial(string text, Token token)
        => token.Length == 1 && char.IsUpper(text[token.Start]) && text[token.Start] is not ('A' or 'I');

    private static bool IsDottedInitial(string text, Token token)
        => token.Length == 2 && char.IsUpper(text[token.Start]) && text[token.Start + 1] == '.';

    /// <summary>The index of the first name starting at token <paramref name="first"/>, or -1 (a loop: a lambda in the loop above cost a closure for every name).</summary>
    private static int IndexStartingAt(List<NameCandidate> merged, int first)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            if (merged[k].FirstToken == first)
            {
                return k;
            }
        }

        return -1;
    }
}
