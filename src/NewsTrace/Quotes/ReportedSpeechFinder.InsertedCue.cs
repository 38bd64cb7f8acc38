namespace NewsTrace.Quotes;

/// <summary>"The bureau, he wrote, could not yet say ...": the cue set off by commas inside its clause; a part of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>How many words may open the clause before the cue's commas ("What is new", "A large share of the decline").</summary>
    private const int MaxWordsBeforeInsertedCue = 8;

    /// <summary>How many words may name the speaker between the commas ("he", "the judge", "Mr. Culbertson's spokesman").</summary>
    private const int MaxSubjectWords = 5;

    /// <summary>
    /// "Her premium, she said, will go from $612 a month to $1,040.": the subject and cue, between commas after the clause's
    /// first words, interrupt the report, which runs on after them. The whole sentence is the report, the inserted cue included
    /// (as a sentence split by its cue, but written without quote marks). "..., like she said, ..." and "as he said" are the
    /// writer's asides, not a report.
    /// </summary>
    private bool TryInsertedCue(int first, int cue, int end, List<Quotation> output)
    {
        if (cue + 4 > end || !context.IsPunctuation(cue + 1, ","))
        {
            return false;
        }

        var comma = cue - 1;
        while (comma > first && !context.IsPunctuation(comma, ","))
        {
            comma--;
        }

        if (comma <= first || comma - first > MaxWordsBeforeInsertedCue || cue - comma - 1 is < 1 or > MaxSubjectWords || HasPunctuation(first, comma - 1)
            || context.Word(comma + 1) is "like" or "as" or "Like" or "As")
        {
            return false;
        }

        var subject = TheyAsGroup(resolver.Resolve(comma + 1, cue - 1), output);
        if (IsPollReading(subject, cue) || EarlierSource(SpeakerOf(subject), output) is not { } speaker)
        {
            return false;
        }

        if (Concessions.Contains(context.Word(cue + 2).ToString()) || context.Word(cue + 2) is "and" or "or" or "so")
        {
            // "She was last seen Saturday, police said, and when her employer called, her son told her ...": the report ends
            // before the cue, and the clause after the conjunction is the writer's, which may hold a report of its own: this
            // one is added and the search goes on.
            output.Add(Reported(first, comma - 1, speaker, cue));
            return false;
        }

        output.Add(Reported(first, end, speaker, cue));
        return true;
    }

    private bool HasPunctuation(int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (context.Tokens[i].Kind is Text.TokenKind.Punctuation or Text.TokenKind.QuoteMark)
            {
                return true;
            }
        }

        return false;
    }
}
