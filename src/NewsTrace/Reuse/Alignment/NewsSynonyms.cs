namespace NewsTrace.Reuse.Alignment;

/// <summary>
/// Words that rewriters swap for one another in news copy, each mapped to one canonical form so "trip" meets "visit"
/// and "backing" meets "support". Also irregular verb forms ("met" → "meet", "rose" → "increase") that suffix stripping
/// cannot reach, and British/American spellings. Deliberately small and news-specific: a general thesaurus would merge
/// words that a reporter keeps apart ("attack" and "strike" can be two events), so only near-interchangeable words are here.
/// </summary>
internal static class NewsSynonyms
{
    private static readonly Dictionary<string, string> Canonical = Build(
        // Reporting verbs all collapse onto "say", a stop word: rewriters change them freely and they carry no content.
        ("say", ["said", "says", "stated", "told", "tell", "claimed", "claims", "claim", "noted", "note", "remarked",
            "declared", "added", "add", "adds", "explained", "commented", "insisted", "asserted", "maintained", "stressed", "emphasised",
            "emphasized", "underlined", "underscored", "mentioned", "indicated", "suggested", "argued", "announced", "announce",
            "reported", "report", "reports", "revealed", "disclosed", "confirmed", "confirm"]),
        ("visit", ["trip", "trips", "journey", "tour", "visited", "visiting", "visits"]),
        ("support", ["backing", "backed", "supported", "supporting", "solidarity"]),
        ("talks", ["meeting", "meetings", "discussions", "discussion", "negotiations", "negotiation", "consultations"]),
        ("meet", ["met", "meets", "meeting"]),
        ("help", ["assist", "assistance", "aid", "helped", "helping", "assisted"]),
        ("increase", ["rise", "rose", "risen", "raise", "raised", "boost", "boosted", "grow", "grew", "grown", "growth", "increased",
            "heightened", "heighten", "escalate", "escalated", "stepped", "intensify", "intensified", "surge", "surged"]),
        ("decrease", ["fall", "fell", "fallen", "drop", "dropped", "decline", "declined", "cut", "reduce", "reduced", "ease", "eased", "lower", "lowered"]),
        ("large", ["big", "major", "huge", "massive", "sizeable", "sizable", "substantial"]),
        ("important", ["significant", "key", "crucial", "vital", "essential", "valuable", "major"]),
        ("start", ["begin", "began", "begun", "beginning", "launch", "launched", "commence", "commenced", "started", "starting"]),
        ("end", ["finish", "finished", "conclude", "concluded", "ended", "ending", "close", "closed"]),
        ("show", ["showed", "shown", "indicate", "indicated", "indicating", "reveal", "suggest", "suggests", "demonstrate", "demonstrated"]),
        ("buy", ["bought", "purchase", "purchased", "acquire", "acquired"]),
        ("resident", ["residents", "inhabitants", "inhabitant", "locals", "citizens", "citizen"]),
        ("official", ["officials", "authorities", "authority"]),
        ("country", ["nation", "nations", "countries"]),
        ("town", ["city", "municipality", "village"]),
        ("agreement", ["deal", "accord", "pact", "treaty", "agreements", "deals", "accords"]),
        ("warn", ["warned", "caution", "cautioned", "warning"]),
        ("plan", ["intend", "intends", "intended", "aim", "aims", "aimed", "planned", "plans"]),
        ("accuse", ["accused", "blame", "blamed", "charged", "accusation", "accusations"]),
        ("criticise", ["criticize", "criticized", "criticised", "condemn", "condemned", "denounce", "denounced"]),
        ("praise", ["praised", "commend", "commended", "laud", "lauded", "hail", "hailed", "thank", "thanked", "appreciated", "appreciate"]),
        ("promise", ["promised", "pledge", "pledged", "vow", "vowed", "commit", "committed"]),
        ("ship", ["vessel", "vessels", "boat", "boats", "ships", "shipment", "shipments"]),
        ("weapon", ["weapons", "arms", "munitions", "weaponry", "armaments"]),
        ("photo", ["photos", "photograph", "photographs", "picture", "pictures", "image", "images", "imagery"]),
        ("concern", ["worry", "worries", "worried", "concerned", "concerns", "worrying", "alarm"]),
        ("cooperation", ["cooperate", "collaboration", "co-operation", "partnership", "ties", "relations"]),
        ("attack", ["assault", "attacked", "attacks"]),
        ("die", ["died", "dead", "killed", "kill", "deaths", "death"]),
        ("injure", ["injured", "wounded", "hurt", "injuries"]),
        ("home", ["house", "houses", "homes", "dwellings"]),
        ("police", ["officers", "policemen"]),
        ("leader", ["head", "chief", "leaders"]),
        ("fast", ["quick", "quickly", "rapid", "rapidly", "swift", "swiftly"]),
        ("arrive", ["arrived", "came", "landed", "arrival", "reached"]),
        ("leave", ["left", "departed", "depart", "departure"]),
        ("give", ["gave", "given", "provide", "provided", "supply", "supplied"]),
        ("hold", ["held", "holds"]),
        ("send", ["sent", "dispatched", "dispatch", "transferred", "transfer"]),
        ("speak", ["spoke", "spoken"]),
        ("win", ["won", "wins"]),
        ("build", ["built", "construct", "constructed", "construction"]),
        ("bring", ["brought"]),
        ("seek", ["sought"]),
        ("think", ["thought", "believe", "believed"]),
        ("pay", ["paid"]),
        ("keep", ["kept"]),
        ("lead", ["led"]),
        ("flee", ["fled"]),
        ("choose", ["chose", "chosen"]),
        ("reopen", ["reopening", "reopened"]),
        ("bridge", ["crossing"]),
        ("exercise", ["drill", "drills", "exercises", "manoeuvres", "maneuvers"]),
        ("spokesperson", ["spokesman", "spokeswoman", "representative", "spokespeople"]),
        ("groundless", ["baseless", "unfounded", "unsupported"]),
        ("defence", ["defense"]),
        ("centre", ["center"]),
        ("programme", ["program"]),
        ("labour", ["labor"]));

    /// <summary>The canonical form of a lower-case word, or the word itself when it has no listed variant.</summary>
    public static string Canonicalize(string lowerCaseWord)
        => Canonical.TryGetValue(lowerCaseWord, out var canonical) ? canonical : lowerCaseWord;

    private static Dictionary<string, string> Build(params (string Canonical, string[] Variants)[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, variants) in groups)
        {
            foreach (var variant in variants)
            {
                // First group wins: "meeting" stays "talks", the noun reading that news copy uses most.
                map.TryAdd(variant, canonical);
            }
        }

        return map;
    }
}
