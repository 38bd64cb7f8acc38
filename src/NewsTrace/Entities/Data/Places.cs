using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Entities.Data;

/// <summary>
/// Places below or above the country level that news names without a head word: states, provinces and nations within
/// countries, large cities not listed as capitals in <see cref="Countries"/>, continents and world regions. Written by hand.
/// </summary>
internal static class Places
{
    /// <summary>States, provinces, constituent nations and large cities (GPEs).</summary>
    public static WordSet Political { get; } = FrozenSet.ToFrozenSet(
    [
        // United States.
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii",
        "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
        "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
        "New Mexico", "New York State", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
        "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
        "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico",

        // Overseas territories and disputed regions often in the news.
        "New Caledonia", "French Guiana", "French Polynesia", "Bermuda", "Aruba", "Curacao", "Curaçao", "Martinique",
        "Guadeloupe", "Mayotte", "Cayman Islands", "British Virgin Islands", "US Virgin Islands",
        "Kurdistan Region", "Northern Cyprus", "Turks and Caicos Islands", "Wallis and Futuna", "Saint Pierre and Miquelon",
        "Jammu and Kashmir", "Andaman and Nicobar Islands", "Rio Grande do Sul", "Mato Grosso do Sul", "Rio Grande do Norte",
        "Castilla y Leon", "Castilla y León",

        // Canada, Australia, the United Kingdom, and other federations.
        "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
        "Newfoundland", "Prince Edward Island", "Yukon", "Nunavut", "New South Wales", "Victoria", "Queensland",
        "South Australia", "Western Australia", "Tasmania", "Northern Territory", "England", "Scotland", "Wales",
        "Northern Ireland", "Bavaria", "Saxony", "Catalonia", "Andalusia", "Basque Country", "Lombardy", "Sicily", "Sardinia",
        "Corsica", "Brittany", "Normandy", "Provence", "Flanders", "Wallonia", "Crimea", "Donbas", "Donetsk", "Luhansk",
        "Chechnya", "Dagestan", "Tatarstan", "Siberia", "Kashmir", "Punjab", "Kerala", "Bengal", "West Bengal", "Gujarat",
        "Maharashtra", "Tamil Nadu", "Karnataka", "Bihar", "Uttar Pradesh", "Xinjiang", "Tibet", "Guangdong", "Sichuan",
        "Hubei", "Wuhan", "Okinawa", "Hokkaido", "Mindanao", "Aceh", "Bali", "Java", "Sumatra", "Darfur", "Kurdistan",
        "Gaza Strip", "West Bank", "Golan Heights", "Sinai", "Kosovo", "Transnistria", "Abkhazia", "South Ossetia",
        "Nagorno-Karabakh", "Hong Kong", "Macau", "Greenland", "Zanzibar",

        // Large cities.
        "New York City", "San Francisco", "Boston", "Philadelphia", "Houston", "Dallas", "Austin", "San Antonio", "Miami",
        "Atlanta", "Seattle", "Denver", "Detroit", "Phoenix", "Las Vegas", "San Diego", "Baltimore", "Cleveland", "Pittsburgh",
        "New Orleans", "Minneapolis", "St. Louis", "Kansas City", "Nashville", "Portland", "Sacramento", "Honolulu",
        "Anchorage", "Toronto", "Montreal", "Vancouver", "Calgary", "Edmonton", "Quebec City", "Winnipeg", "Halifax",
        "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Auckland", "Birmingham", "Liverpool", "Leeds", "Glasgow",
        "Bristol", "Cardiff", "Belfast", "Oxford", "Cambridge", "Marseille", "Lyon", "Toulouse", "Nice", "Strasbourg",
        "Munich", "Hamburg", "Cologne", "Frankfurt", "Stuttgart", "Dresden", "Leipzig", "Milan", "Naples", "Turin", "Venice",
        "Florence", "Barcelona", "Seville", "Valencia", "Bilbao", "Porto", "Geneva", "Zurich", "Basel", "Rotterdam",
        "Antwerp", "Gothenburg", "Krakow", "Gdansk", "St Petersburg", "Novosibirsk", "Yekaterinburg", "Kazan", "Sochi",
        "Vladivostok", "Kharkiv", "Odesa", "Lviv", "Mariupol", "Istanbul", "Izmir", "Alexandria", "Jeddah", "Mecca",
        "Medina", "Basra", "Mosul", "Aleppo", "Homs", "Benghazi", "Karachi", "Lahore", "Peshawar", "Kandahar", "Herat",
        "Mumbai", "Bombay", "Kolkata", "Calcutta", "Chennai", "Madras", "Bangalore", "Bengaluru", "Hyderabad", "Shanghai",
        "Guangzhou", "Shenzhen", "Chongqing", "Tianjin", "Osaka", "Kyoto", "Hiroshima", "Nagasaki", "Fukushima", "Busan",
        "Ho Chi Minh City", "Saigon", "Lagos", "Johannesburg", "Cape Town", "Durban", "Mombasa", "Casablanca", "Rio de Janeiro",
        "Sao Paulo", "São Paulo", "Medellin", "Guadalajara", "Monterrey", "Tijuana", "Havana", "Kingston", "Dubai", "Abu Dhabi",
        "Tel Aviv", "Haifa", "Bethlehem", "Ramallah", "Gaza City", "Cape Canaveral",
    ], StringComparer.Ordinal);

