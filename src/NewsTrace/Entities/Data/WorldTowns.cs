using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Entities.Data;

/// <summary>
/// Towns, provinces and natural features around the world that news datelines and foreign reports name, beyond the
/// capitals of <see cref="Countries"/> and the large places of <see cref="Places"/> (none of theirs is repeated here).
/// Written by hand from general knowledge. Left out on purpose: names that are also common English words ("Reading",
/// "Split", "Mobile", "Bath", "Male", "Van"), common first names or surnames ("Charlotte", "Lincoln", "Hamilton",
/// "Orlando", "Gao", "Chiba"), and names that usually stand for an institution or an event ("Westminster", "Wimbledon"):
/// a gazetteer name wins over the tagger, so an ambiguous one would be wrong wherever it means the other thing.
/// </summary>
internal static class WorldTowns
{
    /// <summary>Towns, cities, provinces and regions (GPEs).</summary>
    public static WordSet Towns { get; } = FrozenSet.ToFrozenSet(
    [
        // Germany, Austria, Switzerland.
        "Frankfurt an der Oder", "Halle an der Saale", "Freiburg im Breisgau", "Rothenburg ob der Tauber", "Bochum", "Dortmund", "Duisburg", "Dusseldorf", "Düsseldorf", "Gelsenkirchen", "Hanover", "Hannover", "Nuremberg",
        "Nuernberg", "Nürnberg", "Karlsruhe", "Mannheim", "Heidelberg", "Freiburg", "Augsburg", "Regensburg", "Wuerzburg",
        "Würzburg", "Bielefeld", "Muenster", "Münster", "Kiel", "Luebeck", "Lübeck", "Rostock", "Magdeburg", "Erfurt", "Jena",
        "Chemnitz", "Potsdam", "Kassel", "Wiesbaden", "Mainz", "Bremen", "Wolfsburg", "Ingolstadt", "Aachen", "Essen",
        "Saarbruecken", "Saarbrücken", "Trier", "Koblenz", "Ulm", "Passau", "Cottbus", "Leverkusen", "Moenchengladbach",
        "Mönchengladbach", "Braunschweig", "Brunswick", "Oldenburg", "Osnabrueck", "Osnabrück", "Paderborn", "Darmstadt",
        "Kaiserslautern", "Offenbach", "Bayreuth", "Garmisch-Partenkirchen", "Ruhr", "Saarland", "Thuringia", "Brandenburg",
        "Lower Saxony", "Schleswig-Holstein", "Rhineland", "Westphalia", "North Rhine-Westphalia",
        "Baden-Wuerttemberg", "Baden-Württemberg", "Mecklenburg", "Salzburg", "Graz", "Linz", "Innsbruck", "Klagenfurt",
        "Bregenz", "Kitzbuehel", "Kitzbühel", "Tyrol", "Carinthia", "Styria", "Lausanne", "Lucerne", "Luzern", "Lugano",
        "St Gallen", "St. Gallen", "Davos", "Zermatt", "Neuchatel", "Fribourg", "Montreux", "Winterthur", "Locarno",

        // France, Belgium, the Netherlands, Luxembourg.
        "Lille", "Bordeaux", "Nantes", "Rennes", "Reims", "Toulon", "Amiens", "Limoges", "Grenoble", "Dijon", "Avignon",
        "Perpignan", "Montpellier", "Metz", "Caen", "Brest", "Lorient", "Troyes", "Le Havre", "Rouen", "Le Mans", "Orleans",
        "Orléans", "Clermont-Ferrand", "Saint-Etienne", "St Etienne", "Besancon", "Besançon", "Mulhouse", "Auxerre", "Calais",
        "Dunkirk", "Boulogne", "Cherbourg", "Biarritz", "Bayonne", "Cannes", "Ajaccio", "Bastia", "Chamonix",
        "Albertville", "Lourdes", "Versailles", "Sochaux", "Guingamp", "Alsace", "Aquitaine",
        "Picardy", "Languedoc", "Ghent", "Gent", "Liege", "Liège", "Bruges", "Brugge", "Charleroi", "Namur",
        "Leuven", "Louvain", "Mechelen", "Ostend", "Genk", "Aalst", "Kortrijk", "Groningen", "Maastricht", "Arnhem",
        "Nijmegen", "Tilburg", "Breda", "Haarlem", "Leiden", "Delft", "Enschede", "Zwolle", "Heerenveen", "Alkmaar",
        "Apeldoorn", "Schiphol", "Utrecht", "Eindhoven",

        // Italy, Spain, Portugal, Malta.
        "Palermo", "Catania", "Bari", "Genoa", "Bologna", "Verona", "Padua", "Trieste", "Brescia", "Bergamo", "Parma", "Modena",
        "Reggio Emilia", "Reggio Calabria", "Cagliari", "Perugia", "Pisa", "Livorno", "Siena", "Ancona", "Pescara", "Lecce",
        "Taranto", "Messina", "Salerno", "Udine", "Vicenza", "Piacenza", "Cremona", "Bolzano", "Trento", "Ravenna", "Rimini",
        "Ferrara", "Foggia", "Avellino", "Empoli", "L'Aquila", "Assisi", "Sorrento", "Lampedusa", "Calabria", "Tuscany",
        "Umbria", "Piedmont", "Liguria", "Veneto", "Apulia", "Puglia", "Campania", "Abruzzo", "South Tyrol", "Malaga",
        "Málaga", "Zaragoza", "Murcia", "Palma", "Las Palmas", "Alicante", "Cordoba", "Córdoba", "Valladolid", "Vigo", "Gijon",
        "Gijón", "Oviedo", "Santander", "La Coruna", "La Coruña", "Corunna", "Granada", "Pamplona", "San Sebastian",
        "Vitoria", "Salamanca", "Cadiz", "Cádiz", "Almeria", "Huelva", "Tenerife", "Ibiza", "Majorca", "Mallorca", "Menorca",
        "Burgos", "Tarragona", "Girona", "Gerona", "Lleida", "Logrono", "Santiago de Compostela", "Marbella", "Benidorm",
        "Ceuta", "Melilla", "Gibraltar", "Galicia", "Asturias", "Navarre", "Navarra", "Extremadura", "Castile",
        "Canary Islands", "Balearic Islands", "Braga", "Coimbra", "Faro", "Setubal", "Funchal", "Madeira", "Azores",
        "Guimaraes", "Aveiro", "Algarve", 

        // Britain and Ireland.
        "Newcastle upon Tyne", "Kingston upon Hull", "Kingston upon Thames", "Burton upon Trent", "Stoke-on-Trent",
        "Southend-on-Sea", "Stratford-upon-Avon", "Aberdeen", "Dundee", "Inverness", "Stirling", "Swansea", "Newport", "Wrexham", "Londonderry", "Derry", "Armagh",
        "Omagh", "Enniskillen", "Portadown", "Lisburn", "Newry", "Cork", "Limerick", "Galway", "Waterford", "Kilkenny",
        "Drogheda", "Dundalk", "Sligo", "Leicester", "Nottingham", "Coventry", "Southampton", "Portsmouth", "Plymouth",
        "Exeter", "Norwich", "Ipswich", "Brighton", "Bournemouth", "Canterbury", "Dover", "York", "Durham", "Sunderland",
        "Middlesbrough", "Wolverhampton", "Bradford", "Huddersfield", "Blackburn", "Bolton", "Burnley", "Oldham", "Rochdale",
        "Wigan", "Warrington", "Swindon", "Luton", "Watford", "Northampton", "Peterborough", "Cheltenham", "Gloucester",
        "Worcester", "Hereford", "Shrewsbury", "Blackpool", "Scunthorpe", "Grimsby", "Doncaster", "Rotherham", "Barnsley",
        "Colchester", "Chelmsford", "Southend", "Maidstone", "Guildford", "Milton Keynes", "Aldershot", "Heathrow",
        "Gatwick", "Dagenham", "Croydon", "Brixton", "Hackney", "Islington", "Lambeth", "Southwark", "Cornwall",
        "Yorkshire", "Lancashire", "Merseyside", "Cumbria", "Northumberland", "Essex", "Sussex", "Surrey", "Hampshire",
        "Somerset", "Dorset", "Norfolk", "Suffolk", "Shetland", "Orkney", "Hebrides", "Isle of Man", "Isle of Wight",
        "Guernsey", "Ulster", "Munster", "Leinster", "Connacht", "Donegal", "Tipperary", "Wicklow",
        "Meath", "Westmeath", "Mayo", "Kildare", "Laois", "Offaly", "Roscommon", "Leitrim", "Cavan", "Louth", "Wexford", "Carlow",
        "Fermanagh", "Antrim",

        // Scandinavia, the Baltic states, Central and Eastern Europe, the Balkans, Greece, Turkey, Cyprus.
        "Bergen", "Trondheim", "Stavanger", "Tromso", "Tromsø", "Lillehammer", "Malmo", "Malmö", "Uppsala", "Goteborg",
        "Göteborg", "Linkoping", "Linköping", "Orebro", "Örebro", "Aarhus", "Arhus", "Odense", "Aalborg", "Esbjerg",
        "Tampere", "Turku", "Oulu", "Espoo", "Vantaa", "Akureyri", "Lapland", "Tartu", "Narva", "Kaunas", "Klaipeda",
        "Daugavpils", "Lodz", "Łódź", "Wroclaw", "Wrocław", "Poznan", "Poznań", "Szczecin", "Katowice", "Lublin", "Bialystok",
        "Bydgoszcz", "Torun", "Rzeszow", "Gdynia", "Sopot", "Silesia", "Pomerania", "Brno", "Ostrava", "Plzen", "Pilsen",
        "Olomouc", "Liberec", "Karlovy Vary", "Bohemia", "Moravia", "Kosice", "Košice", "Zilina", "Nitra", "Banska Bystrica",
        "Debrecen", "Szeged", "Miskolc", "Pecs", "Pécs", "Gyor", "Győr", "Cluj", "Cluj-Napoca", "Timisoara", "Iasi",
        "Constanta", "Brasov", "Craiova", "Galati", "Ploiesti", "Oradea", "Sibiu", "Transylvania", "Bessarabia", "Plovdiv",
        "Varna", "Burgas", "Novi Sad", "Nis", "Kragujevac", "Subotica", "Vojvodina", "Sandzak", "Rijeka", "Osijek", "Zadar",
        "Dubrovnik", "Vukovar", "Knin", "Pula", "Dalmatia", "Istria", "Slavonia", "Krajina", "Banja Luka", "Mostar", "Tuzla",
        "Zenica", "Bihac", "Srebrenica", "Gorazde", "Zepa", "Brcko", "Doboj", "Prijedor", "Republika Srpska", "Herzegovina",
        "Prizren", "Mitrovica", "Pec", "Djakovica", "Niksic", "Skopje", "Tetovo", "Bitola", "Ohrid",
        "Durres", "Durrës", "Vlore", "Vlora", "Shkoder", "Elbasan", "Korce", "Gjirokaster", "Thessaloniki", "Salonika",
        "Patras", "Heraklion", "Piraeus", "Larissa", "Volos", "Ioannina", "Corfu", "Rhodes", "Crete", "Thrace", "Peloponnese",
        "Bursa", "Adana", "Antalya", "Konya", "Gaziantep", "Diyarbakir", "Diyarbakır", "Kayseri", "Eskisehir",
        "Trabzon", "Samsun", "Erzurum", "Sirnak", "Hakkari", "Mardin", "Sanliurfa", "Urfa", "Malatya", "Hatay", "Iskenderun",
        "Mersin", "Izmit", "Kocaeli", "Canakkale", "Edirne", "Bodrum", "Marmaris", "Anatolia", "Limassol", "Larnaca",
        "Famagusta", "Kyrenia", "Paphos",

        // Russia, Ukraine, Belarus, Moldova, the Caucasus and Central Asia.
        "Ingushetia", "North Ossetia", "Kabardino-Balkaria", "Karelia", "Kaliningrad", "Yakutia", "Sakhalin", "Kamchatka",
        "Primorye", "Kuban", "Stavropol", "Krasnodar", "Rostov", "Rostov-on-Don", "Volgograd", "Samara", "Saratov",
        "Nizhny Novgorod", "Omsk", "Tomsk", "Irkutsk", "Krasnoyarsk", "Chelyabinsk", "Perm", "Ufa", "Murmansk", "Arkhangelsk",
        "Khabarovsk", "Magadan", "Norilsk", "Tula", "Tver", "Smolensk", "Kursk", "Belgorod", "Voronezh", "Bryansk", "Pskov",
        "Novgorod", "Vologda", "Yaroslavl", "Kaluga", "Ryazan", "Penza", "Astrakhan", "Makhachkala", "Nalchik", "Vladikavkaz",
        "Nazran", "Khasavyurt", "Gudermes", "Urals", "Kharkov", "Dnipro", "Dnepropetrovsk", "Zaporizhzhia",
        "Zaporozhye", "Kherson", "Mykolaiv", "Nikolayev", "Sevastopol", "Simferopol", "Yalta", "Kerch", "Chernihiv", "Sumy",
        "Poltava", "Vinnytsia", "Zhytomyr", "Chernobyl", "Uzhhorod", "Ivano-Frankivsk", "Ternopil", "Rivne", "Lutsk",
        "Bakhmut", "Kramatorsk", "Sloviansk", "Avdiivka", "Severodonetsk", "Lysychansk", "Gomel", "Grodno", "Vitebsk",
        "Mogilev", "Tiraspol", "Gagauzia", "Samarkand", "Bukhara", "Andijan", "Fergana", "Namangan", "Alma-Ata",
        "Karaganda", "Shymkent", "Semipalatinsk", "Baikonur", "Osh", "Khujand", "Ashkhabad", "Turkmenbashi", "Sumgait",
        "Stepanakert", "Gyumri", "Batumi", "Kutaisi", "Sukhumi", "Tskhinvali", "Gori", "Adjara", "Ajaria",

        // The Middle East, Iran, Afghanistan, Pakistan.
        "Hebron", "Nablus", "Jenin", "Tulkarm", "Qalqilya", "Jericho", "Khan Younis", "Rafah", "Beersheba", "Eilat", "Ashkelon",
        "Ashdod", "Netanya", "Nazareth", "Tiberias", "Sderot", "Tyre", "Sidon", "Baalbek", "Nabatiyeh", "Qana", "Bekaa",
        "Bekaa Valley", "Hama", "Latakia", "Tartus", "Idlib", "Deraa", "Daraa", "Raqqa", "Deir ez-Zor", "Palmyra", "Kobani",
        "Qamishli", "Afrin", "Zarqa", "Irbid", "Aqaba", "Kirkuk", "Erbil", "Arbil", "Sulaimaniya", "Sulaymaniyah", "Najaf",
        "Karbala", "Falluja", "Fallujah", "Ramadi", "Tikrit", "Samarra", "Baquba", "Nasiriya", "Nasiriyah", "Kut", "Halabja",
        "Dohuk", "Anbar", "Dammam", "Dhahran", "Khobar", "Taif", "Tabuk", "Salalah", "Aden", "Taiz",
        "Hodeidah", "Marib", "Saada", "Mukalla", "Hadramout", "Mashhad", "Isfahan", "Tabriz", "Shiraz", "Qom", "Ahvaz",
        "Abadan", "Bandar Abbas", "Kermanshah", "Kerman", "Zahedan", "Rasht", "Bushehr", "Natanz", "Ardabil", "Yazd",
        "Hamadan", "Khorramshahr", "Khuzestan", "Mazar-i-Sharif", "Jalalabad", "Kunduz", "Ghazni", "Bagram", "Lashkar Gah",
        "Khost", "Bamiyan", "Panjshir", "Helmand", "Rawalpindi", "Faisalabad", "Multan", "Quetta", "Sialkot", "Gujranwala",
        "Abbottabad", "Waziristan", "North Waziristan", "South Waziristan", "Sindh", "Balochistan", "Baluchistan",
        "Khyber Pakhtunkhwa", "Khyber Pass",

        // South Asia.
        "Ahmedabad", "Pune", "Poona", "Surat", "Jaipur", "Lucknow", "Kanpur", "Nagpur", "Indore", "Bhopal", "Patna",
        "Varanasi", "Benares", "Agra", "Amritsar", "Chandigarh", "Ludhiana", "Srinagar", "Jammu", "Shimla", "Dehradun",
        "Allahabad", "Ayodhya", "Gorakhpur", "Guwahati", "Shillong", "Imphal", "Bhubaneswar", "Cuttack", "Visakhapatnam",
        "Vijayawada", "Coimbatore", "Madurai", "Kochi", "Cochin", "Thiruvananthapuram", "Trivandrum", "Mangalore", "Mysore",
        "Goa", "Panaji", "Gandhinagar", "Vadodara", "Baroda", "Rajkot", "Nashik", "Aurangabad", "Thane", "Raipur", "Ranchi",
        "Assam", "Manipur", "Nagaland", "Rajasthan", "Madhya Pradesh", "Andhra Pradesh", "Telangana", "Odisha", "Orissa",
        "Jharkhand", "Sikkim", "Uttarakhand", "Haryana", "Himachal Pradesh", "Pokhara", "Kandy", "Jaffna", "Galle", "Nuwara Eliya",
        "Trincomalee", "Batticaloa", "Vavuniya", "Chittagong", "Khulna", "Sylhet", "Rajshahi", "Cox's Bazar",

        // East and Southeast Asia.
        "Rangoon", "Mandalay", "Sittwe", "Myitkyina", "Rakhine", "Arakan", "Kachin", "Chiang Mai",
        "Phuket", "Pattaya", "Hat Yai", "Pattani", "Narathiwat", "Luang Prabang", "Siem Reap", "Battambang", "Angkor",
        "Haiphong", "Da Nang", "Danang", "Nha Trang", "Can Tho", "Penang", "Johor", "Johor Bahru", "Malacca", "Ipoh",
        "Kota Kinabalu", "Kuching", "Putrajaya", "Sabah", "Sarawak", "Surabaya", "Bandung", "Medan", "Semarang", "Yogyakarta",
        "Jogjakarta", "Makassar", "Ujung Pandang", "Palembang", "Denpasar", "Banda Aceh", "Ambon", "Jayapura", "Balikpapan",
        "Pontianak", "Sulawesi", "Borneo", "Kalimantan", "Papua", "West Papua", "Irian Jaya", "Maluku", "Moluccas", "Timor",
        "Quezon City", "Cebu", "Davao", "Zamboanga", "Jolo", "Basilan", "Cotabato", "Marawi", "Baguio", "Iloilo", "Makati",
        "Subic Bay", "Luzon", "Visayas", "Yokohama", "Nagoya", "Kobe", "Sapporo", "Fukuoka", "Sendai", "Nagano", "Kagoshima",
        "Naha", "Niigata", "Kitakyushu", "Kyushu", "Honshu", "Shikoku", "Pusan", "Incheon", "Inchon", "Daegu", "Taegu",
        "Daejeon", "Taejon", "Gwangju", "Kwangju", "Ulsan", "Suwon", "Panmunjom", "Kaesong", "Wonsan", "Hamhung", "Sinuiju",
        "Yongbyon", "Nampo", "Kaohsiung", "Taichung", "Tainan", "Keelung", "Hsinchu", "Ulan Bator", "Nanjing",
        "Nanking", "Xian", "Xi'an", "Hangzhou", "Suzhou", "Qingdao", "Dalian", "Shenyang", "Changchun", "Harbin", "Jinan",
        "Zhengzhou", "Changsha", "Nanchang", "Fuzhou", "Xiamen", "Shantou", "Zhuhai", "Dongguan", "Foshan", "Nanning",
        "Guilin", "Kunming", "Guiyang", "Chengdu", "Lanzhou", "Xining", "Yinchuan", "Hohhot", "Baotou", "Urumqi", "Kashgar",
        "Lhasa", "Taiyuan", "Shijiazhuang", "Tangshan", "Hefei", "Ningbo", "Wenzhou", "Sanya", "Haikou", "Manchuria",
        "Inner Mongolia", "Yunnan", "Fujian", "Zhejiang", "Jiangsu", "Shandong", "Henan", "Hebei", "Hunan", "Jiangxi", "Anhui",
        "Shanxi", "Shaanxi", "Gansu", "Qinghai", "Ningxia", "Guangxi", "Guizhou", "Hainan", "Liaoning", "Jilin", "Heilongjiang",

        // Africa.
        "Kano", "Ibadan", "Kaduna", "Port Harcourt", "Enugu", "Benin City", "Maiduguri", "Sokoto", "Zaria", "Onitsha", "Warri",
        "Calabar", "Ogoniland", "Borno", "Niger Delta", "Biafra", "Kumasi", "Tamale", "Takoradi", "Bouake", "Bouaké",
        "Ziguinchor", "Touba", "Casamance", "Timbuktu", "Mopti", "Kidal", "Bobo-Dioulasso", "Agadez", "Zinder", "Douala",
        "Bamenda", "Port-Gentil", "Pointe-Noire", "Goma", "Bukavu", "Kisangani", "Lubumbashi", "Kolwezi", "Mbuji-Mayi",
        "Kananga", "Matadi", "Bunia", "Uvira", "Katanga", "Kivu", "North Kivu", "South Kivu", "Ituri", "Kasai", "Cabinda",
        "Butare", "Gisenyi", "Ruhengeri", "Gulu", "Entebbe", "Jinja", "Mbarara", "Kisumu", "Nakuru", "Eldoret",
        "Garissa", "Malindi", "Lamu", "Arusha", "Mwanza", "Kismayo", "Baidoa", "Hargeisa", "Berbera", "Bosaso",
        "Puntland", "Somaliland", "Ogaden", "Massawa", "Assab", "Mekele", "Mekelle", "Gondar", "Bahir Dar", "Dire Dawa",
        "Harar", "Tigray", "Amhara", "Oromia", "Omdurman", "Port Sudan", "Malakal", "El Fasher", "Nyala", "Geneina",
        "Kassala", "Kordofan", "Misrata", "Misurata", "Sirte", "Tobruk", "Derna", "Sabha", "Cyrenaica", "Sfax", "Sousse",
        "Bizerte", "Kairouan", "Gafsa", "Oran", "Annaba", "Blida", "Tizi Ouzou", "Kabylie", "Marrakesh", "Marrakech", "Fez",
        "Tangier", "Tangiers", "Agadir", "Meknes", "Oujda", "Laayoune", "Western Sahara", "Giza", "Luxor", "Aswan",
        "Port Said", "Suez", "Ismailia", "Asyut", "Assiut", "Minya", "Sharm el-Sheikh", "Hurghada", "Mansoura", "Tanta",
        "Soweto", "Port Elizabeth", "Bloemfontein", "Pietermaritzburg", "Polokwane", "Stellenbosch",
        "KwaZulu-Natal", "Transvaal", "Orange Free State", "Bulawayo", "Mutare", "Gweru", "Ndola", "Kitwe", "Blantyre",
        "Beira", "Nampula", "Huambo", "Benguela", "Lobito", "Walvis Bay", "Francistown", "Toamasina", "Abeche",
        "Grande Comore", "Anjouan", "Moheli",

        // The Americas.
        "Baton Rouge", "Memphis", "Louisville", "Indianapolis", "Cincinnati", "Milwaukee", "Oklahoma City", "Tulsa", "Omaha",
        "Albuquerque", "Tucson", "El Paso", "Fort Worth", "Oakland", "Fresno", "Long Beach", "Salt Lake City",
        "Boise", "Spokane", "Tacoma", "Syracuse", "Albany", "Hartford", "Newark", "Trenton", "Wilmington", "Richmond",
        "Charleston", "Jacksonville", "Tampa", "Little Rock", "Des Moines", "Wichita", "Topeka", "Springfield", "Peoria",
        "Akron", "Toledo", "Dayton", "Harrisburg", "Scranton", "Allentown", "Fairbanks", "Juneau", "Carson City",
        "Santa Fe", "Cheyenne", "Fargo", "Sioux Falls", "Waco", "Lubbock", "Corpus Christi", "Galveston", "Laredo",
        "Brownsville", "Palm Beach", "Fort Lauderdale", "Key West", "Tallahassee", "Pensacola", "Biloxi", "Shreveport",
        "Knoxville", "Chattanooga", "Annapolis", "Arlington", "Charlottesville", "Greensboro", "Pasadena", "Anaheim",
        "Berkeley", "Palo Alto", "Santa Monica", "Santa Barbara", "Bakersfield", "San Bernardino", "Beverly Hills", "Malibu",
        "Scottsdale", "Harlem", "Brooklyn", "Manhattan", "Bronx", "Staten Island", "Long Island", "Cape Cod", "Saskatoon",
        "Kelowna", "Sudbury", "Thunder Bay", "Moncton", "Fredericton", "Charlottetown", "Iqaluit", "Whitehorse",
        "Yellowknife", "Sherbrooke", "Gatineau", "Mississauga", "Puebla", "Veracruz", "Acapulco", "Cancun", "Cancún",
        "Oaxaca", "Chiapas", "Ciudad Juarez", "Ciudad Juárez", "Merida", "Mérida", "Toluca", "Cuernavaca", "Tampico",
        "Matamoros", "Nuevo Laredo", "Reynosa", "Hermosillo", "Culiacan", "Sinaloa", "Michoacan", "Michoacán", "Yucatan",
        "Yucatán", "Sonora", "Chihuahua", "Zacatecas", "Jalisco", "Morelia", "Queretaro", "Querétaro", "San Luis Potosi",
        "Aguascalientes", "Baja California", "San Pedro Sula", "Cap-Haitien",
        "Santiago de Cuba", "Guantanamo", "Guantánamo", "San Juan", "Montego Bay", "Rosario", "La Plata",
        "Mar del Plata", "Tucuman", "Tucumán", "Salta", "Ushuaia", "Valparaiso", "Valparaíso",
        "Vina del Mar", "Viña del Mar", "Concepcion", "Antofagasta",
        "Punta Arenas", "Temuco", "Iquique", "Arequipa", "Cusco", "Cuzco", "Ayacucho", "Iquitos", "Callao", "Cali",
        "Cartagena", "Barranquilla", "Bucaramanga", "Cucuta", "Maracaibo", "Barquisimeto", "Ciudad Bolivar", "Guayaquil",
        "Cuenca", "Cochabamba", "El Alto", "Potosi", "Oruro", "Ciudad del Este", "Punta del Este", "Recife", "Fortaleza",
        "Manaus", "Belem", "Belém", "Curitiba", "Porto Alegre", "Belo Horizonte", "Campinas", "Goiania", "Florianopolis",
        "Maceio", "Teresina", "Campo Grande", "Cuiaba", "Niteroi", "Guarulhos", "Ribeirao Preto", "Londrina", "Patagonia",
        "Tierra del Fuego", "Falklands", "Falkland Islands", "Malvinas", "Galapagos", "Galápagos",

        // Oceania.
        "Christchurch", "Dunedin", "Hobart", "Gold Coast", "Cairns", "Townsville", "Launceston", "St Helens",
        "Wollongong", "Geelong", "Alice Springs", "Noumea", "Nouméa",
        "Bougainville", "Guam", "Tahiti", "Papeete",

        // New Zealand's rugby provinces (2026-11-26).
        "Otago", "Waikato", "Taranaki", "Southland", "Northland", "Manawatu", "Hawke's Bay", "Bay of Plenty",
    ], StringComparer.Ordinal);

