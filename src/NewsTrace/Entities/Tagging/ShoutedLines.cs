using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities.Tagging;

/// <summary>
/// Lines written wholly in capitals: wire headlines ("RUGBY UNION - WALES BEAT ITALY IN CARDIFF") and datelines
/// ("CARDIFF 1997-03-02"). Capitals carry no information there, so every word looks like an acronym to the rules and the
/// tagger, and both invent names ("BEAT ITALY" as an organisation). On such a line only names the gazetteer knows are kept,
/// looked up in title case ("WALES" as "Wales"), longest first; everything else found on the line is dropped.
/// </summary>
internal static class ShoutedLines
{
    private const int MaxChars = 96;

    /// <summary>Replaces the names on shouted lines of <paramref name="merged"/> with the gazetteer's reading of those lines.</summary>
    public static void Apply(string text, ImmutableArray<Token> tokens, List<NameCandidate> merged)
    {
        var from = 0;
        for (var i = 1; i <= tokens.Length; i++)
        {
            // Lines, not sentences: the splitter may cut a headline at its dash ("RUGBY UNION - WALES BEAT ITALY").
            if (i == tokens.Length || !TokenText.OnSameLine(text, tokens[i - 1], tokens[i]))
            {
                if (IsShouted(text, tokens, from, i))
                {
                    merged.RemoveAll(name => name.FirstToken < i && name.LastToken >= from);
                    AddKnownNames(text, tokens, from, i, merged);
                }

                from = i;
            }
        }
    }

    /// <summary>
    /// True when tokens [from, to) have no lower-case letter and at least one capitalised word of four letters or more. A
    /// line ending in a colon is a transcript's speaker label ("SERGEY LAVROV:"), whose name the rules and tagger keep.
    /// </summary>
    private static bool IsShouted(string text, ImmutableArray<Token> tokens, int from, int to)
    {
        if (TokenText.Of(text, tokens[to - 1]).SequenceEqual(":"))
        {
            return false;
        }

        var longWord = false;
        for (var i = from; i < to; i++)
        {
            var word = TokenText.Of(text, tokens[i]);
            var letters = 0;
            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters += char.IsUpper(c) ? 1 : 0;
            }

            longWord |= letters >= 4;
        }

        return longWord;
    }

    private static void AddKnownNames(string text, ImmutableArray<Token> tokens, int from, int to, List<NameCandidate> merged)
    {
        Span<char> surface = stackalloc char[MaxChars];
        var i = from;
        while (i < to)
        {
            var matched = 0;
            for (var length = Math.Min(Gazetteer.MaxWords, to - i); length >= 1 && matched == 0; length--)
            {
                if (!TokenText.TryJoin(text, tokens, i, i + length - 1, surface, out var written))
                {
                    continue;
                }

                var probe = surface[..written];
                if (Gazetteer.Lookup.TryGetValue(probe, out var entry) || Gazetteer.Lookup.TryGetValue(ToTitleCase(probe), out entry))
                {
                    merged.Add(new NameCandidate(i, i + length - 1, entry.Type, entry.Canonical, NameEvidence.Strong));
                    matched = length;
                }
            }

            i += Math.Max(matched, 1);
        }
    }

    /// <summary>"NORTH KOREA" → "North Korea", "DAIMLER-BENZ" → "Daimler-Benz": a capital after anything but a letter or an apostrophe.</summary>
    private static Span<char> ToTitleCase(Span<char> surface)
    {
        var afterLetter = false;
        for (var k = 0; k < surface.Length; k++)
        {
            var c = surface[k];
            surface[k] = afterLetter ? char.ToLowerInvariant(c) : c;
            afterLetter = char.IsLetter(c) || c == '\'';
        }

        return surface;
    }
}
