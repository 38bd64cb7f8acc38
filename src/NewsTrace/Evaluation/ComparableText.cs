using System.Text;

namespace NewsTrace.Evaluation;

/// <summary>
/// The form in which snippets and titles are compared: lower-case, every run of whitespace (including no-break and
/// other Unicode spaces) one space, no leading or trailing space, curly and straight quotes alike (‘ ’ ‚ ‛ ′ → ',
/// “ ” „ ‟ ″ « » → "), every dash and hyphen variant (‐ ‑ ‒ – — ― − ⁃) → "-", and "…" → "...". Typography differs
/// between a page and its hand-made gold text without changing what is said, so it must not count as a miss.
/// </summary>
public static class ComparableText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032':
                    builder.Append('\'');
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                    builder.Append('"');
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u2043':
                    builder.Append('-');
                    break;
                case '\u2026':
                    builder.Append("...");
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="snippet"/> occurs in <paramref name="normalizedText"/> (already normalised) once both are normalised.</summary>
    public static bool ContainsSnippet(string normalizedText, string snippet)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var needle = Normalize(snippet);
        return needle.Length > 0 && normalizedText.Contains(needle, StringComparison.Ordinal);
    }
}
