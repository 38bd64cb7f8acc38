using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Entities.Data;

/// <summary>Word lists that classify capitalised runs: person titles and roles, organisation heads and place heads. Matched case-insensitively.</summary>
internal static class NameWords
{
    /// <summary>Titles and roles that precede a person's name ("Foreign Minister", "spokesman", "Mr.").</summary>
    public static WordSet PersonTitles { get; } = FrozenSet.ToFrozenSet(
    [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady", "rev", "rev.",
        "president", "vice-president", "undersecretary", "under-secretary", "premier", "chancellor", "minister", "secretary", "secretary-general", "spokesman",
        "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "gov.", "mayor", "senator", "sen.", "sen", "rep.", "representative",
        "congressman", "congresswoman", "king", "queen", "prince", "princess", "emperor", "pope", "general", "gen.", "gen", "colonel",
        "col.", "lt.", "lieutenant", "captain", "capt.", "commander", "admiral", "adm.", "sergeant", "sgt.", "major", "marshal",

        // Ranks abbreviated without a full stop, as British and Commonwealth papers write them ("Capt Pillai", "Supt Ann Roe").
        "capt", "cpt", "col", "lt", "maj", "maj.", "sgt", "cpl", "cpl.", "brig", "brig.", "cdr.", "adm", "supt", "supt.", "insp", "insp.",
        "det", "det.", "cllr", "pte", "corporal", "cpl", "cpl.", "lance-corporal",

        "judge", "justice", "chairman", "chairwoman", "chair", "ceo", "director", "director-general", "chief", "head", "leader",
        "deputy", "foreign", "defence", "defense", "prime", "interior", "finance", "economy", "health", "trade", "first",
        "mp", "mep", "msp", "mla", "mlc", "mpp", "mna", "mha", "lawmaker", "legislator", "assemblyman", "assemblywoman", "diplomat", "commissioner", "adviser", "advisor", "aide", "analyst", "professor", "coach", "attorney",
        "prosecutor", "sheikh", "mirwaiz", "mufti", "imam", "dato", "datuk", "datin", "datu", "ratu", "baroness", "ayatollah", "patriarch", "bishop", "archbishop", "cardinal", "father", "saint", "st.",
        "opposition", "correspondent", "reporter", "editor", "author", "actor", "actress", "singer", "officer", "official",
        "administrator", "auditor", "comptroller", "treasurer", "controller", "ombudsman", "inspector", "comandante", "subcomandante",

        // Parliamentary offices ("Majority Leader Harlan Voigt", "Majority Whip X", "Speaker Paul Ryan", "Councillor Ada Brennan").
        "majority", "minority", "whip", "speaker", "councillor", "councilor", "councilman", "councilwoman", "alderman",

        // Occupations written before a name like a title ("architect James Polshek", "forecaster Sujit Rao").
        "architect", "engineer", "lawyer", "economist", "historian", "scientist", "researcher", "novelist", "writer", "poet",
        "artist", "designer", "photographer", "curator", "forecaster", "astronaut", "pilot", "surgeon", "physician", "activist",
        "campaigner", "columnist", "broadcaster", "presenter", "comedian", "filmmaker", "composer", "conductor", "pianist",
        "violinist", "guitarist", "drummer", "dancer", "astronomer", "archaeologist", "biologist", "physicist", "chemist",
        "geologist", "sociologist", "philosopher", "entrepreneur", "investor", "banker", "headteacher", "teacher", "nurse",
        "superintendent", "coroner", "magistrate", "detective", "constable", "registrar", "provost", "rector", "vice-chancellor",

        // Plural offices before a list of names ("Presidents Yoweri Museveni and Daniel arap Moi", "Prime Ministers Gyula Horn
        // and Nicolae Vacaroiu").
        "presidents", "ministers", "premiers", "senators", "governors", "chairmen", "co-chairmen", "co-chairman", "co-chairwoman",
        "directors", "co-founder", "founder",

        // Places on a team written before a name like a title, capitalised where they open a sentence ("Rookie Shareef
        // Abdur-Rahim scored 20", "Scrum-half Joost van der Westhuizen").
        "rookie", "scrum-half", "fly-half", "winger", "striker", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher",
        "playmaker", "skipper", "all-rounder", "batsman", "bowler", "wicketkeeper", "jockey", "debutant", "newcomer", "paceman",
        "spinner", "opener", "sprinter", "flanker", "hooker", "centre-back", "full-back", "fullback", "veteran",
    ]);

    /// <summary>Titles that, standing alone before a capitalised run, make it a person for sure.</summary>
    public static WordSet StrongPersonTitles { get; } = FrozenSet.ToFrozenSet(
    [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "dame", "president", "premier",
        "chancellor", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor",
        "mayor", "senator", "sen.", "rep.", "king", "queen", "prince", "princess", "pope", "gen.", "general", "judge",
        "chairman", "chairwoman", "ceo", "director", "mp", "lawmaker", "legislator", "diplomat", "commissioner", "adviser", "advisor",
        "aide", "analyst", "professor", "coach", "prosecutor", "sheikh", "mirwaiz", "officer", "official", "colonel", "col.", "captain",
        "capt.", "lt.", "admiral", "sgt.", "administrator",
    ]);

