namespace NewsTrace.Quotes;

/// <summary>"CLAUSE, said X, who ...": the inverted trailing cue, a part of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>
    /// "Neither candidate changed many minds, said Gloria Heller, who directs ...", "..., said the transport office.": the
    /// clause before the comma is the words of the speaker named after the cue, up to the next comma. Only "said", "says",
    /// "added" and "adds" are read so, and the speaker must open with a capital or "the", so that "..., said nothing" is none.
    /// </summary>
    private bool TryClauseThenInvertedCue(int first, int cue, int end, List<Quotation> output)
    {
        if (cue + 1 > end || !context.IsPunctuation(cue - 1, ",") || cue - 1 - first < 5 || context.Word(cue) is not ("said" or "says" or "added" or "adds")
            || !(char.IsUpper(context.Text[context.Tokens[cue + 1].Start]) || context.Is(cue + 1, "the")))
        {
            return false;
        }

        var last = cue + 1;
        while (last < end && !context.IsPunctuation(last + 1, ","))
        {
            last++;
        }

        // "..., said Mr. Culbertson had decided to ...": a finite verb after the name makes it the subject of the reported
        // clause, not a speaker placed after the cue.
        for (var i = cue + 2; i <= last; i++)
        {
            if (FiniteVerbs.Contains(context.Word(i).ToString()))
            {
                return false;
            }
        }

        if (EarlierSource(SpeakerOf(resolver.Resolve(cue + 1, last)), output) is not { } speaker)
        {
            return false;
        }

        var start = AfterDateline(first, cue - 1);
        if (cue - 2 - start < 3)
        {
            return false;
        }

        output.Add(Reported(start, cue - 2, speaker, cue));
        return true;
    }
}
