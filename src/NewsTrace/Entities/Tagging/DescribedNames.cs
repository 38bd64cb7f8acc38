using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Names the sentence describes as a body. Wire copy introduces an unfamiliar company or group with a lower-case noun
/// right before it ("the opposition coalition Zajedno", "missile maker Matra", "holding company Telebras") or after it
/// ("the royalist FUNCINPEC party") or set off by commas after it ("a new reinsurance company , Equitas ,"), and a source's employer after the job and "at" ("a trader at Rudolf Wolff"). The
/// tagger reads such names as people or misses them; here they become organisations, and an unclaimed run of up to three
/// capitalised words in those places is added as one. A name that opens with a known given name or a title is left
/// ("the company Jack founded"), and so is a known place ("a trader at London": the place of work).
/// </summary>
internal static class DescribedNames
{
    private const int MaxWords = 3;

    /// <summary>Lower-case nouns before a name that say it is a body.</summary>
    private static readonly WordSet BodyNouns = FrozenSet.ToFrozenSet(
    [
        "coalition", "company", "firm", "group", "maker", "bank", "brokerage", "insurer", "airline", "carrier", "retailer",
        "conglomerate", "utility", "manufacturer", "supplier", "distributor", "newspaper", "daily", "weekly", "agency",
        "movement", "militia", "organisation", "organization", "federation", "union", "outfit", "subsidiary", "chain", "giant",
        "operator", "refiner", "miner", "exporter", "importer", "consortium", "alliance", "party",
    ], StringComparer.Ordinal);

    /// <summary>Lower-case nouns after "the" and a name that say it is a body ("the Zajedno coalition", "the Dawn newspaper").</summary>
    private static readonly WordSet BodyNounsAfter = FrozenSet.ToFrozenSet(
    [
        "coalition", "newspaper", "daily", "weekly", "agency", "party", "movement", "alliance", "militia", "faction", "bloc",
        "front", "magazine",
    ], StringComparer.Ordinal);

    /// <summary>Jobs whose holder is quoted with an employer after "at" ("an analyst at ...").</summary>
    private static readonly WordSet Jobs = FrozenSet.ToFrozenSet(
    [
        "analyst", "analysts", "trader", "traders", "economist", "economists", "strategist", "strategists", "dealer", "dealers",
        "broker", "brokers", "executive", "executives", "researcher", "researchers", "director", "manager", "spokesman",
        "spokeswoman", "spokesperson", "official", "officials", "partner", "chairman", "banker", "bankers",
    ], StringComparer.Ordinal);

