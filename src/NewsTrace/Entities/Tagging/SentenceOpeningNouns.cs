using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Members of the ...", "Residents said ...": a plural noun for a group of people opens many news sentences, capitalised
/// only because it comes first, and the tagger, which has learnt that a capitalised word before "of" or "said" is often a
/// person, takes it for one. Such a word standing alone as a name at a sentence's start is dropped.
/// </summary>
internal static class SentenceOpeningNouns
{
    private static readonly FrozenSet<string> Nouns = FrozenSet.ToFrozenSet(
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
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounLookup = Nouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word is one of the plural nouns for people that open sentences ("Members", "Residents").</summary>
    public static bool IsGroupNoun(ReadOnlySpan<char> word) => NounLookup.Contains(word);

    public static void Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
        => merged.RemoveAll(name => name.FirstToken == name.LastToken && name.Canonical is null && sentenceStarts[name.FirstToken]
                                    && name.Type != EntityTypes.Nationality && NounLookup.Contains(TokenText.Of(text, tokens[name.FirstToken])));
}
