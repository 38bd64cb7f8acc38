using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Places neither the rules nor the tagger found, where the sentence leaves nothing else for a capitalised word to be:
/// after a place preposition ("camped near Torkham") and between "the" and a feature noun ("the Kunar valley"). Rare towns
/// are the names a tagger trained on a small corpus misses most; <see cref="PlaceContext"/> retypes the ones it found.
/// </summary>
internal static class UnfoundPlaces
{
    /// <summary>
    /// "refugees camped near Torkham", "floods in Jiujiang" where neither the rules nor the tagger found the name: one
    /// capitalised word of letters, not in capitals, after a place preposition, inside a sentence line, with no capitalised
    /// word or number after it ("in Figure 3"), never written in lower case in the document, and no day, month or other
    /// word that is no name ("in March", "in God").
    /// </summary>
    public static void AddAfterPrepositions(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, LowerCaseWordSet lowerCaseWords)
    {
        var notNames = NameWords.NotNames;
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            // The cheap tests of the word before come before the loop over the word's letters and the set lookup.
            if (i < 1 || tokens[i].Kind != TokenKind.Word || !char.IsLower(text[tokens[i - 1].Start])
                || !PlaceContext.PrepositionLookup.Contains(TokenText.Of(text, tokens[i - 1])) || TokenText.IsAcronym(text, tokens[i])
                || notNames.Contains(TokenText.Of(text, tokens[i])) || PlaceContext.IsPossessive(text, tokens, i)
                || !IsPlainName(TokenText.Of(text, tokens[i])) || BeforeNameOrNumber(text, tokens, i) || EndsItsLine(text, tokens, i)
                || MergedNames.At(merged, i) is not null)
            {
                continue;
            }

            // "in School" beside "the school": the document uses the word as a common word.
            if (!TokenText.LowerIn(lowerCaseWords, text, tokens[i]))
            {
                merged.Add(new NameCandidate(i, i, EntityTypes.Geopolitical, null, NameEvidence.Strong));
            }
        }
    }

    /// <summary>Letters only, capitalised once ("Torkham"; not "L2", "CoM").</summary>
    private static bool IsPlainName(ReadOnlySpan<char> word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            if (!char.IsLower(word[k]) && word[k] is not ('-' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A capitalised word or a number right after it: part of a longer name or a reference ("in Figure 3").</summary>
    private static bool BeforeNameOrNumber(string text, ImmutableArray<Token> tokens, int i)
        => i + 1 < tokens.Length && TokenText.OnSameLine(text, tokens[i], tokens[i + 1])
           && (TokenText.IsCapitalised(text, tokens[i + 1]) || char.IsAsciiDigit(text[tokens[i + 1].Start]));

    /// <summary>Last on its line with no punctuation after it: a menu or a headline ("Sign in  Subscribe"), not a sentence.</summary>
    private static bool EndsItsLine(string text, ImmutableArray<Token> tokens, int i)
        => i + 1 == tokens.Length || !TokenText.OnSameLine(text, tokens[i], tokens[i + 1]);

    /// <summary>
    /// "the Kunar valley", "the Cenepa river" where neither the rules nor the tagger found the name: "the", one capitalised
    /// word and a lower-case feature noun leave nothing else for the word to be.
    /// </summary>
    public static void AddBeforeFeatureNouns(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            if (i >= 1 && i + 1 < tokens.Length && tokens[i].Kind == TokenKind.Word && TokenText.Is(text, tokens[i - 1], "the")
                && !TokenText.IsAcronym(text, tokens[i]) && PlaceContext.BeforeFeatureNoun(text, tokens, i)
                && MergedNames.At(merged, i) is null)
            {
                merged.Add(new NameCandidate(i, i, EntityTypes.Location, null, NameEvidence.Strong));
            }
        }
    }

    /// <summary>
    /// "food was sent to Cagayan province", "Khovd province" where nothing found the name: one capitalised word, not opening
    /// a sentence, right before a lower-case province, region or district noun.
    /// </summary>
    public static void AddBeforePlaceNouns(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            if (i >= 1 && i + 1 < tokens.Length && tokens[i].Kind == TokenKind.Word && tokens[i - 1].Kind == TokenKind.Word
                && char.IsLower(text[tokens[i - 1].Start]) && PlaceContext.BeforeProvinceNoun(text, tokens, i) && !TokenText.IsAcronym(text, tokens[i])
                && MergedNames.At(merged, i) is null)
            {
                merged.Add(new NameCandidate(i, i, EntityTypes.Geopolitical, null, NameEvidence.Strong));
            }
        }
    }

    /// <summary>"in the hills west of Avila", "the town of Bukoba": one capitalised word nothing found, after a place noun or a direction and "of".</summary>
    public static void AddAfterPlaceNouns(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        foreach (var i in CapitalisedTokens.Of(text, tokens))
        {
            // The place noun before is asked for right after the capital: it rules out nearly every word.
            if (i >= 2 && tokens[i].Kind == TokenKind.Word && PlaceContext.AfterPlaceNoun(text, tokens, i)
                && !TokenText.IsAcronym(text, tokens[i]) && IsPlainName(TokenText.Of(text, tokens[i])) && !PlaceContext.IsPossessive(text, tokens, i)
                && (i + 1 == tokens.Length || !TokenText.IsCapitalised(text, tokens[i + 1]) || !TokenText.OnSameLine(text, tokens[i], tokens[i + 1]))
                && !NameWords.NotNames.Contains(TokenText.Of(text, tokens[i]).ToString())
                && MergedNames.At(merged, i) is null)
            {
                merged.Add(new NameCandidate(i, i, EntityTypes.Geopolitical, null, NameEvidence.Strong));
            }
        }
    }
}
