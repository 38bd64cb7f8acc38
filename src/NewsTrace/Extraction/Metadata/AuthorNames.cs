using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Extraction.Html;
using NewsTrace.Text;

namespace NewsTrace.Extraction.Metadata;

/// <summary>
/// Cleans author strings from bylines and meta tags into person names: strips "By", splits lists, and rejects
/// what is not a name (roles such as "Staff Writer", "Email the author", dates, URLs, e-mail addresses).
/// </summary>
public static class AuthorNames
{
    private static readonly string[] Prefixes = ["written by", "posted by", "reported by", "story by", "words by", "author:", "authors:", "author", "by:", "by"];

    private static readonly string[] Separators = [",", ";", "|", " and ", " & ", " und ", " et ", " y "];

    private static readonly WordSet RoleWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "staff", "writer", "writers", "editor", "editors", "editorial", "senior", "chief", "managing", "associate", "deputy",
        "reporter", "reporters", "correspondent", "contributor", "contributors", "contributing", "author", "authors", "email",
        "e-mail", "the", "news", "desk", "team", "admin", "administrator", "guest", "columnist", "photographer", "producer",
        "board", "web", "digital", "updated", "published", "posted", "on", "at", "by", "and", "of", "follow", "view", "all",
        "posts", "more", "read", "bio", "profile", "twitter", "facebook", "linkedin", "instagram", "newsroom", "wire", "services",
        "service", "report", "reports", "press", "release", "unknown", "anonymous", "user", "sponsored", "content", "partner",
        "name", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "share", "comments", "comment", "minute", "minutes", "min", "ago");

    /// <summary>The person names in <paramref name="raw"/>, in order, without duplicates.</summary>
    public static ImmutableArray<string> Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }

        var names = ImmutableArray.CreateBuilder<string>();
        var text = HtmlDocument.CollapseWhitespace(raw);
        foreach (var part in text.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = StripPrefix(part).Trim(' ', '.', ':', '-', '–', '—', '·', '•', '"', '\'', '(', ')');
            if (IsPlausibleName(name) && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names.ToImmutable();
    }

    /// <summary>Appends the names of <paramref name="raw"/> not already in <paramref name="names"/>.</summary>
    public static ImmutableArray<string> AddTo(ImmutableArray<string> names, string? raw)
    {
        foreach (var name in Parse(raw))
        {
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names = names.Add(name);
            }
        }

        return names;
    }

    private static string StripPrefix(string part)
    {
        foreach (var prefix in Prefixes)
        {
            if (part.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (part.Length == prefix.Length || prefix.EndsWith(':') || char.IsWhiteSpace(part[prefix.Length]) || part[prefix.Length] == ':'))
            {
                return part[prefix.Length..].TrimStart(':').Trim();
            }
        }

        return part;
    }

    private static bool IsPlausibleName(string name)
    {
        if (name.Length is < 2 or > 60 || name.Contains('@', StringComparison.Ordinal) || name.Contains("://", StringComparison.Ordinal)
            || name.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || name.Any(char.IsDigit) || !name.Any(char.IsLetter))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5 || words.Any(LooksLikeHandleOrDomain))
        {
            return false;
        }

        // A name has at least one word that is not a role word: "Staff Writer" and "Email the author" have none.
        return words.Any(word => word.Any(char.IsLetter) && !RoleWords.Contains(word.Trim('.', ',')));
    }

    // "andrew.keaveney" and "Paperium.net" are user names and domains; "J.R.R." and "St." are not.
    private static bool LooksLikeHandleOrDomain(string word)
    {
        var dot = word.IndexOf('.', StringComparison.Ordinal);
        return dot > 1 && dot < word.Length - 2 && char.IsLetter(word[dot - 1]) && char.IsLetter(word[dot + 1]) && char.IsLetter(word[dot + 2]);
    }
}
