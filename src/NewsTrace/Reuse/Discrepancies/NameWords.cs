using System.Collections.Immutable;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Stories.Features;

namespace NewsTrace.Reuse.Discrepancies;

/// <summary>
/// The names in a run of words: entity mentions that overlap it, else capitalised words that are not function
/// words, weekdays or months. Two names are the same when their transliteration keys agree or one is a derived form
/// of the other ("Kesmaria" and "Kesmarian", "Marovia’s").
/// </summary>
internal static class NameWords
{
    private static readonly string[] CalendarWords =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    public static ImmutableArray<(string Key, bool IsPlace)> In(string text, TextSpan span, ImmutableArray<EntityMention> entities)
    {
        var names = ImmutableArray.CreateBuilder<(string, bool)>();
        foreach (var word in WordCount.Spans(text, span))
        {
            var surface = word.Of(text);
            var entity = entities.FirstOrDefault(e => e.Span.Contains(word));

            // A nationality or a title describes someone ("the Russian foreign minister"); swapping a name for a
            // description of the same person is rewording, not a changed fact.
            if (entity is { Type: "NORP" or "TITLE" })
            {
                continue;
            }

            if (entity is null && (!LooksLikeName(surface) || StartsSentence(text, word.Start)))
            {
                continue;
            }

            var isPlace = entity is { Type: "GPE" or "LOC" };
            names.Add((NameKey.OfWord(Stem(surface)), isPlace));

            // The entity's canonical name joins the forms the linker already knows to be one ("UN" and "United Nations").
            if (entity?.Canonical is { Length: > 0 } canonical)
            {
                foreach (var part in canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    names.Add((NameKey.OfWord(Stem(part)), isPlace));
                }

                names.Add((NameKey.OfWord(Initials(canonical)), isPlace));
            }
        }

        return names.ToImmutable();
    }

    /// <summary>True when no name of one side matches any name of the other.</summary>
    public static bool Disjoint(ImmutableArray<(string Key, bool IsPlace)> left, ImmutableArray<(string Key, bool IsPlace)> right)
        => !left.Any(l => right.Any(r => Same(l.Key, r.Key)));

    private static bool Same(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
        {
            return false;
        }

        if (string.Equals(left, right, StringComparison.Ordinal))
        {
            return true;
        }

        // A derived form shares a long prefix: "kesmaria" / "kesmarian", "marovia" / "marovian".
        var common = 0;
        while (common < left.Length && common < right.Length && left[common] == right[common])
        {
            common++;
        }

        return common >= 5 && common >= Math.Min(left.Length, right.Length) - 1;
    }

    /// <summary>
    /// A capital the sentence (or a speaker label's "Name:") forces says nothing about the word: "Yes" and "Nobody"
    /// opening two answers are not two names. Only the entity layer can vouch for such a word.
    /// </summary>
    private static bool StartsSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or ':' or '"' or '“' or '‘' or '«' or '—';
    }

    private static bool LooksLikeName(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || !word.Skip(1).Any(char.IsLower))
        {
            return false;
        }

        var lower = word.ToLower(System.Globalization.CultureInfo.InvariantCulture);
        return !StopWords.Contains(lower) && !CalendarWords.Contains(lower, StringComparer.Ordinal);
    }

    /// <summary>"United Nations" → "un", so an acronym matches its expansion.</summary>
    private static string Initials(string name)
        => new([.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0]))]);

    /// <summary>"Marovia’s" and "Marovia's" are Marovia.</summary>
    private static string Stem(string word)
    {
        foreach (var suffix in new[] { "’s", "'s" })
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
