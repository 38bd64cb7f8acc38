using System.Collections.Immutable;
using System.Globalization;
using NewsTrace.Documents;
using NewsTrace.Entities.Data;

namespace NewsTrace.Entities.CrossDocument;

/// <summary>
/// The titled form of a person mention: the name with the titles, roles and nationality written right before it
/// ("Marovian Foreign Minister Arkady Velichko", "Kremlin spokesman Dmitry Peskov"). The entity layer marks the bare
/// name; the titled form is kept as an alias, never as a separate entity.
/// </summary>
internal static class TitledForms
{
    private const int MaxWords = 5;

    // Role modifiers the title list leaves out because on their own they do not make a person.
    private static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "presidential", "ministry", "press", "senior", "former", "acting", "top", "state", "regional", "local", "fire", "service", "town",
    };

    /// <summary>The titled form ending at <paramref name="name"/>, or null when no title stands right before it.</summary>
    /// <param name="text">The article text.</param>
    /// <param name="name">The person mention's span.</param>
    /// <param name="supporting">Spans of nationality and organisation mentions, which may stand among the titles ("Kremlin spokesman").</param>
    public static string? Find(string text, TextSpan name, ImmutableArray<TextSpan> supporting)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = name.Start;
        var titleStart = -1;
        for (var words = 0; words < MaxWords; words++)
        {
            var wordEnd = start;
            while (wordEnd > 0 && text[wordEnd - 1] is ' ' or '\u00A0')
            {
                wordEnd--;
            }

            if (wordEnd == start || wordEnd == 0)
            {
                break;
            }

            var wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '.' or '-'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd)
            {
                break;
            }

            var word = text[wordStart..wordEnd];
            var isTitle = NameWords.PersonTitles.Contains(word.ToLower(CultureInfo.InvariantCulture));
            var supportingSpan = supporting.FirstOrDefault(s => s.End == wordEnd && s.Start <= wordStart);
            if (supportingSpan != default)
            {
                wordStart = supportingSpan.Start;
            }
            else if (!isTitle && !RoleModifiers.Contains(word))
            {
                break;
            }

            start = wordStart;
            if (isTitle)
            {
                titleStart = start;
            }
        }

        // A nationality or organisation alone before a name ("Russian Sergey Lavrov") is not a title.
        return titleStart < 0 ? null : Collapse(text[start..name.End]);
    }

    /// <summary>Runs of white space as one space, so the same title written across a line break is one alias.</summary>
    internal static string Collapse(string value) => string.Join(' ', value.Split([' ', '\u00A0', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
