using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// The tagger's spans trimmed and extended before they meet the rules: a greeting, an article, a nationality or a lower-case
/// modifier opening one is cut off, and a span one word short of the head word the rules read is extended. A part of
/// <see cref="CandidateMerger"/>.
/// </summary>
internal static partial class CandidateMerger
{
    /// <summary>
    /// "Sun Hung Kai" + "Properties": where the tagger stops one word short of the head word that made the rules read an
    /// organisation, the name runs to the head word.
    /// </summary>
    private static TokenSpan WithHeadWord(string text, ImmutableArray<Token> tokens, List<NameCandidate> rules, RuleMarks marks, TokenSpan span)
    {
        for (var p = marks.Rules.First(span.First); p >= 0; p = marks.Rules.Next(p))
        {
            var rule = rules[marks.Rules.IndexAt(p)];
            if (rule.FirstToken != span.First || rule.Evidence != NameEvidence.Likely || rule.Type != EntityTypes.Organization)
            {
                continue;
            }

            if (rule.LastToken == span.Last + 1 && TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[rule.LastToken]))
            {
                return span with { Last = rule.LastToken };
            }

            // "the Department of Foreign" + "Affairs": where a name opened by its head word ("Department of ...") is cut
            // a word or two before the capitalised words the rules read into it, it runs to their end.
            if (rule.LastToken > span.Last && rule.LastToken - span.Last <= 2 && TokenText.LowerIn(NameWords.OrganizationHeads, text, tokens[rule.FirstToken])
                && span.Last > span.First && TokenText.IsCapitalised(text, tokens[span.Last]) && AllCapitalised(text, tokens, span.Last + 1, rule.LastToken))
            {
                return span with { Last = rule.LastToken };
            }
        }

        return span;
    }

    private static bool AllCapitalised(string text, ImmutableArray<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (!TokenText.IsCapitalised(text, tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Hey Frank" is Frank: a greeting opening a tagged name is left out of it.</summary>
    private static TokenSpan WithoutInterjection(string text, ImmutableArray<Token> tokens, TokenSpan span)
        => span.Last > span.First && NameWords.Interjections.Contains(TokenText.Of(text, tokens[span.First]))
            ? span with { First = span.First + 1 }
            : span;

    /// <summary>
    /// "A Saudi Arabian Airlines jet": an indefinite article opening a sentence and a tagged name is left out ("A" may be a
    /// person's initial; mid-sentence, "A Coruña"), and so is a preposition or conjunction ("Under Berdymukhamedov's").
    /// </summary>
    private static TokenSpan WithoutArticle(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, TokenSpan span, ImmutableArray<string> labels)
        => span.Last > span.First && sentenceStarts[span.First]
           && (TokenText.Of(text, tokens[span.First]) is "An" || (TokenText.Of(text, tokens[span.First]) is "A" && labels[span.Label] != "PER")
               || OpenerLookup.Contains(TokenText.Of(text, tokens[span.First])))
            ? span with { First = span.First + 1 }
            : span;

    /// <summary>
    /// "Dutchman Remco Aalders won": a person the tagger reads with the nationality before it, where the rules know the
    /// nationality, starts after it (the tagger's span would otherwise win, the nationality being no person); so does a
    /// "body" opened by a nationality whose other words the rules read as a person with a known given name ("Argentine
    /// Noelia Arteaga"; not "British Sky Broadcasting").
    /// </summary>
    private static TokenSpan WithoutNationality(string text, ImmutableArray<Token> tokens, List<NameCandidate> rules, List<NameCandidate> strong, RuleMarks marks,
        TokenSpan span, ImmutableArray<string> labels)
    {
        var label = labels[span.Label];
        if (span.Last == span.First || label is not ("PER" or "ORG"))
        {
            return span;
        }

        for (var p = marks.Strong.First(span.First); p >= 0; p = marks.Strong.Next(p))
        {
            var rule = strong[marks.Strong.IndexAt(p)];
            if (rule.Type != EntityTypes.Nationality || rule.LastToken != span.First)
            {
                continue;
            }

            if (label == "PER")
            {
                return span with { First = span.First + 1 };
            }

            // "lost to Argentine Noelia Arteaga": read as a body, but the rules found a person in the words after the nationality.
            for (var q = marks.Rules.First(span.First + 1); q >= 0; q = marks.Rules.Next(q))
            {
                var person = rules[marks.Rules.IndexAt(q)];
                if (person.Type == EntityTypes.Person && person.LastToken == span.Last && person.LastToken > person.FirstToken
                    && FirstNames.Contains(TokenText.Of(text, tokens[person.FirstToken])))
                {
                    return new TokenSpan(span.First + 1, span.Last, labels.IndexOf("PER"));
                }
            }
        }

        return span;
    }

    /// <summary>
    /// "the left-wing Party of ...", "the conservative Party of ...": a lower-case word opening a tagged name is a modifier
    /// before it, unless it is a particle of a person's name ("de Kock", "van Gogh") or has a capital inside ("eBay"); and
    /// a connector closing it belongs to what follows.
    /// </summary>
    private static TokenSpan WithoutLowerCaseOpening(string text, ImmutableArray<Token> tokens, TokenSpan span)
    {
        while (span.First < span.Last && IsModifierWord(text, tokens[span.First]))
        {
            span = span with { First = span.First + 1 };
        }

        // "Office of" before "the Surgeon General's": a name never ends in a lower-case connector.
        while (span.Last > span.First && TokenText.Of(text, tokens[span.Last]) is "of" or "the" or "and" or "for" or "de")
        {
            span = span with { Last = span.Last - 1 };
        }

        return span;
    }

    /// <summary>A word all in lower case that is no particle, nor a short particle joined by a hyphen ("al-Shabaab", "el-Sisi").</summary>
    private static bool IsModifierWord(string text, Token token)
    {
        var word = TokenText.Of(text, token);
        var hyphen = word.IndexOf('-');
        return token.Kind == TokenKind.Word && char.IsLower(word[0]) && !word.ContainsAnyInRange('A', 'Z')
               && !NameWords.SurnameParticles.Contains(word.ToString()) && hyphen is not (2 or 3);
    }

    /// <summary>
    /// Prepositions and conjunctions that open a sentence before a name, capitalised only by their place ("Under
    /// Berdymukhamedov's predecessor", "Despite Morrow's warning"); known names that open with one ("Under Armour") are the
    /// rules' and win.
    /// </summary>
    private static readonly WordSet OpenerLookup = FrozenSet.ToFrozenSet(
    [
        "Under", "After", "Before", "During", "Despite", "Unlike", "Like", "Among", "Amid", "Against", "Following", "Including",
        "Since", "Until", "Without", "Throughout", "Although", "Though", "While", "Whereas", "Because", "Unless", "Meanwhile",
        "However", "Moreover", "Nevertheless", "But", "And", "Yet", "Also", "Then", "Now", "When", "If", "As", "Asked", "Told",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