    /// <summary>What a person makes, not a firm: "playmaker", "lawmaker", "peacemaker", "filmmaker".</summary>
    private static readonly WordSet PersonMakers = FrozenSet.ToFrozenSet(
    [
        "play", "law", "peace", "policy", "film", "movie", "match", "king", "trouble", "dress", "wine", "decision", "rain",
        "merry", "holiday", "money", "noise", "deal", "film-", "policy-", "decision-", "game", "hay", "pace",
    ], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            // A capitalised word first (few are), then the word before it, and only then the lookups and the line test.
            if (i < 1 || tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var before = TokenText.Of(text, tokens[i - 1]);
            var employer = before is "at" && i > 1 && Jobs.Contains(TokenText.Of(text, tokens[i - 2]));
            var described = (!employer && before.Length > 3 && char.IsLower(before[0]) && (BodyNouns.Contains(before) || IsMaker(before)))
                || InApposition(text, tokens, i);
            if ((described || employer) && TokenText.OnSameLine(text, tokens[i - 1], tokens[i]))
            {
                Describe(text, tokens, merged, i, employer);
            }
        }

        // "the royalist FUNCINPEC party": an acronym nothing found before "party".
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (TokenText.IsAcronym(text, tokens[i]) && TokenText.Is(text, tokens[i + 1], "party") && char.IsLower(text[tokens[i + 1].Start])
                && MergedNames.At(merged, i) is null)
            {
                merged.Add(Organisation(i, i));
            }
            else if (TokenText.IsCapitalised(text, tokens[i]) && IsBodyNounAfter(text, tokens, i + 1))
            {
                DescribeBefore(text, tokens, merged, i);
            }
        }
    }

    /// <summary>"the Paralympic movement", "the Gaullist party": an adjective, not a name.</summary>
    private static bool IsAdjective(ReadOnlySpan<char> word)
        => word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("ist", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal);

    /// <summary>"coalition", "newspaper", and "news agency", in lower case.</summary>
    private static bool IsBodyNounAfter(string text, ImmutableArray<Token> tokens, int i)
    {
        if (!char.IsLower(text[tokens[i].Start]))
        {
            return false;
        }

        var word = TokenText.Of(text, tokens[i]);
        return BodyNounsAfter.Contains(word)
            || (word is "news" && i + 1 < tokens.Length && TokenText.Is(text, tokens[i + 1], "agency"));
    }

    /// <summary>
    /// "The Zajedno coalition", "the Beta news agency": a name between "the" and a body noun is the body. The tagger's person
    /// there, or a run nothing claimed, becomes the organisation; a known place ("the Moscow daily") or a named person is left.
    /// </summary>
    private static void DescribeBefore(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int last)
    {
        var name = MergedNames.At(merged, last);
        if (name is { } found && (found.LastToken != last || found.Canonical is not null || found.Type != EntityTypes.Person))
        {
            return;
        }

        var first = name?.FirstToken ?? last;
        while (name is null && first > 0 && last - first + 1 < MaxWords && TokenText.IsCapitalised(text, tokens[first - 1]) && MergedNames.At(merged, first - 1) is null
               && !TokenText.Is(text, tokens[first - 1], "the"))
        {
            first--;
        }

        if (first == 0 || !TokenText.Is(text, tokens[first - 1], "the") || Gazetteer.Lookup.ContainsKey(TokenText.Join(text, tokens, first, last))
            || FirstNames.Contains(TokenText.Of(text, tokens[first])) || (first == last && IsAdjective(TokenText.Of(text, tokens[last]))))
        {
            return;
        }

        if (name is { } person)
        {
            merged[merged.IndexOf(person)] = person with { Type = EntityTypes.Organization };
        }
        else
        {
            merged.Add(Organisation(first, last));
        }
    }

    /// <summary>"a new reinsurance company , Equitas , will": a one-word name set off by commas after a body noun.</summary>
    private static bool InApposition(string text, ImmutableArray<Token> tokens, int i)
        => i > 1 && i + 1 < tokens.Length && TokenText.Of(text, tokens[i - 1]) is "," && TokenText.Of(text, tokens[i + 1]) is "," or "."
           && char.IsLower(text[tokens[i - 2].Start]) && BodyNouns.Contains(TokenText.Of(text, tokens[i - 2]));

    /// <summary>"carmaker", "chipmaker", "drugmaker": a maker of something, written as one word; not a person's role ("playmaker", "lawmaker").</summary>
    private static bool IsMaker(ReadOnlySpan<char> word)
        => word.Length > 5 && word.EndsWith("maker", StringComparison.Ordinal) && !PersonMakers.Contains(word[..^5]);

    private static void Describe(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int first, bool employer)
    {
        var word = TokenText.Of(text, tokens[first]);
        if (FirstNames.Contains(word) || NameWords.PersonTitles.Contains(word.ToString().ToLowerInvariant()) || NameWords.NotNames.Contains(word.ToString()))
        {
            return;
        }

        if (MergedNames.At(merged, first) is { } name)
        {
            // The tagger's person, or a place of two words or more, starting here is the body; a known place is where the job is.
            var retype = name.FirstToken == first && name.Canonical is null
                && (name.Type == EntityTypes.Person || (!employer && name.LastToken > first && name.Type is EntityTypes.Geopolitical or EntityTypes.Location));
            if (retype)
            {
                merged[merged.IndexOf(name)] = name with { Type = EntityTypes.Organization };
            }

            return;
        }

        // "newspaper Le Parisien Wednesday", "federation National Coach": a day or a title ends the run.
        var last = first;
        while (last + 1 < tokens.Length && last + 1 - first < MaxWords && TokenText.IsCapitalised(text, tokens[last + 1]) && tokens[last + 1].Kind == TokenKind.Word
               && MergedNames.At(merged, last + 1) is null && TokenText.OnSameLine(text, tokens[first], tokens[last + 1]) && !IsTitleOrDay(text, tokens[last + 1]))
        {
            last++;
        }

        if (!Gazetteer.Lookup.ContainsKey(TokenText.Join(text, tokens, first, last)) && !IsTitleOrDay(text, tokens[last]))
        {
            merged.Add(Organisation(first, last));
        }
    }

    private static bool IsTitleOrDay(string text, Token token)
        => NameWords.NotNames.Contains(TokenText.Of(text, token).ToString()) || TokenText.LowerIn(NameWords.PersonTitles, text, token);

    private static NameCandidate Organisation(int first, int last) => new(first, last, EntityTypes.Organization, null, NameEvidence.Strong);
}
