using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Entities.Data;

/// <summary>
/// Countries with their aliases, capitals and demonyms. Each row is "Canonical|alias;alias|Capital;Capital|Demonym;Demonym".
/// Written by hand from general knowledge; the canonical form is the short name news uses ("North Korea", "Russia").
/// </summary>
internal static class Countries
{
    public static readonly string[] Rows =
    [
        "Afghanistan||Kabul|Afghan;Afghans", "Albania||Tirana|Albanian;Albanians", "Algeria||Algiers|Algerian;Algerians",
        "Andorra||Andorra la Vella|Andorran", "Angola||Luanda|Angolan;Angolans", "Argentina||Buenos Aires|Argentine;Argentinian;Argentinians",
        "Armenia||Yerevan|Armenian;Armenians", "Australia||Canberra;Sydney;Melbourne|Australian;Australians",
        "Austria||Vienna|Austrian;Austrians", "Azerbaijan||Baku|Azerbaijani;Azerbaijanis;Azeri", "Bahrain||Manama|Bahraini",
        "Bangladesh||Dhaka|Bangladeshi;Bangladeshis", "Belarus|Byelorussia|Minsk|Belarusian;Belarusians",
        "Belgium||Brussels;Antwerp|Belgian;Belgians", "Bolivia||La Paz;Sucre|Bolivian;Bolivians", "Bosnia and Herzegovina|Bosnia|Sarajevo|Bosnian;Bosnians",
        "Brazil||Brasilia;Brasília;Rio de Janeiro;Sao Paulo;São Paulo|Brazilian;Brazilians", "Bulgaria||Sofia|Bulgarian;Bulgarians",
        "Cambodia||Phnom Penh|Cambodian;Cambodians", "Cameroon||Yaounde|Cameroonian", "Canada||Ottawa;Toronto;Montreal;Vancouver|Canadian;Canadians",
        "Chile||Santiago|Chilean;Chileans", "China|People's Republic of China;PRC;Mainland China|Beijing;Shanghai;Hong Kong|Chinese",
        "Colombia||Bogota;Bogotá|Colombian;Colombians", "Congo|Democratic Republic of the Congo;DRC;DR Congo|Kinshasa|Congolese",
        "Croatia||Zagreb|Croatian;Croatians;Croat;Croats", "Cuba||Havana|Cuban;Cubans", "Cyprus||Nicosia|Cypriot;Cypriots",
        "Czech Republic|Czechia|Prague|Czech;Czechs", "Denmark||Copenhagen|Danish;Dane;Danes", "Ecuador||Quito|Ecuadorian",
        "Egypt||Cairo|Egyptian;Egyptians", "Estonia||Tallinn|Estonian;Estonians", "Ethiopia||Addis Ababa|Ethiopian;Ethiopians",
        "Finland||Helsinki|Finnish;Finn;Finns", "France|French Republic|Paris;Marseille;Lyon|French",
        "Georgia||Tbilisi|Georgian;Georgians", "Germany|Federal Republic of Germany|Berlin;Munich;Hamburg;Frankfurt|German;Germans",
        "Ghana||Accra|Ghanaian;Ghanaians", "Greece||Athens|Greek;Greeks", "Hungary||Budapest|Hungarian;Hungarians",
        "Iceland||Reykjavik|Icelandic", "India||New Delhi;Delhi;Mumbai|Indian;Indians", "Indonesia||Jakarta|Indonesian;Indonesians",
        "Iran|Islamic Republic of Iran|Tehran|Iranian;Iranians", "Iraq||Baghdad|Iraqi;Iraqis", "Ireland|Irish Republic|Dublin|Irish",
        "Israel||Jerusalem;Tel Aviv|Israeli;Israelis", "Italy||Rome;Milan|Italian;Italians", "Japan||Tokyo;Osaka|Japanese",
        "Jordan||Amman|Jordanian;Jordanians", "Kazakhstan||Astana;Almaty|Kazakh;Kazakhstani", "Kenya||Nairobi|Kenyan;Kenyans",
        "Kosovo||Pristina|Kosovar", "Kuwait||Kuwait City|Kuwaiti", "Kyrgyzstan||Bishkek|Kyrgyz", "Laos||Vientiane|Lao;Laotian",
        "Latvia||Riga|Latvian;Latvians", "Lebanon||Beirut|Lebanese", "Libya||Tripoli|Libyan;Libyans", "Lithuania||Vilnius|Lithuanian;Lithuanians",
        "Luxembourg|||Luxembourgish", "Malaysia||Kuala Lumpur|Malaysian;Malaysians", "Mali||Bamako|Malian", "Malta||Valletta|Maltese",
        "Mexico||Mexico City|Mexican;Mexicans", "Moldova||Chisinau|Moldovan;Moldovans", "Mongolia||Ulaanbaatar|Mongolian;Mongolians",
        "Montenegro||Podgorica|Montenegrin", "Morocco||Rabat;Casablanca|Moroccan;Moroccans", "Myanmar|Burma|Naypyidaw;Yangon|Burmese",
        "Nepal||Kathmandu|Nepalese;Nepali", "Netherlands|Holland;The Netherlands|Amsterdam;The Hague;Rotterdam|Dutch",
        "New Zealand||Wellington;Auckland|New Zealander;New Zealanders", "Niger||Niamey|Nigerien", "Nigeria||Abuja;Lagos|Nigerian;Nigerians",
        "North Korea|DPRK;D.P.R.K.;Democratic People's Republic of Korea|Pyongyang|North Korean;North Koreans",
        "North Macedonia|Macedonia|Skopje|Macedonian", "Norway||Oslo|Norwegian;Norwegians", "Oman||Muscat|Omani",
        "Pakistan||Islamabad;Karachi;Lahore|Pakistani;Pakistanis", "Palestine|Palestinian Territories|Ramallah;Gaza|Palestinian;Palestinians",
        "Panama||Panama City|Panamanian", "Paraguay||Asuncion|Paraguayan", "Peru||Lima|Peruvian;Peruvians",
        "Philippines|The Philippines|Manila|Filipino;Filipinos;Philippine", "Poland||Warsaw;Krakow|Polish;Pole;Poles",
        "Portugal||Lisbon|Portuguese", "Qatar||Doha|Qatari", "Romania||Bucharest|Romanian;Romanians",
        "Russia|Russian Federation|Moscow;St. Petersburg;Saint Petersburg|Russian;Russians", "Rwanda||Kigali|Rwandan",
        "Saudi Arabia|KSA|Riyadh;Jeddah|Saudi;Saudis", "Senegal||Dakar|Senegalese", "Serbia||Belgrade|Serbian;Serbians;Serb;Serbs",
        "Singapore|||Singaporean", "Slovakia||Bratislava|Slovak;Slovakian", "Slovenia||Ljubljana|Slovenian;Slovene",
        "Somalia||Mogadishu|Somali;Somalis", "South Africa||Pretoria;Johannesburg;Cape Town|South African;South Africans",
        "South Korea|Republic of Korea;ROK;Korea Republic;Korea|Seoul|South Korean;South Koreans", "South Sudan||Juba|South Sudanese",
        "Spain||Madrid;Barcelona|Spanish;Spaniard;Spaniards", "Sri Lanka||Colombo|Sri Lankan", "Sudan||Khartoum|Sudanese",
        "Sweden||Stockholm|Swedish;Swede;Swedes", "Switzerland||Bern;Geneva;Zurich|Swiss", "Syria|Syrian Arab Republic|Damascus;Aleppo|Syrian;Syrians",
        "Taiwan|Republic of China|Taipei|Taiwanese", "Tajikistan||Dushanbe|Tajik", "Tanzania||Dodoma;Dar es Salaam|Tanzanian",
        "Thailand||Bangkok|Thai", "Tunisia||Tunis|Tunisian;Tunisians", "Turkey|Türkiye;Turkiye|Ankara;Istanbul|Turkish;Turk;Turks",
        "Turkmenistan||Ashgabat|Turkmen", "Uganda||Kampala|Ugandan", "Ukraine||Kyiv;Kiev;Kharkiv;Odesa;Odessa|Ukrainian;Ukrainians",
        "United Arab Emirates|UAE;U.A.E.;Emirates|Abu Dhabi;Dubai|Emirati;Emiratis",
        "United Kingdom|UK;U.K.;Britain;Great Britain|London;Edinburgh;Manchester|British;Briton;Britons;English;Scottish;Welsh",
        "United States|US;U.S.;USA;U.S.A.;United States of America;America|Washington;Washington D.C.;New York;Los Angeles;Chicago|American;Americans",
        "Uruguay||Montevideo|Uruguayan", "Uzbekistan||Tashkent|Uzbek;Uzbeks", "Venezuela||Caracas|Venezuelan;Venezuelans",
        "Vietnam|Viet Nam|Hanoi;Ho Chi Minh City|Vietnamese", "Yemen||Sanaa|Yemeni;Yemenis", "Zambia||Lusaka|Zambian",
        "Zimbabwe||Harare|Zimbabwean;Zimbabweans",

        // Smaller states of Africa, the Americas, Asia, Europe and the Pacific.
        "Antigua and Barbuda|Antigua|St. John's|Antiguan", "Bahamas|The Bahamas|Nassau|Bahamian;Bahamians", "Barbados||Bridgetown|Barbadian;Barbadians",
        "Belize||Belmopan|Belizean", "Benin||Porto-Novo;Cotonou|Beninese", "Bhutan||Thimphu|Bhutanese", "Botswana||Gaborone|Botswanan;Motswana",
        "Brunei||Bandar Seri Begawan|Bruneian", "Burkina Faso||Ouagadougou|Burkinabe", "Burundi||Bujumbura;Gitega|Burundian;Burundians",
        "Cape Verde|Cabo Verde|Praia|Cape Verdean", "Central African Republic||Bangui|Central African", "Chad||N'Djamena|Chadian;Chadians",
        "Comoros||Moroni|Comoran", "Costa Rica||San Jose;San José|Costa Rican;Costa Ricans", "Djibouti||Djibouti City|Djiboutian",
        "Dominica||Roseau|Dominican", "Dominican Republic||Santo Domingo|", "East Timor|Timor-Leste|Dili|East Timorese;Timorese",
        "El Salvador||San Salvador|Salvadoran;Salvadorans;Salvadorean", "Equatorial Guinea||Malabo|Equatoguinean", "Eritrea||Asmara|Eritrean;Eritreans",
        "Eswatini|Swaziland|Mbabane|Swazi", "Fiji||Suva|Fijian;Fijians", "Gabon||Libreville|Gabonese", "Gambia|The Gambia|Banjul|Gambian;Gambians",
        "Guatemala||Guatemala City|Guatemalan;Guatemalans", "Guinea||Conakry|Guinean;Guineans", "Guinea-Bissau||Bissau|Bissau-Guinean",
        "Guyana||Georgetown|Guyanese", "Haiti||Port-au-Prince|Haitian;Haitians", "Honduras||Tegucigalpa|Honduran;Hondurans",
        "Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Abidjan;Yamoussoukro|Ivorian;Ivorians", "Jamaica||Kingston|Jamaican;Jamaicans",
        "Kiribati||Tarawa|", "Lesotho||Maseru|Basotho", "Liberia||Monrovia|Liberian;Liberians", "Liechtenstein||Vaduz|Liechtensteiner",
        "Madagascar||Antananarivo|Malagasy", "Malawi||Lilongwe|Malawian;Malawians", "Maldives|||Maldivian;Maldivians",
        "Mauritania||Nouakchott|Mauritanian;Mauritanians", "Mauritius||Port Louis|Mauritian;Mauritians", "Monaco||Monte Carlo|Monegasque",
        "Mozambique||Maputo|Mozambican;Mozambicans", "Namibia||Windhoek|Namibian;Namibians", "Nauru||Yaren|Nauruan",
        "Nicaragua||Managua|Nicaraguan;Nicaraguans", "Palau||Ngerulmud|Palauan", "Papua New Guinea||Port Moresby|Papua New Guinean",
        "Samoa|Western Samoa|Apia|Samoan;Samoans", "San Marino|||Sammarinese", "Seychelles||Victoria|Seychellois", "Sierra Leone||Freetown|Sierra Leonean;Sierra Leoneans",
        "Solomon Islands||Honiara|Solomon Islander", "Suriname|Surinam|Paramaribo|Surinamese", "Togo||Lome;Lomé|Togolese",
        "Tonga||Nuku'alofa|Tongan;Tongans", "Trinidad and Tobago|Trinidad|Port of Spain|Trinidadian;Trinidadians", "Vanuatu||Port Vila|Ni-Vanuatu",
        "Vatican|Vatican City;Holy See||", "Sao Tome and Principe|São Tomé and Príncipe|Sao Tome;São Tomé|Santomean",
        "Saint Lucia|St. Lucia;St Lucia|Castries|Saint Lucian", "Saint Kitts and Nevis|St. Kitts and Nevis;St Kitts and Nevis|Basseterre|Kittitian",
        "Saint Vincent and the Grenadines|St. Vincent and the Grenadines;St Vincent and the Grenadines|Kingstown|Vincentian",
        "Grenada||St. George's|Grenadian;Grenadians", "Marshall Islands||Majuro|Marshallese", "Micronesia|Federated States of Micronesia|Palikir|Micronesian",
        "Tuvalu||Funafuti|Tuvaluan",

        // States that no longer exist but fill older news archives.
        "Soviet Union|USSR;U.S.S.R.|Moscow|Soviet;Soviets", "Yugoslavia|Federal Republic of Yugoslavia|Belgrade|Yugoslav;Yugoslavs",
        "Czechoslovakia||Prague|Czechoslovak;Czechoslovaks", "Zaire||Kinshasa|Zairean;Zairian;Zaireans", "East Germany|GDR|East Berlin|East German;East Germans",
        "West Germany|FRG|Bonn|West German;West Germans",
    ];

    /// <summary>Every country name and alias mapped to the canonical country name.</summary>
    public static FrozenDictionary<string, string> Aliases { get; } = Build(row => [row[0], .. Split(row[1])]);

    /// <summary>Capitals and major cities mapped to themselves (a city is its own GPE).</summary>
    public static WordSet Cities { get; } = Rows.SelectMany(row => Split(row.Split('|')[2])).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Demonyms mapped to their country.</summary>
    public static FrozenDictionary<string, string> Demonyms { get; } = Build(row => Split(row[3]));

    private static FrozenDictionary<string, string> Build(Func<string[], IEnumerable<string>> names)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            var fields = row.Split('|');
            foreach (var name in names(fields))
            {
                map.TryAdd(name, fields[0]);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string[] Split(string field) => field.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