    /// <summary>Continents, oceans and world regions, and a few named districts and buildings (locations, not states).</summary>
    public static WordSet Regions { get; } = FrozenSet.ToFrozenSet(
    [
        "Africa", "Asia", "Europe", "North America", "South America", "Latin America", "Central America", "Antarctica",
        "Antarctic", "Arctic", "Oceania", "Australasia", "Middle East", "Near East", "Far East", "Southeast Asia",
        "South Asia", "Central Asia", "East Asia", "Western Europe", "Eastern Europe", "Central Europe", "Southern Europe",
        "Northern Europe", "Scandinavia", "Balkans", "Caucasus", "Sahara", "Sahel", "Horn of Africa", "West Africa",
        "East Africa", "North Africa", "Southern Africa", "Sub-Saharan Africa", "Persian Gulf", "Caribbean", "Mediterranean",
        "Atlantic", "Pacific", "Indian Ocean", "Black Sea", "Baltic", "Red Sea", "Amazon", "Himalayas", "Alps", "Andes",
        "Rockies", "Midwest", "New England", "Silicon Valley", "Wall Street", "Capitol Hill", "Capitol", "West Indies", "Pacific Northwest", "Deep South",
        "Gulf Coast", "East Coast", "West Coast", "Bay Area", "Great Plains", "Great Lakes", "Pacific Rim", "Korean Peninsula",
        "Arabian Peninsula", "Iberian Peninsula", "Levant", "Maghreb", "Midlands", "Riviera", "French Riviera", "Costa del Sol", "Kalahari", "Gobi",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Sports grounds that wire reports name without a head word ("at Old Trafford", "the second Test at Edgbaston"):
    /// locations, as CoNLL-2003 puts sports facilities. Grounds named by their town or an event ("Wimbledon") are left out.
    /// </summary>
    public static WordSet Grounds { get; } = FrozenSet.ToFrozenSet(
    [
        "Old Trafford", "Anfield", "Highbury", "Goodison Park", "Villa Park", "Elland Road", "White Hart Lane", "Stamford Bridge",
        "Wembley", "Hampden Park", "Ibrox", "Celtic Park", "Murrayfield", "Cardiff Arms Park", "Edgbaston", "Headingley",
        "Trent Bridge", "Lord's", "Eden Gardens", "Melbourne Cricket Ground", "Sydney Cricket Ground", "Nou Camp",
        "Camp Nou", "San Siro", "Parc des Princes", "Westfalenstadion", "Olympiastadion", "Flushing Meadows", "Silverstone",
        "Hockenheimring", "Nurburgring", "Suzuka", "Interlagos", "Yankee Stadium", "Fenway Park", "Wrigley Field",
        "Madison Square Garden", "Soldier Field", "Lambeau Field", "Croke Park", "Maracana", "Azteca",
    ], StringComparer.Ordinal);
}
