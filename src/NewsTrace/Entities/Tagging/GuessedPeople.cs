using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// People the rules only guessed and the tagger passed over, added after the merge where the words leave little doubt: a
/// known given name and one capitalised word ("beat Thomas Enqvist"; two given names: "Tore Andre Flo"), after a title or
/// team role that is no part of the name ("Winger Joe Roff"), and two capitalised words after a lower-case role inside a
/// sentence ("to block nominee Evander Tillinghast"). Added after the merge, not as stronger rule evidence, which the
/// tagger reads as a feature and would weigh elsewhere.
/// </summary>
internal static class GuessedPeople
{
    /// <summary>Lower-case roles, beyond the titles, that introduce a person by name ("nominee", "challenger").</summary>
    private static readonly WordSet RoleNouns = FrozenSet.ToFrozenSet(
        ["nominee", "candidate", "challenger", "incumbent", "contender", "hopeful", "appointee", "pick", "successor", "predecessor"], StringComparer.Ordinal);

    /// <summary>
    /// "Thomas Enqvist had levelled the tie": a given name opening a sentence still opens a name, unless it is also a word
    /// (listed, or written in lower case in the document: "Will", "Said").
    /// </summary>
    private static bool IsOnlyAName(string lowerGivenName, LowerCaseWordSet lowerCaseWords)
        => !WordlikeGivenNames.Contains(lowerGivenName) && !lowerCaseWords.Contains(lowerGivenName);

