using FsCheck;
using FsCheck.Fluent;

namespace NewsTrace.Tests.Text;

/// <summary>
/// Strings for property tests: news-like fragments (abbreviations, numbers, quotes, URLs, line breaks) mixed with arbitrary
/// UTF-16 code units, including lone surrogates, control and format characters, and very long runs of one character.
/// </summary>
internal static class TextGenerators
{
    private static readonly string[] Fragments =
    [
        " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "The", "the", "minister", "said", "U.S.", "Gen.", "Mr.", "e.g.", "a.m.",
        "J.", "Inc.", "No.", "3.5", "1,000", "1.000,5", "25%", "$5", "2024-2025", "9/13/2023", "2023-10-19", "10:30", ".", ",", "...",
        "…", "?!", "!", "?", ":", ";", "-", "--", "—", "(", ")", "[", "]", "\"", "'", "’", "‘", "“", "”", "«", "»", "„", "‹", "›",
        "‚", "Jong-un", "O'Brien", "'s", "’s", "don't", "Путин", "т.е.", "г.", "z.B.", "Zürich", "e\u0301", "https://example.com/a(b)",
        "www.", "http://", "kremlin.ru", "a@b.co", "@", "x@", "😀", "👍🏽", "❤️", "\u200D", "\uD83D", "\uDE00", "\uDC00", "\u200B",
        "\uFEFF", "\u00AD", "\u0001", "\u0085", "\u2028", "\u2029", "\f", "\v", "#", "&", "€",
    ];

    /// <summary>Mostly fragments, some random code units, and now and then a long run of one character.</summary>
    public static Arbitrary<string> NewsLikeText()
    {
        var fragment = Gen.Elements(Fragments);
        var anyCodeUnit = Gen.Choose(0, 0xFFFF).Select(code => ((char)code).ToString());
        var longRun = Gen.Elements('a', '.', '-', ' ', '\n', '\'', '"', '1', '\uD800', '?').Zip(Gen.Choose(100, 5000))
            .Select(pair => new string(pair.Item1, pair.Item2));
        var piece = Gen.Frequency((12, fragment), (4, anyCodeUnit), (1, longRun));
        return Gen.ListOf(piece).Select(pieces => string.Concat(pieces)).ToArbitrary();
    }
}
