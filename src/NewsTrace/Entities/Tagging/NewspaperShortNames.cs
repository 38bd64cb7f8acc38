using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Newspapers named by a title word. "told the Herald", "a report in the Times": a newspaper called by the last word of its
/// title; standing alone after "the", that word looks to the tagger like a place or a person, but in news it is the paper.
/// "the Toronto Star", "Edmonton Sun", "Irish Times": a place or nationality followed by a title word is the paper, not the
/// place (the tagger finds the city and leaves the word, or takes the whole title for a place).
/// </summary>
internal static class NewspaperShortNames
{
    private static readonly WordSet TitleWords = FrozenSet.ToFrozenSet(
    [
        "Herald", "Times", "Post", "Journal", "Tribune", "Gazette", "Chronicle", "Telegraph", "Courier", "Globe", "Examiner",
        "Inquirer", "Observer", "Guardian", "Independent", "Mirror", "Sun", "Express", "Standard", "Monitor", "Bulletin",
    ], StringComparer.Ordinal);

    /// <summary>Title words that end a newspaper's full name after its city ("Toronto Star", "Ottawa Citizen"); alone they are too common.</summary>
    private static readonly WordSet FullTitleWords = FrozenSet.ToFrozenSet(
        TitleWords.Concat(["Star", "Citizen", "Spectator", "Record", "Register", "Dispatch", "Sentinel", "Enquirer", "Advertiser", "Mercury", "Courant", "Daily"]),
        StringComparer.OrdinalIgnoreCase);

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        RetypeFullTitles(text, tokens, merged);
        for (var i = 1; i < tokens.Length; i++)
        {
            // "the" before is asked for first: a cheaper test than the set lookup, and a rarer one.
            if (!TokenText.Of(text, tokens[i - 1]).SequenceEqual("the") || !TitleWords.Contains(TokenText.Of(text, tokens[i]))
                || (i + 1 < tokens.Length && TokenText.IsCapitalised(text, tokens[i + 1]) && TokenText.OnSameLine(text, tokens[i], tokens[i + 1])))
            {
                continue;
            }

            // Only a name found there on its own is retyped; a longer name that holds the word ("the Herald Sun") is left alone.
            var k = merged.FindIndex(name => name.FirstToken == i && name.LastToken == i);
            if (k >= 0 && merged[k].Type is EntityTypes.Geopolitical or EntityTypes.Location or EntityTypes.Person)
            {
                merged[k] = merged[k] with { Type = EntityTypes.Organization, Canonical = null };
            }
        }
    }

    /// <summary>"Toronto Star": a place or nationality and a title word after it, or a name typed as a place that ends in one.</summary>
    private static void RetypeFullTitles(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            var name = merged[k];
            if (name.Type is not (EntityTypes.Geopolitical or EntityTypes.Location or EntityTypes.Nationality or EntityTypes.Person))
            {
                continue;
            }

            var next = name.LastToken + 1;
            if (name.Type != EntityTypes.Person && next < tokens.Length && IsTitleWordAfter(text, tokens, name.LastToken, next)
                && MergedNames.At(merged, next) is null && !ContinuesName(text, tokens, next))
            {
                merged[k] = new NameCandidate(name.FirstToken, next, EntityTypes.Organization, null, NameEvidence.Strong);
            }
            else if (name.LastToken > name.FirstToken && IsTitleWordAfter(text, tokens, name.LastToken - 1, name.LastToken)
                     && Gazetteer.Lookup.TryGetValue(TokenText.Join(text, tokens, name.FirstToken, name.LastToken - 1), out var place)
                     && place.Type is EntityTypes.Geopolitical or EntityTypes.Location or EntityTypes.Nationality)
            {
                merged[k] = name with { Type = EntityTypes.Organization, Canonical = null };
            }
        }
    }

    private static bool IsTitleWordAfter(string text, ImmutableArray<Token> tokens, int previous, int i)
        => tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]) && FullTitleWords.Contains(TokenText.Of(text, tokens[i]))
           && TokenText.OnSameLine(text, tokens[previous], tokens[i]) && tokens[i].Start - tokens[previous].End == 1;

    /// <summary>
    /// A capitalised word after the title word makes it part of a longer name ("Sun Microsystems"), except in a headline in
    /// capitals ("TORONTO STAR WINS").
    /// </summary>
    private static bool ContinuesName(string text, ImmutableArray<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Length || tokens[i + 1].Kind != TokenKind.Word || !TokenText.IsCapitalised(text, tokens[i + 1]) || !TokenText.OnSameLine(text, tokens[i], tokens[i + 1]))
        {
            return false;
        }

        return !(TokenText.IsAcronym(text, tokens[i]) && TokenText.IsAcronym(text, tokens[i + 1]));
    }
}
