using System.Collections.Immutable;

namespace NewsTrace.Evaluation;

/// <summary>
/// Authors as a set of normalised names, so order and list punctuation do not matter: "Ann Lee and Bo Park",
/// "Bo Park, Ann Lee" and ["Ann Lee", "Bo Park"] are the same set. Names are split on commas, semicolons, "&amp;" and
/// the word "and", then normalised with <see cref="ComparableText"/> and stripped of a leading "by".
/// Splitting is literal, so "Jane Roe, MD" gives {"jane roe", "md"} on both sides alike.
/// </summary>
public static class AuthorSet
{
    private static readonly string[] Separators = [",", ";", "&", " and "];

    public static ImmutableSortedSet<string> FromText(string? text) => FromNames(text is null ? [] : [text]);

    public static ImmutableSortedSet<string> FromNames(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var set = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            // Normalise first so "and" is found whatever the case and spacing around it.
            foreach (var part in ComparableText.Normalize(name).Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var cleaned = part.StartsWith("by ", StringComparison.Ordinal) ? part[3..].Trim() : part;
                if (cleaned.Length > 0)
                {
                    set.Add(cleaned);
                }
            }
        }

        return set.ToImmutable();
    }
}