    /// <summary>
    /// Organisation heads in other languages, which stand anywhere in a name ("Vrije Universiteit Amsterdam", "Banco Central
    /// do Brasil", "Partido Popular") and are no English word, so any of them makes the name an organisation. Declared
    /// before <see cref="OrganizationHeads"/>, which takes them in: static properties are set in the order written.
    /// </summary>
    public static WordSet ForeignOrganizationHeads { get; } = FrozenSet.ToFrozenSet(
    [
        "universidad", "universidade", "université", "universität", "università", "instituto", "institut", "ministerio",
        "ministère", "partido", "parti", "partei", "banco", "banca", "banque", "escola", "escuela", "universiteit", "universitet",
        "uniwersytet", "univerzita", "hochschule", "istituto", "politecnico", "akademie", "akademia", "companhia", "compañía",
        "compagnie", "société", "sociedad", "sociedade", "radiotelevisione", "radiotelevizija", "televisión", "televisão",

        // A broadcaster's name opens with its medium ("Radio France Internationale", "Radio Programas del Peru").
        "radio",
    ]);

    /// <summary>Words that make a capitalised run an organisation ("Ministry", "Agency", "Inc").</summary>
    public static WordSet OrganizationHeads { get; } = FrozenSet.ToFrozenSet(
    [
        "ministry", "agency", "council", "party", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc",
        "co.", "company", "university", "college", "school", "committee", "commission", "department", "office", "bureau",
        "service", "services", "association", "union", "federation", "organization", "organisation", "institute", "foundation",
        "bank", "group", "court", "parliament", "assembly", "senate", "congress", "government", "administration", "army",
        "navy", "force", "forces", "police", "guard", "club", "team", "league", "church", "society", "center", "centre",
        "network", "news", "times", "post", "press", "herald", "gazette", "daily", "journal", "tribune", "monitor", "shimbun", "ilbo",
        "television", "radio", "airlines", "airways", "systems", "technologies", "motors", "media", "board", "authority",
        "fund", "program", "programme", "movement", "front", "alliance", "coalition", "hospital", "museum", "secretariat",
        "cabinet", "duma", "chamber", "commune", "hall", "academy", "institution", "laboratory", "laboratories", "observatory",
        "brigade", "battalion", "regiment", "squadron", "corps", "holding", "holdings", "partners", "studios", "records", "pictures",
        "trust", "caucus", "tribunal", "exchange", "forum", "library", "libraries", "orchestra", "ensemble", "unity", "opposition",
        "consortium", "co", "firm", "constabulary", "workers", "enforcement", "racing", "ballet", "philharmonic", "unit",

        // Lines of business that end a company's name ("Hanbo Steel", "Gulf Oil", "Sumitomo Chemical", "Ford Motor").
        "steel", "oil", "petroleum", "chemical", "chemicals", "electronics", "electric", "industries", "mining", "metals",
        "pharmaceuticals", "telecom", "telecommunications", "securities", "shipping", "breweries", "brewery", "cement",
        "textiles", "aerospace", "motor", "refining", "properties", "minerals", "mines", "homes", "seating", "manufacturing",
        "engineering", "publishing", "foods", "insurance", "logistics", "pharma", "software",
        "investments", "financial", "bancorp", "tobacco", "terminals",

        // Company forms of other countries ("Daimler-Benz AG", "Fiat SpA", "Petronas Bhd").
        "ag", "gmbh", "sa", "s.a.", "nv", "n.v.", "spa", "s.p.a.", "bhd", "ab", "asa", "oyj", "pty", "lp", "kgaa",

        // Sports clubs ("Manchester United", "Blackburn Rovers", "Ajax FC").
        "fc", "afc", "united", "rovers", "wanderers", "athletic", "albion", "hotspur",

        // The same heads in other languages ("Universidade Federal de Santa Catarina", "Partido Popular").
        .. ForeignOrganizationHeads,
    ]);

    /// <summary>Words that make a capitalised run a location ("River", "Mountains", "Street").</summary>
    public static WordSet LocationHeads { get; } = FrozenSet.ToFrozenSet(
    [
        "river", "lake", "sea", "ocean", "mountain", "mountains", "mount", "mt.", "island", "islands", "valley", "bay",
        "gulf", "strait", "peninsula", "desert", "coast", "basin", "street", "st", "avenue", "road", "square", "bridge",
        "park", "airport", "station", "port", "harbour", "harbor", "county", "province", "region", "state", "district",
        "city", "town", "village", "oblast", "krai", "canal", "forest", "plateau", "border", "capital", "north", "south",
        "east", "west", "hill", "hills", "beach", "channel", "fort", "township", "borough", "falls", "heights", "springs",
        "canyon", "glacier", "prefecture", "governorate", "municipality", "archipelago", "lagoon", "dock", "docks", "wharf",
        "quay", "pass", "highway", "motorway", "expressway", "boulevard",

    ]);

