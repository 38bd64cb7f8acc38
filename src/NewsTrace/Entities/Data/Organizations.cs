using System.Collections.Frozen;

namespace NewsTrace.Entities.Data;

/// <summary>Major organisations, institutions and news agencies: "Canonical|alias;alias". Written by hand.</summary>
internal static class Organizations
{
    private static readonly string[] Rows =
    [
        "United Nations|UN;U.N.", "UN Security Council|Security Council;United Nations Security Council;UNSC",
        "UN General Assembly|General Assembly;United Nations General Assembly", "NATO|North Atlantic Treaty Organization;Nato",
        "European Union|EU;E.U.", "European Commission|EC", "European Parliament|", "International Atomic Energy Agency|IAEA",
        "World Health Organization|WHO;World Health Organisation", "International Monetary Fund|IMF", "World Bank|", "World Trade Organization|WTO;World Trade Organisation",
        "Organization of the Petroleum Exporting Countries|OPEC", "Group of Seven|G7;G-7", "Group of Twenty|G20;G-20",
        "BRICS|", "ASEAN|Association of Southeast Asian Nations", "African Union|AU", "Arab League|",
        "Organization for Security and Co-operation in Europe|OSCE", "Council of Europe|", "International Criminal Court|ICC",
        "International Court of Justice|ICJ", "Red Cross|International Committee of the Red Cross;ICRC", "UNICEF|", "UNESCO|",
        "Shanghai Cooperation Organisation|SCO", "Collective Security Treaty Organization|CSTO",
        "TASS|Tass", "RIA Novosti|RIA", "Interfax|", "Reuters|", "Associated Press|AP", "Agence France-Presse|AFP",
        "Xinhua|", "Yonhap|", "KCNA|Korean Central News Agency", "BBC|", "CNN|", "Al Jazeera|", "Bloomberg|", "The New York Times|New York Times",
        "Kremlin|The Kremlin", "White House|The White House", "Pentagon|The Pentagon", "State Department|US State Department;U.S. State Department",
        "Downing Street|", "Elysee|Élysée", "Congress|US Congress;U.S. Congress", "Senate|", "House of Representatives|",
        "State Duma|Duma", "Federation Council|", "Bundestag|", "Knesset|", "Supreme Court|",
        "Foreign Ministry|Foreign Office;Ministry of Foreign Affairs", "Defence Ministry|Defense Ministry;Ministry of Defence;Ministry of Defense",
        "CIA|Central Intelligence Agency", "FBI|Federal Bureau of Investigation", "FSB|Federal Security Service", "KGB|",
        "Gazprom|", "Rosneft|", "Google|", "Apple|", "Microsoft|", "Amazon|", "Facebook|Meta", "Twitter|", "Wikinews|", "Wikipedia|",
        "Hamas|", "Hezbollah|", "Taliban|The Taliban", "Islamic State|ISIS;ISIL", "Democratic Party|Democrats", "Republican Party|GOP;Republicans",
    ];

    /// <summary>Every organisation name and alias mapped to its canonical name.</summary>
    public static FrozenDictionary<string, string> Aliases { get; } = Build();

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            var fields = row.Split('|');
            map.TryAdd(fields[0], fields[0]);
            foreach (var alias in fields[1].Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                map.TryAdd(alias, fields[0]);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
