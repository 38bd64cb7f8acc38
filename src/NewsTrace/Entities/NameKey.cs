using System.Text;

namespace NewsTrace.Entities;

/// <summary>
/// A transliteration-insensitive matching key for person names, so "Sergei"/"Sergey", "Arkadiy"/"Arkady"/"Arkadi",
/// "Velichko"/"Velitchko" and "Dmitri"/"Dmitry" compare equal. Conservative on purpose: it only folds spellings
/// that romanisation systems disagree on, never letters that tell names apart.
/// </summary>
/// <remarks>
/// Per word, after lower-casing and dropping diacritics and apostrophes:
/// <list type="bullet">
/// <item>endings "iy", "yy", "ij", "ei", "ey", "y" and final "i" become "i" ("Arkadiy" = "Arkady" = "Arkadi", "Sergei" = "Sergey");</item>
/// <item>"tch" becomes "ch" ("Velitchko"), "kh" becomes "h", "tz"/"ts" become "c", "zh" becomes "j", "yu"/"iu"/"ju" become "u", "ya"/"ia"/"ja" become "a";</item>
/// <item>"j" becomes "y" then "y" becomes "i"; doubled letters are written once ("Aleksandr" vs "Alexandr" is not folded: "x"/"ks" is left alone).</item>
/// </list>
/// </remarks>
public static class NameKey
{
    /// <summary>Words longer than this are keyed through a heap buffer.</summary>
    private const int StackChars = 128;

    /// <summary>Spellings romanisation systems disagree on, folded in this order (each over the whole word, left to right).</summary>
    private static readonly (string From, string To)[] Folds =
    [
        ("tch", "ch"), ("kh", "h"), ("tz", "c"), ("ts", "c"), ("zh", "j"), ("yu", "u"), ("iu", "u"), ("ju", "u"),
        ("ya", "a"), ("ia", "a"), ("ja", "a"),
    ];

    private static readonly char[] WordSeparators = [' ', '\u00A0', '\n', '\t'];

    /// <summary>The key of a whole name: word keys joined by single spaces.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        // Keys are built for every name of every document, so the words are keyed into one buffer, not split into strings.
        // Dropping diacritics needs the decomposed form (ASCII is its own), which may be longer than the name.
        var decomposed = Decomposed(name);
        var buffer = decomposed.Length <= StackChars ? stackalloc char[StackChars] : new char[decomposed.Length];
        var length = 0;
        var rest = decomposed.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOfAny(WordSeparators);
            var word = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            length += KeyInto(word, buffer[length..]);
        }

        return new string(buffer[..length]);
    }

    /// <summary>The key of one word.</summary>
    public static string OfWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var decomposed = Decomposed(word);
        var buffer = decomposed.Length <= StackChars ? stackalloc char[StackChars] : new char[decomposed.Length];
        return new string(buffer[..KeyInto(decomposed, buffer)]);
    }

    private static string Decomposed(string text) => Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormD);

    /// <summary>
    /// Writes the key of the decomposed <paramref name="word"/> to <paramref name="destination"/> (at least as long as the
    /// word) and returns its length. The key never grows: every step shortens the word or keeps its length, in place.
    /// </summary>
    private static int KeyInto(ReadOnlySpan<char> word, Span<char> destination)
    {
        var letters = destination;
        var length = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c) || c == '-')
            {
                letters[length++] = char.ToLowerInvariant(c);
            }
        }

        length = FoldEnding(letters, length);
        foreach (var (from, to) in Folds)
        {
            length = Replace(letters, length, from, to);
        }

        // "j" becomes "y", then every "y" becomes "i"; then doubled letters are written once.
        var written = 0;
        for (var r = 0; r < length; r++)
        {
            var c = letters[r] is 'j' or 'y' ? 'i' : letters[r];
            if (written == 0 || destination[written - 1] != c)
            {
                destination[written++] = c;
            }
        }

        return written;
    }

    /// <summary>Endings "iy", "yy", "ij", "ei", "ey" become "i", and a final "y" after three letters.</summary>
    private static int FoldEnding(Span<char> word, int length)
    {
        foreach (var ending in (ReadOnlySpan<string>)["iy", "yy", "ij", "ei", "ey"])
        {
            if (length > ending.Length + 2 && word[..length].EndsWith(ending, StringComparison.Ordinal))
            {
                word[length - ending.Length] = 'i';
                return length - ending.Length + 1;
            }
        }

        if (length > 3 && word[length - 1] == 'y')
        {
            word[length - 1] = 'i';
        }

        return length;
    }

    /// <summary>As <see cref="string.Replace(string, string, StringComparison)"/>, in place; <paramref name="to"/> is never longer than <paramref name="from"/>.</summary>
    private static int Replace(Span<char> word, int length, string from, string to)
    {
        var written = 0;
        var r = 0;
        while (r < length)
        {
            if (word[r..length].StartsWith(from, StringComparison.Ordinal))
            {
                to.CopyTo(word[written..]);
                written += to.Length;
                r += from.Length;
            }
            else
            {
                word[written++] = word[r++];
            }
        }

        return written;
    }
}
