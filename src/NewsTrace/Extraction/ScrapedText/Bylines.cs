using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsTrace.Documents;
using NewsTrace.Extraction.Metadata;
using NewsTrace.Text;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// Bylines of scraped pages: "By Jane Doe", "BY JANE DOE AND JOHN ROE", "Jane Doe, Reporter", "Ruth Calloway, Continental
/// Monitor", "Gideon Marsh · 18 Oct 2024 · The Eastern Ledger", and the author box at a page's foot ("Jane Doe is an
/// editor for …"). Names are checked by <see cref="AuthorNames"/> and must look like a person's: two to four capitalised
/// words, so "Email the author", "Staff", "Hours ago" and dates are never authors.
/// </summary>
public static partial class Bylines
{
    private const int MaximumLength = 120;
    private const int MaximumWordsWithoutPrefix = 10;

    private static readonly string[] Segmenters = [" | ", " · ", " • ", " — ", " – ", " - ", "\t", "  "];

    private static readonly WordSet NameParticles = FrozenSet.Create(
        StringComparer.Ordinal, "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "das", "bin", "al", "ibn", "ten", "ter", "y");

    private static readonly WordSet CalendarWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "today", "yesterday", "hours", "ago", "updated", "published", "posted");

    /// <summary>Reads a byline; false when the line is not one.</summary>
    public static bool TryRead(string line, out Byline byline)
    {
        byline = new Byline([], null, []);
        if (line.Length > MaximumLength || LineShape.Of(line).IsProse)
        {
            return false;
        }

        var segments = line.Split(Segmenters, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return false;
        }

        PublishDate? date = null;
        foreach (var segment in segments)
        {
            if (date is null && DateLines.TryFind(segment, out var found, out _))
            {
                date = found;
            }
        }

        // "Posted by Jane Doe on 12 May 2025": the names end where the date begins.
        var dateAt = DateLines.IndexOfDate(segments[0]);
        var first = dateAt > 0 ? TrailingFiller().Replace(segments[0][..dateAt], "") : segments[0];
        var prefixed = ByPrefix().Match(first.Trim());
        if (prefixed.Success)
        {
            var (authors, credits) = Names(prefixed.Groups["names"].Value, firstOnly: false);
            byline = new Byline(authors, date, credits);
            return !authors.IsEmpty || !credits.IsEmpty;
        }

        // Without "By", the line must start with a person's name and go on with a role, an outlet or a date.
        var parts = segments[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length + segments.Length - 1 < 2 || LineShape.Of(line).Words > MaximumWordsWithoutPrefix
            || AgencyNames.KnownShortName(parts[0]) is not null)
        {
            return false;
        }

        var (names, agencies) = Names(parts[0], firstOnly: true);
        if (names.IsEmpty)
        {
            return false;
        }

        var agencyParts = parts.Skip(1).Concat(segments.Skip(1)).Select(AgencyNames.KnownShortName).OfType<string>();
        byline = new Byline(names, date, [.. agencies.Concat(agencyParts).Distinct(StringComparer.Ordinal)]);
        return true;
    }

    /// <summary>The name in an author box line: "Jane Doe is an editor for …" → "Jane Doe"; else null.</summary>
    public static string? ReadBio(string line)
    {
        var match = Bio().Match(line);
        return match.Success && IsPersonName(match.Groups["name"].Value) ? match.Groups["name"].Value : null;
    }

    /// <summary>Two to four capitalised words (particles such as "van" allowed), no digits, no calendar words.</summary>
    public static bool IsPersonName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (NameParticles.Contains(word))
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || CalendarWords.Contains(word.TrimEnd('.', ',')) || !word.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’'))
            {
                return false;
            }
        }

        return !words.All(NameParticles.Contains);
    }

    private static (ImmutableArray<string> Authors, ImmutableArray<string> Credits) Names(string raw, bool firstOnly)
    {
        var authors = ImmutableArray.CreateBuilder<string>();
        var credits = ImmutableArray.CreateBuilder<string>();
        foreach (var part in raw.Split([",", ";", " and ", " & ", " AND "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (AgencyNames.KnownShortName(part) is { } agency)
            {
                credits.Add(agency);
                continue;
            }

            foreach (var parsed in AuthorNames.Parse(part))
            {
                var name = IsAllCaps(parsed) ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(parsed.ToLowerInvariant()) : parsed;
                if (IsPersonName(name) && !authors.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    authors.Add(name);
                }
            }

            if (firstOnly)
            {
                break;
            }
        }

        return (authors.ToImmutable(), credits.ToImmutable());
    }

    [GeneratedRegex(@"(?:\s+(?:on|at|am|le|el|,|\||-|updated|published|posted))+\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingFiller();

    private static bool IsAllCaps(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    [GeneratedRegex(@"^(?:(?:written|posted|reported|story|words|text|photos?\s+and\s+text)\s+by|by|author|authors|von|par|por|автор)\b\s*:?\s*(?<names>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|van|von|de|da|di|del|al|bin)){1,3})\s+is\s+(?:an?|the|our)\s+(?:[\p{L}-]+\s+){0,3}?(?:editor|reporter|writer|journalist|correspondent|columnist|contributor|author|freelancer|producer|analyst|blogger)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Bio();
}