    /// <summary>Rivers, seas, lakes, straits, mountains and island groups (locations, not states).</summary>
    public static WordSet Features { get; } = FrozenSet.ToFrozenSet(
    [
        "Danube", "Rhine", "Elbe", "Oder", "Vistula", "Dnieper", "Volga", "Thames", "Seine", "Loire", "Rhone", "Rhône", "Tiber",
        "Ebro", "Tagus", "Nile", "Zambezi", "Limpopo", "Euphrates", "Tigris", "Indus", "Ganges", "Brahmaputra", "Mekong",
        "Yangtze", "Yellow River", "Amur", "Yenisei", "Rio Grande", "Potomac", "St. Lawrence", "Orinoco", "Parana",
        "Paraná", "River Plate", "Lake Victoria", "Lake Geneva", "Lake Baikal", "Lake Tanganyika", "Lake Chad", "Lake Titicaca",
        "Dead Sea", "Caspian Sea", "Aral Sea", "Sea of Japan", "South China Sea", "East China Sea", "Yellow Sea",
        "Sea of Okhotsk", "Barents Sea", "North Sea", "Irish Sea", "Baltic Sea", "Adriatic", "Aegean", "English Channel",
        "Bosphorus", "Dardanelles", "Strait of Hormuz", "Strait of Gibraltar", "Taiwan Strait", "Strait of Malacca",
        "Suez Canal", "Panama Canal", "Gulf of Mexico", "Gulf of Aden", "Gulf of Oman", "Bay of Bengal", "Arabian Sea",
        "Everest", "Mount Everest", "Kilimanjaro", "Mont Blanc", "Matterhorn", "Mount Fuji", "Carpathians", "Pyrenees",
        "Apennines", "Hindu Kush", "Karakoram", "Tien Shan", "Pamirs", "Kuril Islands", "Kurils", "Spratly Islands",
        "Spratlys", "Paracel Islands", "Senkaku Islands", "Faroe Islands", "Great Barrier Reef",
    ], StringComparer.Ordinal);
}
