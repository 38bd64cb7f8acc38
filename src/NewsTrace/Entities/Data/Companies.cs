using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Entities.Data;

/// <summary>
/// Companies, exchanges, news agencies and newspapers that wire stories name without a legal form ("Hoechst gained",
/// "Itar-Tass said"), and common British spellings of international bodies. Written by hand from general knowledge. Names
/// that are also common surnames or words ("Ford", "Shell", "Total", "Digital") are left out: a legal form or a cue finds them.
/// </summary>
internal static class Companies
{
    public static WordSet Names { get; } = FrozenSet.ToFrozenSet(
    [
        "IBM", "Compaq", "Intel", "Hewlett-Packard", "Motorola", "Netscape", "Oracle", "AT&T", "Boeing", "McDonnell Douglas",
        "General Motors", "Chrysler", "General Electric", "Exxon", "Mobil", "Texaco", "Chevron", "Coca-Cola", "PepsiCo",
        "Merrill Lynch", "Goldman Sachs", "Morgan Stanley", "Salomon Brothers", "J.P. Morgan", "Citicorp", "Chase Manhattan",
        "Dean Witter", "Dean Witter Reynolds", "Smith Barney", "PaineWebber", "Paine Webber", "Prudential-Bache", "Lehman Brothers",
        "Hoechst", "Bayer", "BASF", "Siemens", "Daimler", "Daimler-Benz", "Volkswagen", "BMW", "Dresdner", "Dresdner Bank",
        "Deutsche Bank", "Commerzbank", "Allianz", "Lufthansa", "Deutsche Telekom", "Thyssen", "Krupp", "Mannesmann", "RWE",
        "Veba", "ABB", "Nestle", "Novartis", "Ciba-Geigy", "Sandoz", "Roche", "UBS", "Credit Suisse", "Swissair", "Philips",
        "Unilever", "Royal Dutch", "Royal Dutch/Shell", "ING", "ABN AMRO", "Rabobank", "KLM", "Fokker", "Heineken", "BP",
        "British Airways", "British Telecom", "BT", "Glaxo", "Glaxo Wellcome", "SmithKline Beecham", "Hanson", "Barclays", "HSBC",
        "NatWest", "Lloyds", "Rolls-Royce", "British Aerospace", "GEC", "Cable and Wireless", "Marks and Spencer", "Sainsbury",
        "Tesco", "Fiat", "Olivetti", "Pirelli", "Alitalia", "Renault", "Peugeot", "Alcatel", "Alcatel Alsthom", "Air France",
        "France Telecom", "Telefonica", "Ericsson", "Nokia", "Volvo", "Saab", "Electrolux", "Sony", "Toyota", "Honda", "Nissan",
        "Mitsubishi", "Hitachi", "Toshiba", "Fujitsu", "NEC", "Matsushita", "Nomura", "Daiwa", "Nikko", "Sumitomo", "Samsung",
        "Hyundai", "Daewoo", "Qantas", "Aeroflot", "Lukoil", "Petrobras", "Pemex", "Vodafone", "Airbus",
        "Eurotunnel", "Nintendo", "Sega", "Sega Enterprises", "GEC-Marconi", "GEC Alsthom", "Stena Line", "SBC Warburg",
        "Woolworths", "Superdrug", "Lurgi", "Saskatchewan Wheat Pool", "United Grain Growers", "Panmure Gordon", "PT Timah",
        "Swiss Bank Corp", "Kleinwort Benson", "ING Barings", "Jardine Fleming", "Conrail", "Norfolk Southern", "CSX",
        "Union Pacific", "Burlington Northern Santa Fe", "Northrop Grumman", "Pratt & Whitney", "Ansett", "Cathay Pacific", "Air India",
        "Cadbury Schweppes", "Guinness", "Zeneca", "Railtrack", "Grand Metropolitan", "British Gas", "British Steel", "ICI",
        "Reuters Holdings", "RTZ", "Rio Tinto", "BHP", "Broken Hill Proprietary", "Newscorp", "News Corp", "Telstra",
        "Hoogovens", "Akzo Nobel", "Elsevier", "Solvay", "Petrofina", "Generale de Banque", "Credit Lyonnais", "Paribas",
        "Societe Generale", "Michelin", "Danone", "L'Oreal", "LVMH", "Thomson", "Lagardere", "Usinor", "Eni", "Montedison",
        "Telecom Italia", "Mediobanca", "Repsol", "Endesa", "Iberia", "SAS", "Skandia", "Statoil", "Norsk Hydro",
        "Kodak", "Xerox", "Caterpillar", "Procter and Gamble", "Philip Morris", "RJR Nabisco", "Time Warner", "Walt Disney",
        "Microsoft", "Apple Computer", "Sun Microsystems", "Digital Equipment", "Novell", "Lotus", "Cisco", "Dell Computer",
        "New York Stock Exchange", "London Stock Exchange", "Tokyo Stock Exchange", "Nasdaq", "Chicago Board of Trade",
        "Itar-Tass", "IRNA", "MENA", "Kyodo", "Jiji", "ANSA", "Tanjug", "PAP", "CTK", "Antara", "Bernama", "Prensa Latina",
        "Press Association", "Dow Jones", "Anatolian", "USA Today", "Financial Times", "Wall Street Journal", "Washington Post",
        "Le Monde", "Izvestia", "Pravda", "Kommersant", "Yomiuri", "Asahi", "Al-Ahram", "Haaretz",
        "Red Crescent", "Palestinian Authority", "PLO", "UEFA", "FIFA", "IOC", "NBA", "NFL", "NHL",
        "Organisation of Petroleum Exporting Countries", "Organization of Petroleum Exporting Countries",
        "Organisation for Security and Cooperation in Europe", "Organization for Security and Cooperation in Europe",
        "Organisation for Economic Cooperation and Development", "OECD",
        "Mercedes-Benz", "Elf Aquitaine", "ENI", "Airbus Industrie", "Nestlé", "Swiss Bank Corp", "ABN Amro", "BNP", "Mitsui",
        "Yamaichi", "Bridgestone", "William Hill", "Ladbrokes", "Deutsche Morgan Grenfell", "Morgan Grenfell", "Kleinwort Benson",
        "Hambrecht and Quist", "Hambrecht & Quist", "S.G. Warburg", "Schroders", "Barings", "BHF-Bank", "Banca Commerciale Italiana",
        "Credito Italiano", "Yamaha",

        // Companies of today's news, which the wire lists of the 1990s above lack ("Airbnb, which lists ...").
        "Airbnb", "Uber", "Lyft", "Netflix", "Walmart", "Wal-Mart", "Verizon", "Comcast", "Pfizer", "Merck", "Starbucks", "Huawei",
        "ZTE", "Alibaba", "Tencent", "Baidu", "Rosneft", "Saudi Aramco", "Aramco", "Lockheed Martin", "Raytheon", "Northrop Grumman",
        "Halliburton", "ExxonMobil", "Exxon Mobil", "Wells Fargo", "Citigroup", "JPMorgan Chase", "JPMorgan", "Bank of America",
        "BlackRock", "PayPal", "Yahoo", "Spotify", "SpaceX", "Monsanto", "Purdue Pharma", "Equifax", "Amtrak", "FedEx", "Home Depot",
        "Costco", "Delta Air Lines", "United Airlines", "American Airlines", "Southwest Airlines", "T-Mobile", "Qualcomm", "Nvidia",
        "Aetna", "Humana", "UnitedHealth", "Cigna", "Duke Energy", "Dominion Energy", "Exelon", "Enbridge", "TransCanada",
        "Kinder Morgan", "Energy Transfer Partners", "Pepsi", "Pepsi-Cola", "ValuJet",
    ]);

    /// <summary>The first words of <see cref="Names"/> (declared after it: static fields initialise in order), so a lookup can skip words that start none.</summary>
    public static WordSet FirstWords { get; } = Names.Select(name => name.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
}
