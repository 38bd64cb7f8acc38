using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the National Library of the Netherlands (Koninklijke Bibliotheek)", "the lower house (Sejm)": a name alone in brackets
/// right after an organisation or place is most often that body's own name in its language, or its short name, and is of
/// the same kind. The tagger, reading a foreign name on its own, makes it a person. A bracketed name with no known reading
/// takes the type of the name before it, and capitalised words nothing found there are added with it; after a person
/// nothing changes (brackets there hold a party, a state or an age).
/// </summary>
internal static class BracketedAliases
{
    private const int MaxWords = 4;

    /// <summary>Words that qualify a name in brackets rather than name it again ("District Council (Second)").</summary>
    private static readonly WordSet Qualifiers = FrozenSet.ToFrozenSet(
        ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "East", "West", "North", "South", "Central"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        AddUnfound(text, tokens, merged);
        for (var k = 0; k < merged.Count; k++)
        {
            var inner = merged[k];
            var open = inner.FirstToken - 1;
            var close = inner.LastToken + 1;
            if (open < 1 || close >= tokens.Length || inner.Canonical is not null || inner.Type == EntityTypes.Nationality
                || TokenText.Of(text, tokens[open]) is not "(" || TokenText.Of(text, tokens[close]) is not ")")
            {
                continue;
            }

            var before = MergedNames.At(merged, open - 1);
            if (before is { Type: EntityTypes.Organization or EntityTypes.Geopolitical or EntityTypes.Location } outer && outer.LastToken == open - 1
                && outer.Type != inner.Type)
            {
                merged[k] = inner with { Type = outer.Type };
            }
        }
    }

    /// <summary>"the Chamber of Deputies (Sejm)" where nothing found the bracketed words: capitalised words alone in brackets.</summary>
    private static void AddUnfound(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var open = 1; open + 2 < tokens.Length; open++)
        {
            if (TokenText.Of(text, tokens[open]) is not "(" || MergedNames.At(merged, open - 1) is not { Type: EntityTypes.Organization or EntityTypes.Geopolitical or EntityTypes.Location } outer
                || outer.LastToken != open - 1)
            {
                continue;
            }

            var last = open;
            while (last + 1 < tokens.Length && last - open < MaxWords && tokens[last + 1].Kind == TokenKind.Word && TokenText.IsCapitalised(text, tokens[last + 1])
                   && MergedNames.At(merged, last + 1) is null)
            {
                last++;
            }

            if (last > open && last + 1 < tokens.Length && TokenText.Of(text, tokens[last + 1]) is ")" && !IsQualifier(TokenText.Of(text, tokens[open + 1])))
            {
                merged.Add(new NameCandidate(open + 1, last, outer.Type, null, NameEvidence.Strong));
            }
        }
    }

    /// <summary>"(R-Texas)", "(Second)": a party and state, or an ordinal, qualifies the name before; it is no other name for it.</summary>
    private static bool IsQualifier(ReadOnlySpan<char> word)
        => (word.Length > 2 && char.IsUpper(word[0]) && word[1] == '-') || Qualifiers.Contains(word);
}
