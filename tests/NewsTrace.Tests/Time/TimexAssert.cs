using System.Globalization;
using NewsTrace.Time;

namespace NewsTrace.Tests.Time;

/// <summary>Runs the tagger on one sentence and finds the expression a test case names.</summary>
internal static class TimexAssert
{
    public static DateOnly? Dct(string dct) => dct.Length == 0 ? null : DateOnly.ParseExact(dct, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TimexTagging Tag(string text, string dct) => TimexTagger.Tag(text, Dct(dct));

    /// <summary>The one expression whose text is <paramref name="expression"/>, with a readable failure listing what was found.</summary>
    public static Timex Single(string text, string dct, string expression)
    {
        var found = Tag(text, dct).Timexes;
        var matching = found.Where(t => t.Span.Of(text) == expression).ToList();
        Assert.True(
            matching.Count == 1,
            $"expected one timex '{expression}' in \"{text}\"; found: {string.Join(", ", found.Select(t => $"'{t.Span.Of(text)}' {t.Type} {t.Value}"))}");
        return matching[0];
    }
}
