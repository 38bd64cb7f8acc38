using System.Globalization;
using NewsTrace.Documents;
using NewsTrace.Entities.Data;

namespace NewsTrace.Entities.CrossDocument;

/// <summary>
/// Descriptions set off by commas next to a person's name: "Jonas Prell, a senior fellow at the institute, said" and
/// "Tevania's ambassador to the United Nations, Selim Harun, said". The description must open with an article or a
/// possessive and hold a role word, so "Velichko, Kostandin and Sefer" or "Velichko, who arrived on Tuesday" are not taken.
/// </summary>
internal static class AppositiveDescriptions
{
    private const int MaxWords = 10;

    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "its", "his", "her", "their" };

    // Role nouns the title list leaves out because they do not precede names.
    private static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "fellow", "expert", "researcher", "economist", "scientist", "lawyer", "journalist", "founder", "member", "counterpart",
        "negotiator", "envoy", "diplomat", "ambassador", "minister", "spokesman", "spokeswoman", "spokesperson", "president",
    };

    public static IEnumerable<string> Find(string text, TextSpan name)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (After(text, name) is { } after)
        {
            yield return after;
        }

        if (Before(text, name) is { } before)
        {
            yield return before;
        }
    }

    private static string? After(string text, TextSpan name)
    {
        if (name.End + 2 > text.Length || text[name.End] != ',' || text[name.End + 1] != ' ')
        {
            return null;
        }

        var start = name.End + 2;
        var end = text.IndexOfAny([',', '.', ';', ':', '\n', '(', '"', '\u201C', '\u201D'], start);
        return Accept(text[start..(end < 0 ? text.Length : end)]);
    }

    private static string? Before(string text, TextSpan name)
    {
        // "<description>, Name," with the name closed by a comma as well, so a list "A, B and C" is not read as one.
        if (name.Start < 2 || text[name.Start - 2] != ',' || text[name.Start - 1] != ' ' || name.End >= text.Length || text[name.End] != ',')
        {
            return null;
        }

        var end = name.Start - 2;
        var start = text.LastIndexOfAny(['.', ';', ':', '\n', '"', '\u201C', '\u201D', ','], end - 1) + 1;
        return Accept(text[start..end].Trim());
    }

    private static string? Accept(string phrase)
    {
        var collapsed = TitledForms.Collapse(phrase);
        var words = collapsed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > MaxWords)
        {
            return null;
        }

        var opens = Openers.Contains(words[0]) || words[0].EndsWith("'s", StringComparison.Ordinal) || words[0].EndsWith("\u2019s", StringComparison.Ordinal);
        var hasRole = words.Skip(1).Any(w => RoleNouns.Contains(w) || NameWords.StrongPersonTitles.Contains(w.ToLower(CultureInfo.InvariantCulture)));
        return opens && hasRole ? collapsed : null;
    }
}
