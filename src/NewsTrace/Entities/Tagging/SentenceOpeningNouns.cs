using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Members of the ...", "Residents said ...": a plural noun for a group of people opens many news sentences, capitalised
/// only because it comes first, and the tagger, which has learnt that a capitalised word before "of" or "said" is often a
/// person, takes it for one. Such a word standing alone as a name at a sentence's start is dropped, and cut from the start
/// of a longer name ("Drugmakers Ciba-Geigy AG"). Kinds of company are such nouns too, in the singular as well ("Bookmaker
/// William Hill"), and a known company left after the cut is an organisation.
/// </summary>
internal static class SentenceOpeningNouns
{
    private static readonly WordSet Nouns = FrozenSet.ToFrozenSet(
    [
        "Members", "Residents", "Officials", "Workers", "Protesters", "Protestors", "Demonstrators", "Students", "Villagers",
        "Witnesses", "Analysts", "Critics", "Supporters", "Opponents", "Soldiers", "Troops", "Rebels", "Militants", "Investigators",
        "Doctors", "Nurses", "Scientists", "Researchers", "Experts", "Leaders", "Fans", "Voters", "Parents", "Teachers",
        "Farmers", "Diplomats", "Lawmakers", "Legislators", "Delegates", "Survivors", "Passengers", "Relatives", "Neighbours",
        "Neighbors", "Authorities", "Prosecutors", "Lawyers", "Activists", "Campaigners", "Organisers", "Organizers",
        "Employees", "Staff", "Locals", "Citizens", "Refugees", "Migrants", "Miners", "Firefighters", "Rescuers", "Volunteers",
        "Shareholders", "Investors", "Traders", "Dealers", "Economists", "Observers", "Participants", "Visitors", "Tourists",
        "Viewers", "Readers", "Listeners", "Users", "Customers", "Consumers", "Patients", "Victims", "Families", "Children",
        "Mourners", "Worshippers", "Pilgrims", "Spectators", "Inspectors", "Monitors", "Envoys", "Ministers", "Senators",
        "Judges", "Jurors", "Journalists", "Reporters", "Officers", "Guards", "Gunmen", "Attackers", "Thieves", "Hackers",
        "Owners", "Tenants", "Landlords", "Pensioners", "Commuters", "Travellers", "Travelers", "Drivers", "Pilots",

        // Findings that open sentences the same way ("Polls suggest the race is close").
        "Polls", "Surveys",

        // Kinds of company, which open business sentences before the companies' names ("Drugmakers Ciba-Geigy AG and ...").
        "Drugmakers", "Carmakers", "Automakers", "Chipmakers", "Steelmakers", "Bookmakers", "Brewers", "Insurers", "Lenders",
        "Brokers", "Retailers", "Exporters", "Importers", "Producers", "Manufacturers", "Refiners", "Regulators", "Bankers",
        "Airlines", "Carriers", "Publishers", "Broadcasters", "Newspapers", "Drugmaker", "Carmaker", "Automaker", "Chipmaker",
        "Steelmaker", "Bookmaker", "Brewer", "Insurer", "Lender", "Broker", "Retailer", "Exporter", "Manufacturer", "Refiner",
        "Publisher", "Broadcaster", "Supermarket", "Conglomerate", "Miner", "Homebuilder", "Planemaker", "Shipbuilder",
        "Rival", "Rivals", "Shares", "Stocks", "Benchmark",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Plural agent nouns that end compounds for groups of people ("Shipowners", "Dockworkers", "Policymakers",
    /// "Peacekeepers"); surnames hardly ever end so.
    /// </summary>
    private static readonly string[] AgentEndings = ["owners", "workers", "makers", "holders", "keepers", "builders", "dwellers", "seekers", "goers"];

    /// <summary>Letters a compound needs before its agent ending, so that "Owners" or "Makers" alone is no compound.</summary>
    private const int MinCompoundPrefix = 3;

    /// <summary>Whether the word is one of the plural nouns for people that open sentences ("Members", "Residents", "Shipowners").</summary>
    public static bool IsGroupNoun(ReadOnlySpan<char> word)
    {
        if (Nouns.Contains(word))
        {
            return true;
        }

        foreach (var ending in AgentEndings)
        {
            if (word.Length >= ending.Length + MinCompoundPrefix && word.EndsWith(ending, StringComparison.Ordinal) && char.IsUpper(word[0]))
            {
                return true;
            }
        }

        return false;
    }

    public static void Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
    {
        merged.RemoveAll(name => name.FirstToken == name.LastToken && name.Canonical is null && sentenceStarts[name.FirstToken]
                                 && name.Type != EntityTypes.Nationality && IsGroupNoun(TokenText.Of(text, tokens[name.FirstToken])));

        // "Drugmakers Ciba-Geigy AG", "Analysts Mark Ruiz and ...": the noun is cut from a longer name it opens, unless that
        // name ends in an organisation word other than a legal form and so may be named after the group ("Farmers Union");
        // "Shareholders of Lucas Industries Plc" loses the noun and its "of".
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.LastToken > name.FirstToken && sentenceStarts[name.FirstToken] && name.Canonical is null
                && Nouns.Contains(TokenText.Of(text, tokens[name.FirstToken])) && TokenText.IsCapitalised(text, tokens[name.FirstToken + 1])
                && (!TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[name.LastToken]) || TokenText.LowerIn(NameWords.CompanyForms, text, tokens[name.LastToken])))
            {
                // "Bookmaker William Hill": what is left may be a known company the place head ("Hill") hid.
                var rest = name with { FirstToken = name.FirstToken + 1 };
                merged[k] = Companies.Names.Contains(TokenText.Join(text, tokens, rest.FirstToken, rest.LastToken))
                    ? rest with { Type = EntityTypes.Organization, Canonical = null }
                    : rest;
            }
            else if (name.LastToken > name.FirstToken + 1 && sentenceStarts[name.FirstToken] && name.Canonical is null
                     && Nouns.Contains(TokenText.Of(text, tokens[name.FirstToken])) && TokenText.Is(text, tokens[name.FirstToken + 1], "of")
                     && TokenText.IsCapitalised(text, tokens[name.FirstToken + 2]))
            {
                // "Shareholders of Lucas Industries Plc approved ...": the group belongs to the name after "of", which is no part of it.
                merged[k] = name with { FirstToken = name.FirstToken + 2 };
            }
        }
    }
}
