using System.Collections.Frozen;

namespace NewsTrace.Quotes;

/// <summary>"CLAUSE, the ministry said.": the cue after its clause, and the dateline a story's first clause starts after; a part of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    private static readonly FrozenSet<string> TrailingWords = FrozenSet.ToFrozenSet(
    [
        "in", "on", "at", "during", "after", "late", "earlier", "this", "last", "yesterday", "today", "afterwards", "later", "by", "via", "through",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a concession after a trailing cue (", though ...", ", but ...").</summary>
    private static readonly FrozenSet<string> Concessions = FrozenSet.ToFrozenSet(["though", "although", "but", "while", "whereas"], StringComparer.OrdinalIgnoreCase);

    /// <summary>"Schools will stay shut until Monday, the town hall said."</summary>
    private bool TryClauseThenCue(int first, int cue, int end, List<Quotation> output)
    {
        // "..., the ministry said." or "..., the ministry said in a statement this morning." A concession after the cue
        // ("..., officials said, though three counties had yet to report") is the reporter's and ends the sentence's report.
        if (cue + 2 <= end && context.IsPunctuation(cue + 1, ",") && Concessions.Contains(context.Word(cue + 2).ToString()))
        {
            end = cue;
        }

        if (end - cue > 8 || (end > cue && !TrailingWords.Contains(context.Word(cue + 1).ToString())))
        {
            return false;
        }

        var comma = cue - 1;
        while (comma > first && !context.IsPunctuation(comma, ","))
        {
            comma--;
        }

        if (comma - first < 4 || cue - comma > 7)
        {
            return false;
        }

        var subject = TheyAsGroup(resolver.Resolve(comma + 1, cue - 1), output);
        if (IsPollReading(subject, cue) || EarlierSource(SpeakerOf(subject), output) is not { } speaker)
        {
            return false;
        }

        output.Add(Reported(AfterDateline(first, comma), comma - 1, speaker, cue));
        return true;
    }

    /// <summary>
    /// "WASHINGTON (Capitol Wire) — The committee voted ..., officials said": a clause that opens the story starts after its
    /// dateline, the place in capitals or the agency in brackets before the dash.
    /// </summary>
    private int AfterDateline(int first, int limit)
    {
        for (var i = first + 1; i < Math.Min(limit, first + 14); i++)
        {
            if (context.Word(i) is not ("—" or "–" or "--"))
            {
                continue;
            }

            var place = context.Word(first);
            var capitals = place.Length > 1 && !place.ContainsAnyInRange('a', 'z');
            return capitals || context.IsPunctuation(i - 1, ")") ? i + 1 : first;
        }

        return first;
    }
}
