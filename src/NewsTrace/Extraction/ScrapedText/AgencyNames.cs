using System.Collections.Frozen;

namespace NewsTrace.Extraction.ScrapedText;

/// <summary>
/// Short names of news agencies for credits: "Associated Press" → "AP", "Agence France-Presse" → "AFP". Unknown names are
/// kept as written, without a trailing "News Agency" ("Meridian News Agency" → "Meridian").
/// </summary>
public static class AgencyNames
{
    private static readonly string[] AgencySuffixes = [" news agency", " press agency", " news service", " agency"];

    private static readonly FrozenDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["ap"] = "AP",
        ["associated press"] = "AP",
        ["the associated press"] = "AP",
        ["reuters"] = "Reuters",
        ["thomson reuters"] = "Reuters",
        ["afp"] = "AFP",
        ["agence france-presse"] = "AFP",
        ["agence france presse"] = "AFP",
        ["tass"] = "TASS",
        ["itar-tass"] = "TASS",
        ["ria novosti"] = "RIA Novosti",
        ["ria"] = "RIA Novosti",
        ["xinhua"] = "Xinhua",
        ["yonhap"] = "Yonhap",
        ["kyodo"] = "Kyodo",
        ["kyodo news"] = "Kyodo",
        ["dpa"] = "dpa",
        ["deutsche presse-agentur"] = "dpa",
        ["ansa"] = "ANSA",
        ["efe"] = "EFE",
        ["upi"] = "UPI",
        ["united press international"] = "UPI",
        ["bloomberg"] = "Bloomberg",
        ["pti"] = "PTI",
        ["press trust of india"] = "PTI",
        ["ians"] = "IANS",
        ["ani"] = "ANI",
        ["anadolu"] = "Anadolu",
        ["interfax"] = "Interfax",
        ["ukrinform"] = "Ukrinform",
        ["kcna"] = "KCNA",
        ["korean central news agency"] = "KCNA",
        ["pa"] = "PA Media",
        ["pa media"] = "PA Media",
        ["cna"] = "CNA",
        ["bernama"] = "Bernama",
        ["antara"] = "Antara",
        ["wafa"] = "WAFA",
        ["irna"] = "IRNA",
        ["sputnik"] = "Sputnik",
        ["apa"] = "APA",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The short name of a known agency, with or without its "News Agency" suffix; null when unknown.</summary>
    public static string? KnownShortName(string name)
    {
        var trimmed = name.Trim().Trim('.', ',', ';', ':');
        if (Known.TryGetValue(trimmed, out var known))
        {
            return known;
        }

        var stem = StripSuffix(trimmed);
        return stem is not null && Known.TryGetValue(stem, out known) ? known : null;
    }

    /// <summary>The credit as NewsTrace records it: a known agency's short name, else the name without a "News Agency" suffix.</summary>
    public static string Normalize(string name)
    {
        var trimmed = name.Trim().Trim('.', ',', ';', ':');
        return KnownShortName(trimmed) ?? StripSuffix(trimmed) ?? trimmed;
    }

    /// <summary>The name says it is an agency ("… News Agency") or is a known one.</summary>
    public static bool LooksLikeAgency(string name) => KnownShortName(name) is not null || StripSuffix(name.Trim()) is not null;

    private static string? StripSuffix(string name)
    {
        foreach (var suffix in AgencySuffixes)
        {
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length].Trim();
            }
        }

        return null;
    }
}
