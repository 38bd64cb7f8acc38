using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "Juppe told reporters", "Kohl met Chirac in Bonn": wire copy names well-known people by the surname alone, often first
/// in a sentence, and a word the document never wrote in full gives the tagger nothing to go on. A capitalised word
/// nothing claimed, standing alone, is a person when a verb only people do follows it ("told", "met", "resigned", "flew")
/// or when it follows "met", or when ", who" follows it; not a word the document also writes in lower case, a title, an organisation or place head,
/// a known name, a word that opens sentences, or the end of a longer name ("Heinrich von Pierer").
/// </summary>
internal static class LoneSurnames
{
    private static readonly WordSet VerbsAfter = FrozenSet.ToFrozenSet(
    [
        "told", "tells", "met", "meets", "resigned", "resigns", "flew", "flies", "arrived", "arrives", "married", "died",
        "smiled", "laughed", "recalled", "recalls", "admitted", "admits", "insisted", "insists", "spoke", "speaks", "replied",
        "replies", "wrote", "writes", "explained", "explains", "believes", "believed", "thinks", "thought", "hopes", "hoped",
        "feels", "felt", "knows", "knew", "shook", "waved", "visited", "visits", "stepped", "quit", "quits", "testified",
        "pleaded", "denied", "apologised", "apologized", "campaigned", "telephoned", "phoned", "swore",
    ], StringComparer.Ordinal);

    private static readonly WordSet VerbsBefore = FrozenSet.ToFrozenSet(["met", "meets", "meeting", "telephoned", "phoned", "succeeded", "replaced", "interviewed"], StringComparer.Ordinal);

    public static void Apply(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged)
    {
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            // Only a capitalised word can be a lone surname; walking only those spares two set lookups for nearly every token.
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var cue = (i + 1 < tokens.Length && VerbsAfter.Contains(TokenText.Of(text, tokens[i + 1])) && TokenText.OnSameLine(text, tokens[i], tokens[i + 1]))
                      || IsWhoClauseSubject(text, tokens, i)
                      || (i > 0 && !sentenceStarts[i] && VerbsBefore.Contains(TokenText.Of(text, tokens[i - 1]))
                          && (i + 1 >= tokens.Length || !TokenText.IsCapitalised(text, tokens[i + 1])));
            if (cue && IsLoneUnknownWord(text, tokens, sentenceStarts, merged, i))
            {
                merged.Add(new NameCandidate(i, i, EntityTypes.Person, null, NameEvidence.Strong));
            }
        }
    }

    /// <summary>
    /// "Strandquist, who endorsed her two weeks ago, was ...": "who" after the comma says the word names a person; not after
    /// "the" ("the Avalanche, who won ...": a team) or a comma ("Ann Galt, PhD, who ...": a degree).
    /// </summary>
    private static bool IsWhoClauseSubject(string text, ImmutableArray<Token> tokens, int i)
        => i + 2 < tokens.Length && TokenText.Of(text, tokens[i + 1]) is "," && TokenText.Of(text, tokens[i + 2]) is "who" or "whose"
           && TokenText.OnSameLine(text, tokens[i], tokens[i + 2]) && !(i > 0 && TokenText.Of(text, tokens[i - 1]) is "the" or "The" or ",");

    private static bool IsLoneUnknownWord(string text, ImmutableArray<Token> tokens, IReadOnlyList<bool> sentenceStarts, List<NameCandidate> merged, int i)
    {
        var word = TokenText.Of(text, tokens[i]);
        if (tokens[i].Kind != TokenKind.Word || !TokenText.IsCapitalised(text, tokens[i]) || TokenText.IsAcronym(text, tokens[i]) || word.Length < 3
            || MergedNames.At(merged, i) is not null || (i > 0 && !sentenceStarts[i] && TokenText.IsCapitalised(text, tokens[i - 1]) && TokenText.OnSameLine(text, tokens[i - 1], tokens[i])
                && !(sentenceStarts[i - 1] && SentenceStarters.Contains(TokenText.Of(text, tokens[i - 1]))))
            || SentenceStarters.Contains(word) || Gazetteer.Lookup.ContainsKey(word)
            || (i > 0 && NameWords.Connectors.Contains(TokenText.Of(text, tokens[i - 1]).ToString())))
        {
            return false;
        }

        var lower = word.ToString().ToLowerInvariant();
        return !NameWords.NotNames.Contains(lower) && !NameWords.PersonTitles.Contains(lower) && !NameWords.OrganizationHeads.Contains(lower)
               && !NameWords.LocationHeads.Contains(lower) && !SentenceOpeningNouns.IsGroupNoun(word) && !WrittenInLowerCase(text, tokens, lower);
    }

    private static bool WrittenInLowerCase(string text, ImmutableArray<Token> tokens, string lower)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && char.IsLower(text[token.Start]) && TokenText.Of(text, token).Equals(lower, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
