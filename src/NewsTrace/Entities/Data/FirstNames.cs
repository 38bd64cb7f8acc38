using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Entities.Data;

/// <summary>
/// Common given names in English-language news (English, European, Slavic, Arabic, South and East Asian, African).
/// Written by hand from general knowledge; a fact list, used as a tagger feature ("this word is often a first name"), never alone.
/// </summary>
internal static class FirstNames
{
    /// <summary>Given names of either sex or of no clear one, and given-name parts (Korean "Jae-in"); the rest are in <see cref="GivenNameGenders"/>.</summary>
    private static readonly string[] Listed =
    [
        "Alex", "Chris", "Jamie", "Lee", "Sam", "Terry", "Lindsey", "Andrea", "Jean", "Kelly", "Jan", "Alexis", "Leo",
        "Said", "Ariel", "Sheikh", "Kumar", "Raj", "Moon", "Kim", "Yoon", "Park", "Jae-in", "Ban", "Jong-un", "Jong-il",
        "Il-sung", "Yuki", "Wei", "Li", "Chen", "Jiang", "Hu", "Tsai", "Bola", "Hage", "Bo", "Jo", "Kay", "Pat", "Val",
        "Sidney", "Leslie", "Lynn", "Tracy", "Dominique", "Dana", "Casey", "Riley", "Hayden", "Ashley", "Jody", "Sasha", "Nikita",
        "Jackie", "Kris", "Lou", "Noel",
    ];

    /// <summary>The names above and every name <see cref="GivenNameGenders"/> gives a sex (declared after them: static fields initialise in order).</summary>
    public static WordSet Names { get; } = FrozenSet.ToFrozenSet(Listed.Concat(GivenNameGenders.Female).Concat(GivenNameGenders.Male), StringComparer.Ordinal);

    /// <summary>
    /// Whether the word is a given name, looked up by span (no string per token); a hyphenated compound of two given names
    /// is one too ("Heinz-Harald", "Jean-Pierre", "Hans-Dietrich").
    /// </summary>
    public static bool Contains(ReadOnlySpan<char> word)
    {
        if (Names.Contains(word))
        {
            return true;
        }

        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && Names.Contains(word[..hyphen]) && Names.Contains(word[(hyphen + 1)..]);
    }
}
