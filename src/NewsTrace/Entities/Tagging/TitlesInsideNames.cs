using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Referee Mills Lane", "Civil Aviation Minister Bal Sharma": the tagger sometimes takes a capitalised title, and the
/// portfolio before it, into the person's name, mostly at the start of a sentence, where capitals say nothing. A person's
/// name is the words after the last title inside it (a bishop's and a mullah's too). Royal titles are left alone ("Prince Charles"), and so
/// is a name that opens with a known given name, where the title word is part of the name ("Martin Luther King"), and one
/// whose rest is a known place or organisation ("Captain America"). A nationality opening the name is cut off too, as a
/// nationality of its own ("Kenyan Daniel Komen"). A body's name does not run on through "of" into the title of the person
/// named after it ("the Palestinian Authority of President Yasser Arafat").
/// </summary>
internal static class TitlesInsideNames
{
    private static readonly WordSet Titles = FrozenSet.ToFrozenSet(
    [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "president", "premier", "chancellor", "minister",
        "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "governor", "mayor", "senator", "sen.",
        "rep.", "judge", "chairman", "chairwoman", "ceo", "director", "mp", "mep", "msp", "mla", "mlc", "mpp", "mna", "lawmaker", "diplomat", "commissioner", "adviser",
        "advisor", "aide", "analyst", "professor", "prosecutor", "colonel", "col.", "general", "gen.", "captain", "capt.", "lt.",
        "admiral", "sgt.", "referee", "umpire", "trainer", "jockey", "coach", "manager", "striker", "midfielder", "defender",
        "goalkeeper", "skipper", "batsman", "bowler", "pitcher", "quarterback", "spinner", "winger", "brigadier", "commander",
        "marshal", "magistrate", "inspector", "bishop", "archbishop", "cardinal", "mullah", "imam", "rabbi", "ayatollah", "comandante",
        "subcomandante",

        // Local government ("City Clerk", "Assistant Sheriff", "Councilman").
        "sheriff", "clerk", "councilman", "councilwoman", "councillor", "councilor", "alderman", "assemblyman", "assemblywoman",
        "treasurer", "auditor", "comptroller", "superintendent", "supervisor", "deputy", "constable", "sergeant", "detective",

        // A legislature's officers ("State Senate Minority Leader", "House Majority Whip").
        "leader", "whip", "speaker",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DemonymLookup = Countries.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Cut(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];

            // "the Palestinian Authority of President Yasser Arafat": "of" and the title that opens the next name are no part of the body.
            if (name.Type == EntityTypes.Organization && name.LastToken - name.FirstToken >= 2 && TokenText.Is(text, tokens[name.LastToken - 1], "of")
                && IsTitle(TokenText.Of(text, tokens[name.LastToken])) && name.LastToken + 1 < tokens.Length && TokenText.IsCapitalised(text, tokens[name.LastToken + 1]))
            {
                merged[k] = name with { LastToken = name.LastToken - 2, Canonical = null };
                continue;
            }

            // "Bank of Italy Governor Antonio Fazio": a title closing a body, before a capitalised name, is the person's title.
            if (name.Type == EntityTypes.Organization && name.Canonical is null && name.LastToken - name.FirstToken >= 1 && name.LastToken + 1 < tokens.Length
                && IsTitle(TokenText.Of(text, tokens[name.LastToken])) && TokenText.IsCapitalised(text, tokens[name.LastToken])
                && TokenText.IsCapitalised(text, tokens[name.LastToken + 1]) && TokenText.OnSameLine(text, tokens[name.LastToken], tokens[name.LastToken + 1]))
            {
                // "East Timorese Bishop Carlos Belo": what stays of the body may be a nationality before the title.
                var rest = TokenText.Join(text, tokens, name.FirstToken, name.LastToken - 1);
                merged[k] = Gazetteer.Lookup.TryGetValue(rest, out var known) && known.Type == EntityTypes.Nationality
                    ? new NameCandidate(name.FirstToken, name.LastToken - 1, EntityTypes.Nationality, known.Canonical, NameEvidence.Strong)
                    : name with { LastToken = name.LastToken - 1 };
                continue;
            }

            // "the Party of Democratic Action of President Alija Izetbegovic" read as one body: the person after the title is
            // a name of its own.
            if (name.Type == EntityTypes.Organization && OfTitleInside(text, tokens, name) is var of and > 0)
            {
                merged[k] = name with { LastToken = of - 1, Canonical = null };
                merged.Add(new NameCandidate(of + 2, name.LastToken, EntityTypes.Person, null, NameEvidence.Likely));
                continue;
            }

            // "Saudi Oil Minister Ali Naimi", "Venezuelan Energy Minister X": a nationality and a portfolio before a title are
            // the nationality alone, not a body.
            if (name.Type == EntityTypes.Organization && name.LastToken == name.FirstToken + 1 && name.LastToken + 1 < tokens.Length
                && DemonymLookup.ContainsKey(TokenText.Of(text, tokens[name.FirstToken])) && IsTitle(TokenText.Of(text, tokens[name.LastToken + 1]))
                && TokenText.IsCapitalised(text, tokens[name.LastToken + 1]))
            {
                merged[k] = new NameCandidate(name.FirstToken, name.FirstToken, EntityTypes.Nationality, null, NameEvidence.Strong);
                continue;
            }

            // "South African Colleen de Reuck" read whole as a body or a person: a nationality of two words before a known given
            // name and a surname describes the person.
            // The given name is tested before the two words are joined into a string for the demonym lookup.
            if (name.Type is EntityTypes.Organization or EntityTypes.Person && name.LastToken - name.FirstToken >= 3
                && FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken + 2]))
                && DemonymLookup.ContainsKey(TokenText.Join(text, tokens, name.FirstToken, name.FirstToken + 1)))
            {
                merged[k] = name = new NameCandidate(name.FirstToken + 2, name.LastToken, EntityTypes.Person, null, NameEvidence.Likely);
                merged.Add(new NameCandidate(name.FirstToken - 2, name.FirstToken - 1, EntityTypes.Nationality, null, NameEvidence.Strong));
            }

            if (name.Type != EntityTypes.Person || name.LastToken == name.FirstToken)
            {
                continue;
            }

            // "Kenyan Daniel Komen", "German Heinz-Harald Frentzen": a nationality opening a person's name (before a known given
            // name, or two words or more) describes the person. So it does before a title ("Brazilian President" read apart
            // from the name after it), where the title left alone is no one's name (see TitlesAlone).
            if (DemonymLookup.ContainsKey(TokenText.Of(text, tokens[name.FirstToken]))
                && (FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken + 1])) || name.LastToken - name.FirstToken >= 2
                    || IsTitle(TokenText.Of(text, tokens[name.LastToken]))))
            {
                merged[k] = name = name with { FirstToken = name.FirstToken + 1, Canonical = null };
                merged.Add(new NameCandidate(name.FirstToken - 1, name.FirstToken - 1, EntityTypes.Nationality, null, NameEvidence.Strong));
                if (name.LastToken == name.FirstToken)
                {
                    continue;
                }
            }

            var title = LastTitle(text, tokens, name);
            if (title < 0 || (title > name.FirstToken && FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken]))))
            {
                continue;
            }

            var first = title + 1;
            while (first <= name.LastToken && tokens[first].Kind == TokenKind.Punctuation)
            {
                first++;
            }

            // "Captain America" is no person called America.
            if (first <= name.LastToken && TokenText.IsCapitalised(text, tokens[first])
                && !Gazetteer.Entries.ContainsKey(TokenText.Join(text, tokens, first, name.LastToken)))
            {
                merged[k] = name with { FirstToken = first, Canonical = null };

                AddBodyBeforeTitle(text, tokens, merged, name.FirstToken, title);
            }
        }
    }

    /// <summary>
    /// "RUC Chief Constable Ronnie Flanagan", "LA Superior Court Judge James Dabney": the words before the title (and the rank
    /// words before it) name the body the person serves, when they are an acronym or end with a body's head word. A known
    /// acronym ("U.S.", "NATO") was found by the rules already, with its own type.
    /// </summary>
    private static void AddBodyBeforeTitle(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int first, int title)
    {
        var end = title - 1;
        while (end >= first && (IsTitle(TokenText.Of(text, tokens[end])) || TokenText.LowerIn(NameWords.PersonTitles, text, tokens[end])))
        {
            end--;
        }

        // "Saudi Oil Minister Ali al-Naimi": a nationality opening the words names a country's portfolio, not a body.
        if (end < first || DemonymLookup.ContainsKey(TokenText.Of(text, tokens[first])))
        {
            return;
        }

        var acronym = end == first && TokenText.IsAcronym(text, tokens[first]) && !Gazetteer.Lookup.ContainsKey(TokenText.Of(text, tokens[first]));
        var body = end > first && TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[end]);
        if (acronym || body)
        {
            merged.Add(new NameCandidate(first, end, EntityTypes.Organization, null, NameEvidence.Likely));
        }
    }

    /// <summary>The "of" inside an organisation's name that a title and one to three capitalised words end it with, or -1.</summary>
    private static int OfTitleInside(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        for (var of = name.FirstToken + 1; of + 2 < name.LastToken; of++)
        {
            if (!TokenText.Is(text, tokens[of], "of") || !IsTitle(TokenText.Of(text, tokens[of + 1])) || !TokenText.IsCapitalised(text, tokens[of + 1])
                || name.LastToken - (of + 2) >= 3)
            {
                continue;
            }

            var allCapitalised = true;
            for (var i = of + 2; i <= name.LastToken; i++)
            {
                allCapitalised &= tokens[i].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[i]) && !IsTitle(TokenText.Of(text, tokens[i]));
            }

            return allCapitalised ? of : -1;
        }

        return -1;
    }

    private static int LastTitle(string text, ImmutableArray<Token> tokens, NameCandidate name)
    {
        for (var i = name.LastToken - 1; i >= name.FirstToken; i--)
        {
            if (IsTitle(TokenText.Of(text, tokens[i])))
            {
                return i;
            }
        }

        // "Chancellor of the Exchequer Kenneth Clarke": the tagger starts after "of the", at the office's last word, which a
        // known given name follows.
        var before = name.FirstToken - 1;
        return before >= 0 && TokenText.Of(text, tokens[before]) is "the" or "of" && name.LastToken - name.FirstToken >= 2
               && !FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken])) && FirstNames.Contains(TokenText.Of(text, tokens[name.FirstToken + 1]))
            ? name.FirstToken
            : -1;
    }

    /// <summary>A title, also joined to a rank by a hyphen ("Vice-chairman", "Deputy-Director").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word)
    {
        if (Titles.Contains(word))
        {
            return true;
        }

        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && Titles.Contains(word[(hyphen + 1)..]);
    }
}
