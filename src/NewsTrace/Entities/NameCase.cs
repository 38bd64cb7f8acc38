using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Entities;

/// <summary>Names written in capitals, spelt as the word lists write them.</summary>
internal static class NameCase
{
    /// <summary>Words the lists write in lower case inside a name ("Bank of England", "Dar es Salaam", "Newcastle upon Tyne").</summary>
    private static readonly WordSet SmallWords = FrozenSet.ToFrozenSet(
        ["of", "the", "and", "for", "on", "upon", "de", "des", "du", "del", "da", "do", "dos", "es", "an", "der", "im", "ob", "y", "la", "le", "al"],
        StringComparer.Ordinal);

    /// <summary>
    /// "NORTH KOREA" → "North Korea", "DAIMLER-BENZ" → "Daimler-Benz", "BANK OF ENGLAND" → "Bank of England", in place:
    /// a capital after anything but a letter or an apostrophe, and small words after the first in lower case.
    /// </summary>
    public static Span<char> FromCapitals(Span<char> surface)
    {
        var afterLetter = false;
        var wordStart = 0;
        for (var k = 0; k <= surface.Length; k++)
        {
            if (k == surface.Length || surface[k] == ' ')
            {
                var word = surface[wordStart..k];
                if (wordStart > 0 && word.Length > 0)
                {
                    var capital = word[0];
                    word[0] = char.ToLowerInvariant(capital);
                    if (!SmallWords.Contains(word))
                    {
                        word[0] = capital;
                    }
                }

                wordStart = k + 1;
                afterLetter = false;
                continue;
            }

            var c = surface[k];
            surface[k] = afterLetter ? char.ToLowerInvariant(c) : c;
            afterLetter = char.IsLetter(c) || c == '\'';
        }

        return surface;
    }
}
