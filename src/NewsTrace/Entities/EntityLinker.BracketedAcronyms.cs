using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities;

/// <summary>
/// A body's short name given in brackets right after its full name and made of the first letters of its words rather than
/// their initials alone ("Caribbean Community (CARICOM)", "Economic Community of West African States (ECOWAS)"). A part of
/// <see cref="EntityLinker"/>: the short name then joins the full one as initials do.
/// </summary>
internal static partial class EntityLinker
{
    /// <summary>The longest short name read in brackets.</summary>
    private const int MaxBracketedLetters = 10;

    /// <summary>
    /// The all-capitals word in brackets right after the name ending at <paramref name="last"/>, when it spells the start of
    /// the name's first word followed by starts of later capitalised words, in order; null otherwise.
    /// </summary>
    private static string? BracketedShortName(string text, ImmutableArray<Token> tokens, int last, string[] words)
    {
        if (last + 3 >= tokens.Length || TokenText.Of(text, tokens[last + 1]) is not "(" || TokenText.Of(text, tokens[last + 3]) is not ")")
        {
            return null;
        }

        var shortName = TokenText.Of(text, tokens[last + 2]);
        if (shortName.Length is < 3 or > MaxBracketedLetters)
        {
            return null;
        }

        foreach (var letter in shortName)
        {
            if (letter is < 'A' or > 'Z')
            {
                return null;
            }
        }

        return SpellsWordStarts(shortName, words, 0, 0) ? shortName.ToString() : null;
    }

    /// <summary>
    /// Whether <paramref name="letters"/> from <paramref name="at"/> on is spelled by the starts (one letter or more) of every
    /// capitalised word from <paramref name="word"/> on, in order; small words in lower case ("of", "the") are passed over.
    /// </summary>
    private static bool SpellsWordStarts(ReadOnlySpan<char> letters, string[] words, int at, int word)
    {
        while (word < words.Length && (words[word].Length == 0 || !char.IsUpper(words[word][0])))
        {
            word++;
        }

        if (word == words.Length || at == letters.Length)
        {
            return word == words.Length && at == letters.Length;
        }

        var current = words[word];
        for (var taken = 1; taken <= current.Length && at + taken <= letters.Length && char.ToUpperInvariant(current[taken - 1]) == letters[at + taken - 1]; taken++)
        {
            if (SpellsWordStarts(letters, words, at + taken, word + 1))
            {
                return true;
            }
        }

        return false;
    }
}
