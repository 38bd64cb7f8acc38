using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// Agency credits in scraped text. Stand-alone credit lines ("SOURCE: AP", "Source:Reuters", "(Reuters)", "— Meridian",
/// "Additional reporting by Xinhua") are removed from the text; a dateline's agency ("DORVAN, Oct. 17 (Meridian) —",
/// "(AP) —") is read but the dateline stays, as it is part of the first sentence. Attribution inside a sentence
/// ("according to RIA Novosti") is not a credit.
/// </summary>
public static partial class CreditLines
{
    private const int MaximumCreditWords = 5;
    private const int MaximumLineLength = 90;
    private const int MaximumBareWords = 3;

    /// <summary>A line that is nothing but a credit; its agencies.</summary>
    /// <param name="line">The trimmed line.</param>
    /// <param name="closesArticle">The line ends the article: a bare "— Name" or "(Name)" there is a credit even when the agency is unknown.</param>
    /// <param name="credits">The normalised agency names.</param>
    public static bool TryReadStandalone(string line, bool closesArticle, out ImmutableArray<string> credits)
    {
        credits = [];
        if (line.Length > MaximumLineLength)
        {
            return false;
        }

        var labelled = SourceLabel().Match(line);
        if (labelled.Success)
        {
            return TryNames(labelled.Groups["who"].Value, requireAgency: false, out credits);
        }

        var reporting = ReportingBy().Match(line);
        if (reporting.Success)
        {
            return TryNames(reporting.Groups["who"].Value, requireAgency: true, out credits);
        }

        // An unknown name after a dash is a credit only where a credit stands (the article's end) and only when short:
        // "— Meridian" is, "- Talks resume on Monday" (a list item) is not.
        var bare = BareCredit().Match(line);
        return bare.Success && TryNames(bare.Groups["who"].Value, requireAgency: !closesArticle || WordCount(bare.Groups["who"].Value) > MaximumBareWords, out credits);
    }

    /// <summary>The agency of a dateline at the start of a paragraph ("WASHINGTON (Reuters) -"), or null.</summary>
    public static string? ReadDateline(string line)
    {
        var match = Dateline().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var agency = match.Groups["agency"].Value.Trim();
        return IsNameLike(agency) ? AgencyNames.Normalize(agency) : null;
    }

    private static bool TryNames(string who, bool requireAgency, out ImmutableArray<string> credits)
    {
        credits = [];
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in who.Split([",", "/", "&", ";", " and "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Trim('.', ')', '(', ' ');
            if (!IsNameLike(name) || (requireAgency && !AgencyNames.LooksLikeAgency(name)))
            {
                return false;
            }

            var normalized = AgencyNames.Normalize(name);
            if (!builder.Contains(normalized, StringComparer.OrdinalIgnoreCase))
            {
                builder.Add(normalized);
            }
        }

        credits = builder.ToImmutable();
        return credits.Length > 0;
    }

    // An agency is named by a few capitalised words ("Meridian", "RIA Novosti", "Agence France-Presse"), never by a phrase.
    private static bool IsNameLike(string name)
    {
        if (name.Length is < 2 or > 50 || name.Any(char.IsDigit))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaximumCreditWords && words.All(word => char.IsUpper(word[0]) || IsLinkWord(word))
            && char.IsUpper(words[0][0]);
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsLinkWord(string word) => word is "of" or "de" or "du" or "des" or "la" or "news" or "agency" or "and";

    [GeneratedRegex(@"^(?:sources?|credits?|via|wire)\s*[:：]\s*(?<who>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"^\(?(?:with\s+)?(?:additional\s+)?(?:reporting|files|inputs?|information)\s+(?:by|from)\s+(?<who>[^()]+?)\)?\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ReportingBy();

    [GeneratedRegex(@"^(?:[—–]|--?)\s*(?<who>[^\s—–-].*?)\s*$|^\((?:with\s+)?(?<who>[^()]+)\)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BareCredit();

    // PLACE[, Region][, Mon. DD] (Agency) — ; the place in capitals, as wire style writes it. Or a bare "(Agency) -".
    [GeneratedRegex(@"^(?:\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}?(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?)?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*)?\((?<agency>[^()\d]{2,40})\)\s*(?:[—–]|--?)\s", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Dateline();
}
