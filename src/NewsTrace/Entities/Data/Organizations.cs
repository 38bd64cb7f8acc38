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
        "Kremlin|The Kremlin", "White House|The White House", "Pentagon|The Pentagon", "Joint Chiefs of Staff|Joint Chiefs", "State Department|US State Department;U.S. State Department",
        "Downing Street|", "Elysee|Élysée", "Congress|US Congress;U.S. Congress", "Senate|", "House of Representatives|",
        "State Duma|Duma", "Federation Council|", "Bundestag|", "Knesset|", "Supreme Court|",
        "Foreign Ministry|Ministry of Foreign Affairs", "Defence Ministry|Defense Ministry;Ministry of Defence;Ministry of Defense",
        "CIA|Central Intelligence Agency", "FBI|Federal Bureau of Investigation", "FSB|Federal Security Service", "KGB|",
        "Gazprom|", "Rosneft|", "Google|", "Apple|", "Microsoft|", "Amazon|", "Facebook|Meta", "Twitter|", "Wikinews|", "Wikipedia|",
        "Hamas|", "Hezbollah|Hizbollah;Hizballah", "Taliban|The Taliban;Taleban", "Islamic State|ISIS;ISIL", "Democratic Party|Democrats", "Republican Party|GOP;Republicans",

        // Central banks, regulators, markets and rating agencies, as business news names them.
        "Federal Reserve|Fed;U.S. Federal Reserve;US Federal Reserve", "European Central Bank|ECB", "Bank of England|",
        "Bank of Japan|BOJ", "Bundesbank|", "Bank of France|Banque de France", "Bank of Canada|", "Reserve Bank of Australia|RBA",
        "Reserve Bank of India|RBI", "Swiss National Bank|SNB", "People's Bank of China|", "Securities and Exchange Commission|SEC",
        "Federal Trade Commission|FTC", "Internal Revenue Service|IRS", "Food and Drug Administration|FDA",
        "Environmental Protection Agency|EPA", "NASA|National Aeronautics and Space Administration", "Nasdaq|",
        "London Stock Exchange|", "Tokyo Stock Exchange|", "London Metal Exchange|LME", "Chicago Board of Trade|CBOT",
        "New York Mercantile Exchange|Nymex;NYMEX", "Moody's|Moody's Investors Service", "Standard & Poor's|S&P",
        "Lloyd's of London|Lloyd's", "Paris Club|", "London Club|", "Asian Development Bank|ADB",
        "European Bank for Reconstruction and Development|EBRD", "Inter-American Development Bank|IDB",
        "African Development Bank|",

        // Pollsters, broadcasters, news sites and platforms that stories cite as sources. Names that are also common surnames
        // or words ("Harris", "Nielsen", "Slate", "Dawn") are left out; their longer forms are in.
        "Gallup|", "Zogby|Zogby International", "Ipsos|Ipsos MORI", "YouGov|", "Rasmussen Reports|", "Quinnipiac University|Quinnipiac",
        "Pew Research Center|Pew", "Marist College|Marist", "SurveyUSA|", "Morning Consult|", "Angus Reid Institute|", "Forsa|",
        "Levada Center|Levada Centre", "Datafolha|", "Newsmax|", "Politico|", "Axios|", "Breitbart News|Breitbart",
        "HuffPost|Huffington Post", "BuzzFeed News|BuzzFeed", "Drudge Report|", "Fox News|", "MSNBC|", "CNBC|",
        "NPR|National Public Radio", "PBS|", "C-SPAN|", "Sputnik|", "dpa|Deutsche Presse-Agentur", "EFE|",
        "CBC|Canadian Broadcasting Corporation;CBC News", "CTV|", "ABC News|", "NHK|", "Der Spiegel|Spiegel", "The Guardian|",
        "Times of India|", "South China Morning Post|", "Deutsche Welle|", "Voice of America|VOA",
        "Radio Free Europe/Radio Liberty|Radio Free Europe;RFE/RL", "Oxfam|", "YouTube|", "Instagram|", "TikTok|", "Reddit|",
        "Ethnologue|",

        // Universities that research and health stories cite. Names shared with their towns ("Oxford", "Princeton") are
        // left out as aliases.
        "King's College London|King's College;KCL", "Imperial College London|Imperial College", "University College London|UCL",
        "London School of Economics|LSE", "Harvard University|Harvard", "Massachusetts Institute of Technology|MIT",
        "Stanford University|Stanford", "Yale University|Yale", "Princeton University|", "Columbia University|",
        "University of Oxford|Oxford University", "University of Cambridge|Cambridge University", "Johns Hopkins University|",
        "Sorbonne|", "Karolinska Institute|Karolinska Institutet",

        // Share indexes, which market reports name like the exchanges that compile them.
        "Nikkei|Nikkei 225", "Hang Seng|", "DAX|", "FTSE 100|FTSE;Footsie", "CAC-40|CAC 40", "Dow Jones|", "Kospi|", "Sensex|",
        "Bovespa|", "IBEX 35|Ibex", "Straits Times Index|", "S&P 500|",

        // International and regional bodies.
        "OECD|Organisation for Economic Co-operation and Development;Organization for Economic Cooperation and Development",
        "GATT|General Agreement on Tariffs and Trade", "UNHCR|United Nations High Commissioner for Refugees;U.N. High Commissioner for Refugees",
        "UNDP|United Nations Development Programme", "World Food Programme|WFP;World Food Program", "FAO|Food and Agriculture Organization",
        "International Labour Organization|ILO;International Labor Organization", "UNCTAD|", "Interpol|", "Europol|",
        "Organisation of African Unity|OAU;Organization of African Unity", "ECOWAS|Economic Community of West African States",
        "ECOMOG|", "SADC|Southern African Development Community", "Mercosur|Mercosul", "APEC|Asia-Pacific Economic Cooperation",
        "Commonwealth of Independent States|CIS", "Western European Union|WEU", "Gulf Cooperation Council|GCC",
        "Organisation of Islamic Cooperation|OIC;Organisation of the Islamic Conference;Organization of the Islamic Conference",
        "European Free Trade Association|EFTA", "Council of the European Union|EU Council", "European Court of Justice|",
        "European Court of Human Rights|", "International Olympic Committee|IOC", "FIFA|", "UEFA|",
        "International Cricket Council|", "IAAF|", "National Basketball Association|NBA", "National Football League|NFL",
        "National Hockey League|NHL", "Major League Baseball|", "Amnesty International|Amnesty",
        "Human Rights Watch|", "Greenpeace|", "Medecins Sans Frontieres|Médecins Sans Frontières;Doctors Without Borders;MSF",
        "International Federation of Red Cross and Red Crescent Societies|Red Crescent",

        // Parties and movements that wire copy names without "Party".
        "Labour Party|Labour", "Conservative Party|Conservatives;Tories", "Liberal Democrats|", "Sinn Fein|Sinn Féin",
        "Irish Republican Army|IRA", "Ulster Unionist Party|UUP", "Democratic Unionist Party|DUP", "Social Democratic Party|SPD",
        "Christian Democratic Union|CDU", "Christian Social Union|CSU", "Free Democrats|FDP", "Greens|", "Likud|", "Kuomintang|KMT", "Fidesz|",
        "Palestine Liberation Organisation|PLO;Palestine Liberation Organization", "Fatah|", "Islamic Jihad|",
        "African National Congress|ANC", "Inkatha Freedom Party|Inkatha", "UNITA|", "MPLA|", "RENAMO|Renamo", "FRELIMO|Frelimo",
        "Sudan People's Liberation Army|SPLA", "Khmer Rouge|", "FARC|Revolutionary Armed Forces of Colombia", "Shining Path|",
        "Zapatista National Liberation Army|Zapatistas;EZLN", "Bharatiya Janata Party|BJP", "Congress Party|",
        "Liberation Tigers of Tamil Eelam|LTTE;Tamil Tigers", "Kurdistan Workers Party|PKK;Kurdistan Workers' Party",
        "Kurdistan Democratic Party|KDP", "Patriotic Union of Kurdistan|PUK", "Supreme Council for the Islamic Revolution in Iraq|SCIRI",
        "New Zealand First|NZ First", "Conference on Disarmament|", "ETA|", "Solidarity|", "Al Qaeda|al-Qaeda;Al-Qaeda",
        "Muslim Brotherhood|", "IG Metall|", "Trades Union Congress|TUC", "AFL-CIO|", "Teamsters|",
        "Fine Gael|", "Fianna Fail|Fianna Fáil", "Progressive Democrats|", "Dail|Dáil;Dail Eireann", "New Democracy|",
        "PASOK|Panhellenic Socialist Movement", "Bundesrat|", "All India Anna Dravida Munnetra Kazhagam|AIADMK",
        "Dravida Munnetra Kazhagam|DMK", "Janata Dal|", "Samajwadi Party|", "Shiv Sena|", "Awami League|",
        "Bangladesh Nationalist Party|BNP", "Pakistan People's Party|PPP", "Pakistan Muslim League|", "Forza Italia|",
        "Northern League|", "Party of Democratic Socialism|PDS", "Rally for the Republic|RPR", "Union for French Democracy|UDF",
        "Health and Safety Executive|", "Human Rights in China|", "Social Democrats|",

        // Parties, movements and markets of 1996 wire copy (2026-11-26).
        "Legislative Yuan|", "Executive Yuan|", "Control Yuan|", "Judicial Yuan|", "Examination Yuan|", "Kuomintang|KMT", "Golkar|", "All Parties Hurriyat Conference|Hurriyat", "Hezb-i-Islami|Hizb-i-Islami",
        "Jammu and Kashmir Liberation Front|JKLF", "Serb Democratic Party|", "New Patriotic Party|", "National Democratic Congress|",
        "Rally for Culture and Democracy|", "Movement for a Society of Peace|", "London International Financial Futures Exchange|LIFFE",
        "Kuala Lumpur Tin Market|", "International Criminal Tribunal for the former Yugoslavia|", "Federal Open Market Committee|Open Market Committee",
    ];

    /// <summary>
    /// Buildings that stand for a government ("the Kremlin said", "a White House spokesman"). They speak and are linked as
    /// bodies, but newswire annotation (CoNLL's, GUM's and our sets') marks the metonymy as the place it names, so the
    /// gazetteer types them as locations.
    /// </summary>
    public static FrozenSet<string> SeatsOfGovernment { get; } = FrozenSet.ToFrozenSet(["Kremlin", "White House", "Pentagon", "Downing Street", "Elysee"], StringComparer.Ordinal);

    /// <summary>Every organisation name and alias mapped to its canonical name.</summary>
    public static FrozenDictionary<string, string> Aliases { get; } = Build();

    /// <summary>
    /// Every name of an organisation (its canonical name and aliases) under its canonical name, so "the bureau" can find
    /// "F.B.I." through "Federal Bureau of Investigation" though the story never wrote the long name.
    /// </summary>
    public static FrozenDictionary<string, string[]> NamesByCanonical { get; } = Aliases
        .GroupBy(pair => pair.Value, StringComparer.Ordinal)
        .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.Key).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

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
