using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Names found inside a known event's name are dropped: "Tour de France" is no organisation, "Formula One" no person and the
/// "French" of "French Open" no nationality. Names in capitals are looked up as the lists write them. A "person" ending in a
/// prize or contest word is that prize ("Tony Awards", "Davis Cup") and is dropped too, as is one ending in a programme's word ("Information Morning").
/// </summary>
internal static class EventNamesOut
{
    private const int MaxWords = 5;
    private const int MaxChars = 64;

    /// <summary>The events' first words in any case, so most capitalised words cost one lookup.</summary>
    private static readonly WordSet FirstWords = EventNames.Names
        .Select(name => name.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Last words of a prize or contest named after someone ("Tony Awards", "Davis Cup", "Nobel Prize"), which the tagger reads as a person.</summary>
    private static readonly WordSet PrizeWords = FrozenSet.ToFrozenSet(
        ["Award", "Awards", "Prize", "Prizes", "Trophy", "Cup", "Games", "Championship", "Championships", "Open", "Classic"], StringComparer.Ordinal);

    /// <summary>
    /// Last words of a broadcast programme's name ("Information Morning", "The Late Show", "Newsroom Tonight"), which the
    /// tagger reads as a person after "told" or "spoke to"; no surname ends so.
    /// </summary>
    private static readonly WordSet ProgrammeWords = FrozenSet.ToFrozenSet(["Morning", "Tonight", "Show", "Edition", "Hour", "Programme", "Program"], StringComparer.Ordinal);

    /// <summary>Last words of a contest that a sponsor, place or nationality opens ("Volvo Masters", "UK Championship", "Swedish Open").</summary>
    private static readonly WordSet ContestWords = FrozenSet.ToFrozenSet(
        ["Masters", "Open", "Championship", "Championships", "Classic", "Trophy", "Cup", "Games", "Prix", "Marathon", "Rally", "Regatta", "Invitational"],
        StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        if (merged.Count == 0)
        {
            return;
        }

        merged.RemoveAll(name => name.Type == EntityTypes.Person && name.LastToken > name.FirstToken
            && (PrizeWords.Contains(TokenText.Of(text, tokens[name.LastToken])) || ProgrammeWords.Contains(TokenText.Of(text, tokens[name.LastToken]))));

        // "Volvo Masters", "Lipton Championships": a sponsor's name and a contest word name the contest, not the sponsor.
        merged.RemoveAll(name => name.Type == EntityTypes.Organization && name.Canonical is null && name.LastToken > name.FirstToken
            && IsContestWord(TokenText.Of(text, tokens[name.LastToken])));

        // "UK Championship", "Swedish Open": a place or nationality right before a contest word is part of the contest's name.
        // "Hungarian Grand Prix": "Grand" may stand between them.
        merged.RemoveAll(name => name.Type is EntityTypes.Geopolitical or EntityTypes.Location or EntityTypes.Nationality
            && ContestAfter(text, tokens, name.LastToken) is var contest and > 0
            && TokenText.OnSameLine(text, tokens[name.LastToken], tokens[contest]));

        Span<char> surface = stackalloc char[MaxChars];
        var next = 0;
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            // An event found runs to its last word; the search goes on after it.
            if (i < next || !FirstWords.Contains(TokenText.Of(text, tokens[i])))
            {
                continue;
            }

            for (var length = MaxWords; length >= 1; length--)
            {
                var last = i + length - 1;
                if (last >= tokens.Length || !TokenText.OnSameLine(text, tokens[i], tokens[last]) || !TokenText.TryJoin(text, tokens, i, last, surface, out var written))
                {
                    continue;
                }

                if (EventNames.Names.Contains(surface[..written]) || EventNames.Names.Contains(NameCase.FromCapitals(surface[..written])))
                {
                    RemoveWithin(merged, i, last);
                    next = last + 1;
                    break;
                }
            }
        }
    }

    /// <summary>The contest word right after <paramref name="last"/>, or after "Grand" there ("Grand Prix"); -1 for none.</summary>
    private static int ContestAfter(string text, ImmutableArray<Token> tokens, int last)
    {
        var next = last + 1;
        if (next < tokens.Length && TokenText.Is(text, tokens[next], "Grand"))
        {
            next++;
        }

        return next < tokens.Length && IsContestWord(TokenText.Of(text, tokens[next])) ? next : -1;
    }

    /// <summary>A contest's last word, capitalised or in capitals ("Masters", "OPEN", "Championships").</summary>
    private static bool IsContestWord(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 16 || !char.IsUpper(word[0]))
        {
            return false;
        }

        Span<char> title = stackalloc char[word.Length];
        title[0] = word[0];
        word[1..].ToLowerInvariant(title[1..]);
        return ContestWords.Contains(title);
    }

    /// <summary>
    /// Removes the names inside [first, last], and those that end inside it ("Belgian Grand" of "Belgian Grand Prix": a name
    /// cut off inside an event is the event's opening words); a method of its own, so the loop over tokens captures nothing.
    /// </summary>
    private static void RemoveWithin(List<NameCandidate> merged, int first, int last)
        => merged.RemoveAll(name => name.LastToken >= first && name.LastToken <= last && (name.FirstToken >= first || name.LastToken < last));
}
