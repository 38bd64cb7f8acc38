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
    /// <summary>The key of a whole name: word keys joined by single spaces.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var word in name.Split([' ', '\u00A0', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(OfWord(word));
        }

        return builder.ToString();
    }

    /// <summary>The key of one word.</summary>
    public static string OfWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var letters = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c) || c == '-')
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        var text = letters.ToString();
        text = FoldEnding(text);
        text = text
            .Replace("tch", "ch", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal)
            .Replace("tz", "c", StringComparison.Ordinal)
            .Replace("ts", "c", StringComparison.Ordinal)
            .Replace("zh", "j", StringComparison.Ordinal)
            .Replace("yu", "u", StringComparison.Ordinal)
            .Replace("iu", "u", StringComparison.Ordinal)
            .Replace("ju", "u", StringComparison.Ordinal)
            .Replace("ya", "a", StringComparison.Ordinal)
            .Replace("ia", "a", StringComparison.Ordinal)
            .Replace("ja", "a", StringComparison.Ordinal)
            .Replace('j', 'y')
            .Replace('y', 'i');
        return Undouble(text);
    }

    private static string FoldEnding(string word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["iy", "yy", "ij", "ei", "ey"])
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return string.Concat(word.AsSpan(0, word.Length - ending.Length), "i");
            }
        }

        return word.Length > 3 && word[^1] == 'y' ? string.Concat(word.AsSpan(0, word.Length - 1), "i") : word;
    }

    private static string Undouble(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
