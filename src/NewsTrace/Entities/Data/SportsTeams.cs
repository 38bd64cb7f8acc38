using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Entities.Data;

/// <summary>
/// Sports clubs and teams as wire reports name them, and the words around a team in a match report. Written by hand from
/// general knowledge (European football, English county cricket, Formula One, the North American leagues).
/// </summary>
internal static class SportsTeams
{
    /// <summary>
    /// Words that open a club's name before its town ("Real Zaragoza", "Torpedo Yaroslavl", "Borussia Dortmund"): with a
    /// capitalised word after them they name the club, whatever that club is.
    /// </summary>
    public static WordSet ClubPrefixes { get; } = FrozenSet.ToFrozenSet(
    [
        "Real", "Sporting", "Dynamo", "Dinamo", "Spartak", "Lokomotiv", "Lokomotiva", "Olympique", "Atletico", "Atlético", "Deportivo",
        "Torpedo", "Metallurg", "Slavia", "Sparta", "Steaua", "Partizan", "Hajduk", "Shakhtar", "Zenit", "Traktor",
        "Avangard", "Neftekhimik", "Severstal", "Borussia", "Eintracht", "Fortuna", "Hertha", "Werder", "Hansa", "Arminia",
        "Alemannia", "Maccabi", "Hapoel", "Beitar", "Legia", "Gornik", "Celta", "Racing", "Olimpija",
        "Estudiantes", "Independiente", "Universitario", "Alianza", "Nacional", "Penarol", "Peñarol", "Cruzeiro",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Abbreviations of a club's kind written before or after its name ("FC Tirol", "Malmo FF", "SK Brann", "Helsingborg
    /// IF"): with a capitalised word beside them they name a club, whatever that club is.
    /// </summary>
    public static WordSet ClubAbbreviations { get; } = FrozenSet.ToFrozenSet(
    [
        "FC", "FF", "IF", "BK", "FK", "SK", "SC", "CF", "SV", "IK", "AIK", "IFK", "VfB", "VfL", "BSC", "TSV", "FSV", "SpVgg",
        "KV", "KSV", "RC", "RCD", "UD", "SD", "CD", "CA", "CS", "SL", "HJK", "OFK", "NK", "GKS", "KS", "TJ", "SKN", "ASK", "FCK",
    ], StringComparer.Ordinal);

    /// <summary>Club and team names that are no place: the team wherever they stand alone ("Juventus", "Bayern", "Ferrari").</summary>
    public static WordSet Clubs { get; } = FrozenSet.ToFrozenSet(
    [
        "Juventus", "Lazio", "Napoli", "Roma", "AS Roma", "Inter", "Inter Milan", "Internazionale", "AC Milan", "Fiorentina", "Sampdoria",
        "Udinese", "Atalanta", "Torino", "Bayern", "Bayern Munich", "Borussia Dortmund", "Borussia Moenchengladbach", "Schalke",
        "Schalke 04", "Werder Bremen", "Hamburg SV", "Eintracht Frankfurt", "Hansa Rostock", "Bayer Leverkusen", "VfB Stuttgart",
        "Real Madrid", "Atletico Madrid", "Deportivo Coruna", "Deportivo", "Real Sociedad", "Real Betis", "Betis", "Athletic Bilbao",
        "Espanyol", "Ajax", "Ajax Amsterdam", "PSV", "PSV Eindhoven", "Feyenoord", "Anderlecht", "Club Brugge", "Benfica",
        "Sporting Lisbon", "Galatasaray", "Fenerbahce", "Besiktas", "Celtic", "Rangers", "Arsenal", "Tottenham", "Tottenham Hotspur",
        "Spurs", "Chelsea", "Everton", "Aston Villa", "West Ham", "West Ham United", "Manchester United", "Manchester City",
        "Newcastle United", "Leeds United", "Nottingham Forest", "Sheffield Wednesday", "Blackburn Rovers", "Blackburn",
        "Queens Park Rangers", "Paris St Germain", "Paris Saint-Germain", "Olympique Marseille", "Auxerre", "Rosenborg",
        "Spartak Moscow", "Dynamo Kiev", "Steaua Bucharest", "Red Star Belgrade", "Sparta Prague", "Boca Juniors", "Flamengo",
        "Ferrari", "Benetton", "McLaren", "Ligier", "Tyrrell", "Minardi", "Sauber",
        "Hertha Berlin", "VfL Bochum", "MSV Duisburg", "Arminia Bielefeld", "1860 Munich", "Fortuna Duesseldorf", "St Pauli",
        "Karlsruhe SC", "Bayer Uerdingen", "Borussia Monchengladbach", "Crystal Palace", "Queens Park Rangers", "Wolves",
        "West Bromwich Albion", "Sheffield United", "Hearts", "Hibernian", "Kilmarnock", "Motherwell", "Dundee United",
        "Raith Rovers", "Partick Thistle", "Celta Vigo", "Racing Santander", "Rayo Vallecano", "Real Valladolid", "Sporting Gijon",
        "Compostela", "Tenerife", "Vitesse", "Vitesse Arnhem", "NAC Breda", "Roda JC", "Willem II", "Twente", "Twente Enschede",
        "Heerenveen", "Sparta Rotterdam", "Fortuna Sittard", "Club Bruges", "Standard Liege", "Grasshoppers", "Austria Vienna",
        "Rapid Vienna", "Legia Warsaw", "Widzew Lodz", "Ferencvaros", "Slavia Prague", "Dinamo Bucharest", "CSKA Moscow",
        "Lokomotiv Moscow", "Dynamo Moscow", "Olympiakos", "Panathinaikos", "AEK Athens", "Maccabi Tel Aviv", "Brondby",
        "IFK Gothenburg", "Molde", "Bradford Bulls", "Leeds Rhinos", "Sheffield Eagles", "London Broncos", "Oldham Bears",
        "Castleford Tigers", "Warrington Wolves", "Wigan Warriors", "Harlequins", "Saracens", "Wasps",

        // South America, Japan, Australian rules and Africa (2026-11-24, from general knowledge).
        "River Plate", "Velez Sarsfield", "Vélez Sarsfield", "Rosario Central", "Newell's Old Boys", "San Lorenzo", "Racing Club",
        "Huracan", "Lanus", "Gimnasia y Esgrima", "Argentinos Juniors", "Ferro Carril Oeste", "Colo Colo", "Universidad Catolica",
        "Palmeiras", "Corinthians", "Gremio", "Grêmio", "Vasco da Gama", "Fluminense", "Botafogo", "Atletico Mineiro",
        "Internacional", "Olimpia", "Cerro Porteno", "Barcelona Sporting Club", "Emelec", "Millonarios", "Atletico Nacional",
        "Kashima Antlers", "Yokohama Marinos", "Yokohama Flugels", "Verdy Kawasaki", "Urawa Reds", "Nagoya Grampus Eight",
        "Gamba Osaka", "Jubilo Iwata", "Kashiwa Reysol", "Shimizu S-Pulse", "Sanfrecce Hiroshima", "Bellmare Hiratsuka",
        "Cerezo Osaka", "Avispa Fukuoka", "Kyoto Purple Sanga", "JEF United", "West Coast Eagles", "Adelaide Crows", "Brisbane Bears",
        "Sydney Swans", "Fremantle Dockers", "North Melbourne", "St Kilda", "Kaizer Chiefs", "Orlando Pirates", "Al Ahly", "Zamalek",
        "Esperance", "Raja Casablanca", "Wydad Casablanca", "Asante Kotoko", "Hearts of Oak", "Enyimba", "Mamelodi Sundowns",
    ]);

    /// <summary>Clubs named after a place ("Milan", "Barcelona", "Surrey"): the team only where the sentence says so.</summary>
    public static WordSet PlaceNamedClubs { get; } = FrozenSet.ToFrozenSet(
    [
        "Milan", "Parma", "Bologna", "Cagliari", "Vicenza", "Perugia", "Piacenza", "Verona", "Genoa", "Bari", "Hamburg", "Stuttgart",
        "Dortmund", "Leverkusen", "Bremen", "Cologne", "Freiburg", "Barcelona", "Valencia", "Seville", "Sevilla", "Zaragoza",
        "Liverpool", "Newcastle", "Derby", "Leicester", "Coventry", "Southampton", "Sunderland", "Middlesbrough", "Leeds",
        "Wimbledon", "Porto", "Marseille", "Bordeaux", "Nantes", "Lyon", "Monaco", "Eindhoven", "St Helens",
        "Surrey", "Lancashire", "Yorkshire", "Essex", "Kent", "Sussex", "Middlesex", "Warwickshire", "Worcestershire",
        "Gloucestershire", "Somerset", "Hampshire", "Derbyshire", "Nottinghamshire", "Leicestershire", "Northamptonshire",
        "Durham", "Glamorgan",
        "Meath", "Mayo", "Kerry", "Galway", "Cork", "Kildare", "Offaly", "Clare", "Tipperary", "Kilkenny", "Wexford", "Limerick",
        "Derry", "Tyrone", "Armagh", "Donegal", "Laois", "Westmeath",
        "Carolina", "New England", "Golden State", "Tampa Bay",
        "Kaiserslautern", "Karlsruhe", "Duisburg", "Bochum", "Bielefeld", "Rostock", "Munich", "Gladbach", "Uerdingen",
        "Wigan", "Warrington", "Castleford", "Halifax", "Bradford", "Oldham", "Sheffield", "Leicester", "Bath", "Gloucester",
        "Northampton", "Ipswich", "Norwich", "Bolton", "Barnsley", "Charlton", "Portsmouth", "Stoke", "Reading", "Swindon",
        "Birmingham", "Oxford", "Huddersfield", "Tranmere", "Grimsby", "Wolverhampton", "Aberdeen", "Dundee", "Dunfermline",
        "Lens", "Metz", "Bastia", "Strasbourg", "Guingamp", "Rennes", "Montpellier", "Cannes", "Nice", "Lille", "Le Havre",
        "Oviedo", "Valladolid", "Bilbao", "Vigo", "Santander", "Salamanca", "Logrones", "Utrecht", "Groningen", "Rotterdam",
        "Eindhoven", "Brugge", "Bruges", "Lisbon", "Boavista",
        "Baltimore", "Boston", "New York", "Chicago", "Cleveland", "Seattle", "Texas", "Kansas City", "Detroit", "Toronto",
        "Houston", "Atlanta", "Orlando", "Phoenix", "Utah", "Denver", "Edmonton", "Colorado", "Montreal", "Los Angeles",
        "San Francisco", "St Louis", "Pittsburgh", "Philadelphia", "Cincinnati", "Milwaukee", "Minnesota", "Oakland", "California",
        "Anaheim", "San Diego", "Florida", "Miami", "Dallas", "Buffalo", "Calgary", "Vancouver",
        "Indiana", "Charlotte", "Sacramento", "Portland", "San Antonio", "New Jersey", "Tampa Bay", "Green Bay", "Kansas",

        // Australian rules clubs named after their suburb or town (2026-11-24).
        "Geelong", "Fitzroy", "Footscray", "Essendon", "Hawthorn", "Collingwood", "Carlton", "Richmond", "Melbourne",
    ]);

    /// <summary>Team nicknames that are the team standing alone too ("the Orioles").</summary>
    public static WordSet Nicknames { get; } = FrozenSet.ToFrozenSet(
    [
        "Orioles", "Yankees", "Red Sox", "White Sox", "Blue Jays", "Mariners", "Mets", "Dodgers", "Cubs", "Braves", "Astros",
        "Padres", "Expos", "Phillies", "Marlins", "Rockies", "Athletics", "Twins", "Brewers", "Royals", "Angels",
        "Bulls", "Lakers", "Knicks", "Celtics", "Rockets", "Nuggets", "Pacers", "Suns", "SuperSonics", "Sonics", "Bullets",
        "Hornets", "Cavaliers", "Pistons", "Mavericks", "Spurs", "Trail Blazers", "Timberwolves", "Raptors", "Grizzlies", "76ers",
        "Red Wings", "Blackhawks", "Oilers", "Maple Leafs", "Canadiens", "Bruins", "Flyers", "Penguins", "Sabres", "Canucks",
        "Cowboys", "Packers", "49ers", "Steelers", "Broncos", "Redskins", "Dolphins", "Patriots", "Raiders",
        "All Blacks", "Wallabies", "Springboks", "Socceroos", "Azzurri", "Pumas", "Kangaroos", "Brumbies", "Whalers", "Nordiques",
        "Coyotes", "Mighty Ducks", "Magpies", "Bombers",

        // Canadian football, Major League Soccer, rugby league and Super 12 rugby (2026-11-26).
        "Argonauts", "Stampeders", "Roughriders", "Rough Riders", "Alouettes", "Tiger-Cats", "Blue Bombers", "MetroStars",
        "Roosters", "Rabbitohs", "Sea Eagles", "Eels", "Waratahs", "Crusaders",
    ]);

    /// <summary>Nicknames that are common words or peoples, a team only after a city ("Orlando Magic", "Cleveland Indians").</summary>
    public static WordSet NicknamesAfterCity { get; } = FrozenSet.ToFrozenSet(
    [
        "Magic", "Jazz", "Heat", "Indians", "Tigers", "Rangers", "Giants", "Cardinals", "Pirates", "Reds", "Avalanche", "Stars",
        "Kings", "Devils", "Islanders", "Lightning", "Panthers", "Jets", "Bills", "Bears", "Lions", "Saints", "Chargers",
        "Seahawks", "Eagles", "Oilers", "Flames", "Senators", "Capitals", "Blues", "Ducks", "Clippers", "Warriors", "Hawks",
        "Nets", "Heat", "Bucks", "Sixers", "Vikings", "Chiefs", "Colts", "Jaguars", "Bengals", "Browns", "Falcons", "Buccaneers",
        "Rams", "Ravens", "Sharks", "Swans", "Crows", "Dockers", "Demons", "Cats",
        "Eskimos", "Galaxy", "Mutiny", "Revolution", "Crew", "Burn", "Wizards", "Clash", "Rapids", "Knights", "Dragons",
        "Hurricanes", "Highlanders", "Bulldogs", "Stormers",
    ]);

    /// <summary>Roles in a team: a capitalised name before one is the team ("Lazio coach Dino Zoff"), a name after one a person.</summary>
    public static WordSet Roles { get; } = FrozenSet.ToFrozenSet(
    [
        "coach", "manager", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "goalie", "captain", "skipper",
        "winger", "full-back", "fullback", "sweeper", "playmaker", "pitcher", "catcher", "outfielder", "shortstop", "quarterback",
        "batsman", "bowler", "opener", "spinner", "all-rounder", "wicketkeeper", "flanker", "lock", "prop", "scrum-half", "fly-half",
        "driver", "rider", "mate", "team-mate", "teammate", "defenceman", "centre", "guard", "substitute", "playmaker",
    ]);

    /// <summary>Verbs after a team ("Valencia lost", "Surrey beat").</summary>
    public static WordSet VerbsAfter { get; } = FrozenSet.ToFrozenSet(
    [
        "beat", "beats", "drew", "draw", "draws", "lost", "lose", "loses", "won", "win", "wins", "thrashed", "crushed", "edged",
        "routed", "hammered", "defeated", "trounced", "downed", "blanked", "overcame", "signed", "sign", "signs", "hosted",
        "rout", "routs", "bowled", "batted",
    ]);

    /// <summary>Words right before a team ("beat Valencia", "a win over Hamburg", "past Seattle").</summary>
    public static WordSet WordsBefore { get; } = FrozenSet.ToFrozenSet(
    [
        "beat", "beating", "beats", "over", "against", "past", "thrashed", "crushed", "defeated", "edged", "routed", "hammered",
        "trounced", "downed", "blanked", "host", "hosts", "hosting", "visiting", "face", "faces", "facing", "rout", "routs",
        "restrict", "restricted", "dismissed",

        // "beat champions Orgryte", "city rivals Slavia", "leaders Rosenborg": plural standings words name a side.
        "champions", "leaders", "holders", "rivals", "neighbours", "newcomers",
    ]);

    /// <summary>"drew 1-1 with Middlesbrough", "lost 3-2 to Kansas City", "held 0-0 by Schalke": a result verb shortly before one of these.</summary>
    public static WordSet ResultPrepositions { get; } = FrozenSet.ToFrozenSet(["with", "to", "at", "by"]);

    /// <summary>The result verbs <see cref="ResultPrepositions"/> follow.</summary>
    public static WordSet ResultVerbs { get; } = FrozenSet.ToFrozenSet(["drew", "draw", "drawn", "lost", "losing", "won", "win", "wins", "victory", "defeat", "beaten", "held", "level"]);

    /// <summary>The home nations, which play as national sides like countries ("Scotland coach Craig Brown"), and the West Indies, a region that plays as one; newswire keeps them places.</summary>
    public static WordSet HomeNations { get; } = FrozenSet.ToFrozenSet(["England", "Scotland", "Wales", "Northern Ireland", "Great Britain", "Britain", "Ireland", "West Indies"]);

    /// <summary>True for a country or home nation: its side is the country ("Scotland beat Austria").</summary>
    public static bool IsNationalSide(string name) => Countries.Aliases.ContainsKey(name) || HomeNations.Contains(name);

    /// <summary>Words before a name that make it a place whatever else it is ("in Barcelona").</summary>
    public static WordSet PlacePrepositions { get; } = FrozenSet.ToFrozenSet(["in", "near", "into", "outside", "inside", "across", "towards", "of"], StringComparer.OrdinalIgnoreCase);
}