    /// <summary>Words after a given name that make no surname: events and prizes ("Tony Awards", "Grey Cup") and head words.</summary>
    private static readonly WordSet NotSurnames = NameWords.OrganizationHeads.Concat(NameWords.LocationHeads)
        .Concat(["awards", "award", "prize", "prizes", "cup", "trophy", "games", "open", "classic", "festival", "show"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Given names that are also common words, which open sentences as words ("Will", "May", "Said", "Hope").</summary>
    private static readonly WordSet WordlikeGivenNames = FrozenSet.ToFrozenSet(
    [
        "will", "may", "june", "april", "august", "bill", "mark", "frank", "grace", "hope", "rose", "joy", "faith", "art", "guy",
        "said", "jack", "sunny", "dawn", "don", "pat", "rich", "ray", "chase", "miles", "wade", "dean", "earl", "penny", "summer",
        "major", "king", "park", "moon", "ban", "long", "young", "jean", "kay", "bo", "val", "sheikh", "lynn", "rusty", "buck",
    ], StringComparer.Ordinal);

    /// <summary>The joining words of South Asian Muslim names written with hyphens ("Inzamam-ul-Haq", "Zia-ul-Haq", "Habib-ur-Rehman").</summary>
    private static readonly string[] NameInfixes = ["-ul-", "-ud-", "-ur-", "-us-"];

    /// <summary>Whether the word is two capitalised names joined by one of <see cref="NameInfixes"/>, which only people's names have.</summary>
    private static bool HasNameInfix(ReadOnlySpan<char> word)
    {
        foreach (var infix in NameInfixes)
        {
            var at = word.IndexOf(infix, StringComparison.Ordinal);
            if (at >= 2 && at + infix.Length + 2 <= word.Length && char.IsUpper(word[0]) && char.IsUpper(word[at + infix.Length])
                && word[(at + infix.Length)..].IndexOf('-') < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs of saying after which a lone capitalised word is a speaker's surname ("Thériault said").</summary>
    private static readonly WordSet SpeakingVerbs = FrozenSet.ToFrozenSet(["said", "says", "told", "added", "replied", "explained"], StringComparer.Ordinal);

    /// <summary>
    /// The capitalised words that stand alone before a verb of saying inside a sentence or after a closing quote ("...,”
    /// Thériault said"), with no other capitalised word before them: surnames the document uses for a speaker.
    /// </summary>
    private static HashSet<string> SpeakingWords(string text, ImmutableArray<Token> tokens)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 1; k + 1 < tokens.Length; k++)
        {
            if (tokens[k + 1].Kind != TokenKind.Word || !TokenText.LowerIn(SpeakingVerbs, text, tokens[k + 1]) || !TokenText.IsCapitalised(text, tokens[k])
                || TokenText.IsAcronym(text, tokens[k]))
            {
                continue;
            }

            // After a closing quote and its comma, or after a lower-case word: never the end of a longer capitalised name.
            var before = tokens[k - 1];
            if (before.Kind == TokenKind.QuoteMark || (before.Kind == TokenKind.Word && char.IsLower(text[before.Start])))
            {
                words.Add(TokenText.Of(text, tokens[k]).ToString());
            }
        }

        return words;
    }

    /// <summary>
    /// True when no word of tokens [first, last] is a name the gazetteer knows, a body's or place's head word, or an acronym
    /// ("GM Theo Epstein", "MWEB Operations").
    /// </summary>
    private static bool NoneKnown(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (Gazetteer.Lookup.ContainsKey(TokenText.Of(text, tokens[k])) || TokenText.LowerIn(NotSurnames, text, tokens[k]) || TokenText.IsAcronym(text, tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    public static void Fill(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> rules, int[] owner, List<NameCandidate> merged,
        LowerCaseWordSet lowerCaseWords)
    {
        HashSet<string>? speakingWords = null;
        foreach (var rule in rules)
        {
            if (rule.Evidence == NameEvidence.Guess && rule.FirstToken == rule.LastToken && owner[rule.FirstToken] < 0
                && HasNameInfix(TokenText.Of(text, tokens[rule.FirstToken])))
            {
                CandidateMerger.Claim(owner, rule.FirstToken, rule.LastToken, merged.Count);
                merged.Add(rule with { Type = EntityTypes.Person, Canonical = null, Evidence = NameEvidence.Likely });
                continue;
            }

            if (rule.Evidence != NameEvidence.Guess || rule.Type != EntityTypes.Person || owner[rule.FirstToken] >= 0 || owner[rule.LastToken] >= 0
                || TokenText.LowerIn(NotSurnames, text, tokens[rule.LastToken]))
            {
                continue;
            }

            // "Winger Joe Roff": a title or team role opening the run is no part of the name; nor is a body's acronym before
            // the title ("SS Captain Erich Priebke"), which names an organisation of its own.
            var first = rule.FirstToken;
            for (var k = rule.FirstToken; k == rule.FirstToken || (k < rule.LastToken - 1 && TokenText.IsAcronym(text, tokens[k - 1])); k++)
            {
                var role = TokenText.Lower(text, tokens[k]);
                if (rule.LastToken - k == 2 && (NameWords.PersonTitles.Contains(role) || SportsTeams.Roles.Contains(role) || TitlesInsideNames.IsTitle(role)))
                {
                    first = k + 1;
                    break;
                }
            }

            // "Progressives MP Anete Strautmane": two capitalised words after a member's title behind a party or a place.
            var member = first == rule.FirstToken ? MemberTitleBeforeName(text, tokens, rule) : -1;
            var afterMemberTitle = member >= 0;
            if (afterMemberTitle)
            {
                first = member + 1;
            }

            // "Tore Andre Flo": two given names and a surname.
            var givenNames = FirstNames.Contains(TokenText.Of(text, tokens[first])) ? 1 : 0;
            if (givenNames == 1 && first + 1 < rule.LastToken && FirstNames.Contains(TokenText.Of(text, tokens[first + 1])))
            {
                givenNames = 2;
            }

            // "to block nominee Evander Tillinghast": two capitalised words after a lower-case role word, inside a sentence,
            // are the person the role introduces, whether or not the given name is known.
            // So are three or four ("opposition leader Aung San Suu Kyi") where none of them is a known name of its own.
            var afterRole = givenNames == 0 && (rule.LastToken - first == 1 || (rule.LastToken - first <= 3 && NoneKnown(text, tokens, first, rule.LastToken)))
                            && first == rule.FirstToken && first > 0 && !sentenceStarts[first]
                            && char.IsLower(text[tokens[first - 1].Start]) && (TokenText.LowerIn(NameWords.PersonTitles, text, tokens[first - 1])
                                                                               || TokenText.LowerIn(RoleNouns, text, tokens[first - 1]));
            // "SS Captain Walther Ruepke": two capitalised words after a title behind a body's acronym are the person, as
            // after a lower-case role.
            var afterAcronymTitle = first > rule.FirstToken + 1 && rule.LastToken - first == 1;


            // "Chantal Thériault of Moncton ... “...,” Thériault said": two unknown words whose second speaks on its own
            // elsewhere in the document ("Thériault said") are a person introduced by full name and then by surname.
            // So are three ("Leticia Anzures Fuentes ... Anzures said"), whose first of two surnames speaks.
            var surnameSpeaks = givenNames == 0 && !afterRole && first == rule.FirstToken && rule.LastToken - first is 1 or 2
                                && NoneKnown(text, tokens, first, rule.LastToken)
                                && ((speakingWords ??= SpeakingWords(text, tokens)).Contains(TokenText.Of(text, tokens[rule.LastToken]).ToString())
                                    || (rule.LastToken - first == 2 && speakingWords.Contains(TokenText.Of(text, tokens[first + 1]).ToString())));

            // "“...,” said Leticia Anzures Fuentes, the union's leader": two or three unknown words after a closing quote's "said"
            // and before a comma or the sentence's end are the speaker named after the cue.
            var afterInvertedCue = givenNames == 0 && !afterRole && first == rule.FirstToken && rule.LastToken - first is 1 or 2 && first > 1
                                   && TokenText.LowerIn(SpeakingVerbs, text, tokens[first - 1]) && char.IsLower(text[tokens[first - 1].Start])
                                   && tokens[first - 2].Kind is TokenKind.QuoteMark or TokenKind.Punctuation
                                   && rule.LastToken + 1 < tokens.Length && TokenText.Of(text, tokens[rule.LastToken + 1]) is "," or "."
                                   && NoneKnown(text, tokens, first, rule.LastToken);
            if ((givenNames > 0 && rule.LastToken - first == givenNames
                && (first > rule.FirstToken || !sentenceStarts[first] || IsOnlyAName(TokenText.Lower(text, tokens[first]), lowerCaseWords))) || afterRole || afterAcronymTitle || surnameSpeaks
                || afterInvertedCue || afterMemberTitle)
            {
                CandidateMerger.Claim(owner, first, rule.LastToken, merged.Count);
                merged.Add(rule with { FirstToken = first, Evidence = NameEvidence.Likely });
                if (first > rule.FirstToken + 1 && !afterMemberTitle)
                {
                    CandidateMerger.Claim(owner, rule.FirstToken, first - 2, merged.Count);
                    merged.Add(new NameCandidate(rule.FirstToken, first - 2, EntityTypes.Organization, null, NameEvidence.Likely));
                }
            }
        }
    }

    /// <summary>Titles of an elected member, which a party or a place stands before ("Labour MP", "Ottawa MPP").</summary>
    private static readonly WordSet MemberTitles = FrozenSet.ToFrozenSet(["MP", "MEP", "MLA", "MSP", "MPP", "MNA", "MLC"], StringComparer.Ordinal);

    /// <summary>
    /// The member's title second or third in the run, with two capitalised words after it that close the run and are no
    /// known name or head word; -1 otherwise.
    /// </summary>
    private static int MemberTitleBeforeName(string text, ImmutableArray<Token> tokens, NameCandidate rule)
    {
        var title = rule.LastToken - 2;
        return title - rule.FirstToken is 1 or 2 && MemberTitles.Contains(TokenText.Of(text, tokens[title])) && NoneKnown(text, tokens, title + 1, rule.LastToken)
            ? title
            : -1;
    }
}
