using System.Collections.Frozen;
using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// "the river known as Kamobeul Bolon", "a village called Tenkoro Dabi", "a militant group known as Jund Tavira": the noun
/// before "known as", or "called" after "a", says what the unknown name after it is, where the tagger, seeing two capitalised
/// words, reads a person, or sees nothing. Settlements are GPE, other places LOC, groups and bodies ORG. Known names keep their reading
/// ("The band called Paris"), and nouns for people are left to the tagger, which reads those names well.
/// </summary>
internal static class KnownAsNames
{
    private const int MaxWords = 4;

    /// <summary>Kinds of thing by the type of their names: settlements (GPE), other places (LOC), groups and bodies (ORG).</summary>
    private static readonly FrozenDictionary<string, string> Kinds = new (string[] Words, string Type)[]
    {
        (["village", "town", "city", "settlement", "suburb", "province", "district", "county", "hamlet"], EntityTypes.Geopolitical),
        (["river", "stream", "creek", "lake", "island", "mountain", "hill", "valley", "area", "region", "forest", "desert", "bay",
            "peninsula", "plateau", "canal", "neighbourhood", "neighborhood", "camp"], EntityTypes.Location),
        (["group", "militia", "movement", "faction", "organisation", "organization", "company", "firm", "party", "network", "gang",
            "cult", "sect", "charity", "band", "coalition", "alliance", "brigade", "club", "agency", "startup"], EntityTypes.Organization),
    }.SelectMany(kind => kind.Words.Select(word => KeyValuePair.Create(word, kind.Type))).ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KindLookup = Kinds.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        for (var i = 1; i + 1 < tokens.Length; i++)
        {
            // "known as", or "called" after an indefinite noun phrase ("a village called"; "the party called Johnson a liar"
            // is the verb); then an optional "the" before the name.
            var nameStart = TokenText.Is(text, tokens[i], "known") && TokenText.Is(text, tokens[i + 1], "as") ? i + 2
                : TokenText.Of(text, tokens[i]) is "called" && IndefiniteBefore(text, tokens, i - 1) ? i + 1
                : -1;
            if (nameStart < 0 || nameStart >= tokens.Length || !KindLookup.TryGetValue(TokenText.Of(text, tokens[i - 1]), out var type))
            {
                continue;
            }

            if (TokenText.Is(text, tokens[nameStart], "the") && nameStart + 1 < tokens.Length)
            {
                nameStart++;
            }

            var k = IndexStartingAt(merged, nameStart);
            if (k < 0)
            {
                AddRun(text, tokens, merged, nameStart, type);
            }
            else if (merged[k].Type != type && merged[k].Type != EntityTypes.Nationality
                && !Gazetteer.Lookup.ContainsKey(TokenText.Join(text, tokens, merged[k].FirstToken, merged[k].LastToken)))
            {
                merged[k] = merged[k] with { Type = type, Canonical = null };
            }
        }
    }

    /// <summary>The name starting at <paramref name="first"/>, or -1 (a loop, not a lambda: a closure over the loop's locals would be allocated for every token).</summary>
    private static int IndexStartingAt(List<NameCandidate> merged, int first)
    {
        for (var k = 0; k < merged.Count; k++)
        {
            if (merged[k].FirstToken == first)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"a village", "a militant group", "an armed militia": an indefinite article up to two words before the noun.</summary>
    private static bool IndefiniteBefore(string text, ImmutableArray<Token> tokens, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - 3); k--)
        {
            if (TokenText.Is(text, tokens[k], "a") || TokenText.Is(text, tokens[k], "an"))
            {
                return true;
            }

            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"a stream called Oruba Lenk": capitalised words nothing found after the cue are the name.</summary>
    private static void AddRun(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged, int first, string type)
    {
        var last = first - 1;
        while (last + 1 < tokens.Length && last + 1 - first < MaxWords && TokenText.OnSameLine(text, tokens[first], tokens[last + 1]))
        {
            if (tokens[last + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[last + 1].Start]))
            {
                last++;
            }
            else if (last >= first && last + 2 < tokens.Length && TokenText.Of(text, tokens[last + 1]) is "'s" or "\u2019s"
                     && TokenText.IsCapitalised(text, tokens[last + 2]))
            {
                // "a group known as the People's Council": a possessive inside the name.
                last += 2;
            }
            else
            {
                break;
            }
        }

        if (last >= first && !merged.Exists(name => name.FirstToken <= last && first <= name.LastToken)
            && !NameWords.NotNames.Contains(TokenText.Of(text, tokens[first]).ToString()))
        {
            merged.Add(new NameCandidate(first, last, type, null, NameEvidence.Strong));
        }
    }
}