    /// <summary>Lower-case particles inside surnames ("von der Leyen", "da Silva", "bin Salman", "de Kock"), matched as written.</summary>
    public static WordSet SurnameParticles { get; } = FrozenSet.ToFrozenSet(
        ["von", "van", "der", "den", "de", "des", "da", "di", "du", "del", "della", "dos", "das", "do", "los", "las", "bin", "ibn", "bint", "al", "el", "le", "la", "ter", "ten", "zu", "af", "arap", "wa"],
        StringComparer.Ordinal);

    /// <summary>Makers of airliners, whose names with a model number name a plane ("Boeing 747", "Ilyushin-76").</summary>
    private static readonly WordSet AircraftMakers = FrozenSet.ToFrozenSet(
        ["boeing", "airbus", "ilyushin", "tupolev", "antonov", "fokker", "lockheed", "mcdonnell", "embraer", "cessna", "yakovlev", "dornier", "bombardier", "atr"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>True for an airliner's maker, in any case.</summary>
    public static bool IsAircraftMaker(ReadOnlySpan<char> word) => AircraftMakers.Contains(word);

    /// <summary>Lower-case words that may join capitalised tokens inside a name ("Ministry of Foreign Affairs", "Banca di Roma", "Banco do Brasil").</summary>
    public static WordSet Connectors { get; } = FrozenSet.ToFrozenSet(["of", "of the", "de", "di", "do", "dos", "das", "van", "von", "bin", "al", "da", "del", "della", "der", "des", "la", "le", "du", "for", "&"]);

    /// <summary>Capitalised words that are not names on their own (days, months, pronoun-like words, headline words).</summary>
    public static WordSet NotNames { get; } = FrozenSet.ToFrozenSet(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
        "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "i", "i'm", "i'd", "i'll", "i've", "ok", "okay", "yes", "no",
        "mr", "mr.", "mrs.", "ms.", "dr.", "god", "internet", "web", "tv", "am", "pm", "a.m.", "p.m.", "image", "photo", "question", "answer",
        "q", "a", "read", "more", "advertisement", "share", "comments", "related", "source", "update", "updated", "breaking",
        "nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone", "none",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Honorifics written before a person's name ("Mr. Toccafondi"); never part of the name itself.</summary>
    public static WordSet Honorifics { get; } = FrozenSet.ToFrozenSet(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof."], StringComparer.Ordinal);

    /// <summary>
    /// Greetings and interjections that open a capitalised run in speech ("Hey Frank", "Thanks John") but are not part of the
    /// name, which starts after them.
    /// </summary>
    public static WordSet Interjections { get; } = FrozenSet.ToFrozenSet(
    [
        "hey", "hi", "hello", "dear", "thanks", "thank", "oh", "ah", "well", "yes", "no", "ok", "okay", "sorry", "congratulations",
        "bye", "goodbye", "welcome", "cheers", "please",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Legal forms that end a company's full name ("Volkswagen AG", "Microsoft Corp"); the name without them names the company too.</summary>
    public static WordSet CompanyForms { get; } = FrozenSet.ToFrozenSet(
    [
        "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "limited", "plc", "llc", "co", "co.", "ag", "gmbh", "nv",
        "n.v.", "sa", "s.a.", "spa", "s.p.a.", "bv", "ab", "asa", "oyj", "kgaa", "pty", "bhd", "lp", "srl", "sarl", "as", "group",
        "holdings", "cos", "cos.", "groupe", "gruppe", "grupo", "gruppo", "sca", "kk",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Line-of-business words between a company's short name and its legal form ("Qantas Airways Ltd", "Toyota Motor Corp"),
    /// left out with the legal form to give the name the rest of a story uses ("Qantas", "Toyota").
    /// </summary>
    public static WordSet CompanyBusinessWords { get; } = FrozenSet.ToFrozenSet(
    [
        "airways", "airlines", "air", "motor", "motors", "electronics", "electric", "communications", "industries", "international",
        "systems", "technologies", "technology", "pharmaceuticals", "petroleum", "oil", "steel", "chemicals", "chemical", "telecom",
        "telecommunications", "media", "entertainment", "enterprises", "energy", "resources", "mining", "foods", "brewing",
        "breweries", "insurance", "financial", "computer", "computers", "software", "networks", "semiconductor", "shipping", "trading",
        "minerals", "metals", "mines", "exploration", "securities", "investments", "partners", "health", "healthcare", "care", "seating",
        "terminals", "manufacturing", "engineering", "publishing", "logistics", "bancorp", "tobacco", "capital", "services", "products",
        "solutions",
    ], StringComparer.OrdinalIgnoreCase);
}
