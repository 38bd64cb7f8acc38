using System.Collections.Immutable;
using NewsTrace.Entities.Data;
using NewsTrace.Text;

namespace NewsTrace.Entities;

/// <summary>Names the word lists know (longest match) and acronyms the text defines ("abbreviated as DPRK").</summary>
internal sealed partial class EntityRecognizer
{
    /// <summary>
    /// Lower-case roles that, right before a capitalised run, make it a person ("chief executive Harry Stonecipher",
    /// "defending champion Pete Sampras", "referee Mills Lane"), though standing alone they are no titles.
    /// </summary>
    private static readonly WordSet RolesBeforeNames = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "executive", "manager", "trainer", "jockey", "referee", "umpire", "boss", "striker", "midfielder", "defender",
        "goalkeeper", "skipper", "businessman", "businesswoman", "tycoon", "economist", "lawyer", "strategist", "dealer",
        "trader", "champion", "seamer", "paceman", "goaltender", "netminder", "golfer", "boxer", "sprinter", "skier",
        "qualifier", "wildcard", "seed", "compatriot", "teammate", "team-mate", "rookie",
    ], StringComparer.Ordinal);

    /// <summary>Longer than any known name, so a join that does not fit is looked up in a string (and found in none).</summary>
    private const int StackJoinChars = 256;

    private bool TryGazetteer(int p, int last, out int length, out GazetteerEntry entry)
    {
        var maxWords = Math.Min(Gazetteer.MaxWords, last - p + 1);
        var firstWord = TokenText.Of(_text, _tokens[p]);
        if (!Gazetteer.FirstWordLookup.Contains(firstWord) && !TokenText.IsAcronym(_text, _tokens[p]) && firstWord.IndexOf('’') < 0)
        {
            length = 0;
            entry = null!;
            return false;
        }

        // Joined on the stack: the lookups try every length down to one word, and a string for each was most of what the rules allocated.
        Span<char> buffer = stackalloc char[StackJoinChars];
        for (length = maxWords; length >= 1; length--)
        {
            scoped ReadOnlySpan<char> surface;
            if (TokenText.TryJoin(_text, _tokens, p, p + length - 1, buffer, out var written))
            {
                surface = buffer[..written];
                if (length > 1 && IsAllCaps(p, p + length - 1))
                {
                    NameCase.FromCapitals(buffer[..written]);
                }
            }
            else
            {
                var joined = TokenText.Join(_text, _tokens, p, p + length - 1).ToCharArray();
                if (length > 1 && IsAllCaps(p, p + length - 1))
                {
                    NameCase.FromCapitals(joined);
                }

                surface = joined;
            }

            if (Gazetteer.Lookup.TryGetValue(surface, out entry!) || (surface.StartsWith("The ", StringComparison.Ordinal) && Gazetteer.Lookup.TryGetValue(surface[4..], out entry!)))
            {
                return true;
            }
        }

        length = 0;
        entry = null!;
        return false;
    }

    /// <summary>
    /// The last token of the longest known name that starts in the run <paramref name="first"/>..<paramref name="last"/> and
    /// carries on over lower-case words the run stopped at ("Bosnia and Herzegovina", "Newcastle upon Tyne"), or -1.
    /// </summary>
    private int KnownNameAcross(int first, int last)
    {
        var end = -1;
        var lineEnd = -1;
        for (var k = first; k <= last; k++)
        {
            if (!Gazetteer.JoinedNameFirstWordLookup.Contains(TokenText.Of(_text, _tokens[k])))
            {
                continue;
            }

            if (lineEnd < 0)
            {
                lineEnd = last;
                while (lineEnd + 1 < _tokens.Length && lineEnd - last < Gazetteer.MaxWords && TokenText.OnSameLine(_text, _tokens[lineEnd], _tokens[lineEnd + 1]))
                {
                    lineEnd++;
                }
            }

            if (TryGazetteer(k, lineEnd, out var length, out _) && k + length - 1 > last && IsNameToken(k + length - 1))
            {
                end = Math.Max(end, k + length - 1);
            }
        }

        return end;
    }

    /// <summary>"Federal Republic of Kesmaria (FRK)", "... abbreviated as DPRK": the acronym becomes a name of the same type.</summary>
    private void AddDefinedAcronyms(List<NameCandidate> found)
    {
        var count = found.Count;
        for (var k = 0; k < count; k++)
        {
            var name = found[k];
            var next = name.LastToken + 1;
            if (DefinedAfterPhrase(next) is { } acronym && !StartsAt(found, acronym))
            {
                found.Add(new NameCandidate(acronym, acronym, name.Type, null, name.Evidence));
                continue;
            }

            if (next + 2 < _tokens.Length && TokenText.Of(_text, _tokens[next]) is "(" && TokenText.IsAcronym(_text, _tokens[next + 1])
                && TokenText.Of(_text, _tokens[next + 2]) is ")")
            {
                if (!StartsAt(found, next + 1))
                {
                    found.Add(new NameCandidate(next + 1, next + 1, name.Type, null, name.Evidence));
                }
            }
        }
    }

    /// <summary>Whether a name in <paramref name="found"/> starts at token <paramref name="first"/> (a loop, as a lambda allocated per name).</summary>
    private static bool StartsAt(List<NameCandidate> found, int first)
    {
        foreach (var other in found)
        {
            if (other.FirstToken == first)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", abbreviated as DPRK", ", or DPRK", ", known as DPRK": the token index of the acronym, or null.</summary>
    private int? DefinedAfterPhrase(int next)
    {
        if (next >= _tokens.Length || TokenText.Of(_text, _tokens[next]) is not ",")
        {
            return null;
        }

        var i = next + 1;
        if (i < _tokens.Length && (TokenText.Is(_text, _tokens[i], "abbreviated") || TokenText.Is(_text, _tokens[i], "known") || TokenText.Is(_text, _tokens[i], "shortened")))
        {
            i++;
            if (i < _tokens.Length && TokenText.Is(_text, _tokens[i], "as"))
            {
                i++;
            }
        }
        else if (i < _tokens.Length && TokenText.Is(_text, _tokens[i], "or"))
        {
            i++;
        }
        else
        {
            return null;
        }

        return i < _tokens.Length && TokenText.IsAcronym(_text, _tokens[i]) ? i : null;
    }
}
