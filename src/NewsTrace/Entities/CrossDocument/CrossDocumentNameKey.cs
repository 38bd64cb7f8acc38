using System.Collections.Immutable;
using System.Globalization;

namespace NewsTrace.Entities.CrossDocument;

/// <summary>
/// The key that decides whether two names written in different articles are the same name. It builds on
/// <see cref="NameKey"/> (endings "ei"/"ey"/"iy"/"y", "kh"/"h", "tch"/"ch" and the other romanisation folds, per word)
/// and adds what only matters across outlets: hyphens and spaces inside Korean and Chinese names are ignored
/// ("Kim Jong-un" = "Kim Jong Un", "Xi Jin-ping" = "Xi Jinping"), dotted acronyms lose their dots ("U.N." = "UN"),
/// a leading "the" and a possessive "'s" are dropped, and case does not count ("DORVAN" = "Dorvan").
/// </summary>
public static class CrossDocumentNameKey
{
    private static readonly char[] Separators = [' ', '\u00A0', '\t', '\n', '\r', '-', '\u2010', '\u2011', '\u2013'];

    /// <summary>The key of a whole name: its word keys run together, so word boundaries inside a name do not count.</summary>
    public static string Of(string name) => string.Concat(Words(name));

    /// <summary>The word keys of a name, in order, without a leading "the" and empty words.</summary>
    public static ImmutableArray<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = name.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var words = ImmutableArray.CreateBuilder<string>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = StripPossessive(parts[i]);
            if (i == 0 && parts.Length > 1 && string.Equals(part, "the", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var key = NameKey.OfWord(part);
            if (key.Length > 0)
            {
                words.Add(key);
            }
        }

        return words.ToImmutable();
    }

    /// <summary>The key of one word, for comparing surnames and first names.</summary>
    public static string OfWord(string word) => NameKey.OfWord(StripPossessive(word)).Replace("-", "", StringComparison.Ordinal);

    /// <summary>
    /// True for an acronym as written: two to eight letters, all capitals, optionally dotted ("DPRK", "U.N.", "FRK").
    /// </summary>
    public static bool IsAcronym(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 8;
    }

    /// <summary>The letters of an acronym, upper case, dots removed ("U.N." gives "UN").</summary>
    public static string AcronymLetters(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Replace(".", "", StringComparison.Ordinal).ToUpper(CultureInfo.InvariantCulture);
    }

    private static string StripPossessive(string word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["'s", "\u2019s", "'", "\u2019"])
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
