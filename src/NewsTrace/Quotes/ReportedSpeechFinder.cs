using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Finds indirect speech in sentences without quote marks: `X said (that) CLAUSE` (also after "told reporters" or a short
/// time phrase before "that"), `CLAUSE, X said.`, `According to X, CLAUSE.` and `CLAUSE, according to X.`. A clause is kept
/// only when its speaker resolves to a name, a pronoun or a description, so "it is said" is not speech.
/// </summary>
internal sealed partial class ReportedSpeechFinder(QuoteContext context, SpeakerResolver resolver)
{
    /// <summary>How far "that" may stand from the cue inside a report about someone's words.</summary>
    private const int MaxWordsBeforeFarThat = 16;

    private static readonly WordSet NotClauseStart = FrozenSet.ToFrozenSet(
    [
        "on", "in", "at", "to", "of", "for", "with", "by", "about", "as", "so", "and", "but", "or", "if", "whether", "goodbye",
        "hello", "yes", "no", "nothing", "something", "thanks", "sorry", "from", "after", "before", "during", "while",

        // "claimed victory", "claimed responsibility for the attack": the object of a claim, not a reported clause; "cautioned
        // against reading too much into it": what was warned against.
        "victory", "responsibility", "credit", "against",

        // "the measures insisted upon by the lenders": a participle and its preposition.
        "upon",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet PronounSubjects = FrozenSet.ToFrozenSet(["he", "she", "it", "they", "we", "i"], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet FiniteVerbs = FrozenSet.ToFrozenSet(
        ["was", "is", "were", "are", "had", "has", "have", "would", "will", "could", "should", "must", "did", "might"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that open the reporter's own aside after a clause's comma: an apposition ("the", "a"), a concession, or the
    /// comparison a poll story adds to a finding (", compared with 31 percent who ...").
    /// </summary>
    private static readonly WordSet ClauseBreakers = FrozenSet.ToFrozenSet(["the", "a", "an", "although", "though", "whereas", "compared"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "In Florida, where health officials have confirmed 200 cases, local districts said ...": a cue inside a clause that
    /// "where" or "when" opens after a comma, when a verb of saying follows the comma that closes it. (A "who" clause's
    /// report is one of its own: "X, who has said he will not vote for Y, told reporters ...".)
    /// </summary>
    private bool InCommaRelativeClause(int first, int cue, int end)
    {
        var open = cue - 1;
        while (open > first && !context.IsPunctuation(open, ","))
        {
            open--;
        }

        if (open <= first || context.Word(open + 1) is not ("where" or "when"))
        {
            return false;
        }

        for (var close = cue + 1; close < end; close++)
        {
            if (context.IsPunctuation(close, ","))
            {
                for (var k = close + 1; k <= Math.Min(end, close + MaxSecondSubjectWords + 2); k++)
                {
                    if (IsFiniteCue(k))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    public void Find(int sentence, List<Quotation> output)
    {
        var first = context.FirstTokenOf(sentence);
        var last = context.LastTokenOf(sentence);
        if (last - first < 4)
        {
            return;
        }

        var end = last;
        while (end > first && context.Tokens[end].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
        {
            end--;
        }

        if (TryAccordingTo(first, end, output))
        {
            FindInner(output[^1], output);
            return;
        }

        // "X defended the decision, saying he had felt bound because he had testified that ...": a verb of saying inside the
        // participle's report is no report of the sentence's own.
        // A cue closing the sentence ("..., telling her son that she was afraid, her lawyer explained.") still reports it all.
        var participle = ParticipleOfSaying(first, end);
        for (var k = first + 1; k <= end; k++)
        {
            // "Many drivers who testified said the cap ...": a verb of saying right after "who" belongs to the relative clause
            // when another follows it at once; the main one reports.
            if (!IsFiniteCue(k) || (context.Word(k - 1) is "who" && k + 1 <= end && IsFiniteCue(k + 1)) || InCommaRelativeClause(first, k, end))
            {
                continue;
            }

            if (participle >= 0 && k > participle)
            {
                if (TryClauseThenCue(first, k, end, output))
                {
                    FindInner(output[^1], output);
                    return;
                }

                continue;
            }

            if (TryCueThenClause(first, k, end, output))
            {
                var outer = output[^1];
                SecondReport(end, output);
                FindInner(outer, output);
                return;
            }

            if (TryClauseThenCue(first, k, end, output) || TryClauseThenInvertedCue(first, k, end, output) || TryInsertedCue(first, k, end, output))
            {
                FindInner(output[^1], output);
                return;
            }
        }

        TrySaying(first, end, output);
    }

    /// <summary>
    /// "He said the districts had decided, and he said he had asked for hearings": a report cut off by ", and he said" (or
    /// ", while the union urged") is followed by a second report of its own, with the words before the cue as its subject.
    /// </summary>
    private void SecondReport(int end, List<Quotation> output)
    {
        var comma = context.FirstTokenAtOrAfter(output[^1].Span.End);
        if (comma < end && SecondReportCueAt(comma, end) is var cue and > 0 && IsFiniteCue(cue) && TryCueThenClause(comma + 2, cue, end, output))
        {
            // "Nine percent of likely voters said ..., and 7 percent said ...": the second share is of the same group.
            if (resolver.IsBareShare(comma + 2, cue - 1) && output[^2].Speaker is not null)
            {
                output[^1] = output[^1] with { Speaker = output[^2].Speaker, SpeakerEntity = output[^2].SpeakerEntity };
            }

            SecondReport(end, output);
        }
        else if (comma + 2 < end && context.IsPunctuation(comma, ",") && context.Word(comma + 1) is "and" or "but" && IsFiniteCue(comma + 2)
                 && output[^1] is { Speaker: not null } previous
                 && TryCueThenClause(comma + 2, comma + 2, end, output, knownSubject: new Attribution(previous.Speaker, previous.SpeakerSpan, previous.SpeakerEntity, null, null)))
        {
            // "X said Britain's decision was one she would not have made, but insisted that ...": the same speaker's second verb.
            SecondReport(end, output);
        }
        else if (comma + 3 < end && context.IsPunctuation(comma, ",") && context.Is(comma + 1, "told") && output[^1] is { Speaker: not null, SpeakerSpan: { } speakerSpan, CueSpan: { } cueSpan } relative
                 && AfterWho(context.FirstTokenAtOrAfter(cueSpan.Start)))
        {
            // "Vellacott, who has said he will vote no, told reporters that he was unpersuaded": the main clause's report, by
            // the one "who" stood for.
            TryCueThenClause(comma + 1, comma + 1, end, output, knownSubject: new Attribution(relative.Speaker, speakerSpan, relative.SpeakerEntity, null, null));
        }
        else if (comma + 3 < end && context.IsPunctuation(comma, ",") && IsThatParticiple(comma + 1, end) && output[^1] is { Speaker: not null } reporter
                 && end - (comma + 3) >= 3 && context.Tokens[comma + 3].Kind == TokenKind.Word)
        {
            // "She told The Hill that the committee should move quickly, noting that ...": the participle reports for the same speaker.
            var subject = new Attribution(reporter.Speaker, reporter.SpeakerSpan, reporter.SpeakerEntity, null, null);
            AddReported(output, comma + 3, ClauseEnd(comma + 3, end), subject, comma + 1);
        }
    }

    /// <summary>Whether the cue at <paramref name="cue"/> is a relative clause's verb: "who said", "who has said".</summary>
    private bool AfterWho(int cue)
        => (cue >= 1 && context.Is(cue - 1, "who"))
           || (cue >= 2 && context.Is(cue - 2, "who") && SpeakerResolver.IsAuxiliaryAfterWho(context.Word(cue - 1)));

    /// <summary>
    /// "He said strikes had cost 1.4 million appointments, and argued that the figures would have fallen ‘…’": in a sentence
    /// with quote marks, a reported clause that ends before the first mark at <c>mark</c> (cut off by a second verb of the speaker) is
    /// reported speech of its own; a clause that runs into the quoted words is the partial quote's.
    /// </summary>
    public void FindBeforeQuoteMark(int sentence, int mark, List<Quotation> output)
    {
        var first = context.FirstTokenOf(sentence);
        var last = context.LastTokenOf(sentence);
        if (mark > last || mark - first < 6)
        {
            return;
        }

        for (var k = first + 1; k < mark; k++)
        {
            if (!IsFiniteCue(k))
            {
                continue;
            }

            // Only the first verb of saying: a later one stands inside its clause or reports the quoted words. Of coordinated
            // clauses ("said X and that Y “…”", "said that X “…” and that Y"), those that hold quoted words are the partial
            // quote's; the others are reported speech of their own.
            var before = output.Count;
            var end = last;
            while (end > k && context.Tokens[end].Kind == TokenKind.Punctuation)
            {
                end--;
            }

            if (TryCueThenClause(first, k, end, output))
            {
                // "told senators that it “cannot pay its way” under current law, warning that ...": the participle after the
                // quoted clause reports on without quoted words.
                SecondReport(end, output);
                for (var q = output.Count - 1; q >= before; q--)
                {
                    if (HoldsQuoteMark(output[q].Span))
                    {
                        output.RemoveAt(q);
                    }
                }
            }

            return;
        }
    }

    /// <summary>Whether a quote mark stands inside <paramref name="span"/>.</summary>
    private bool HoldsQuoteMark(TextSpan span)
    {
        for (var k = context.FirstTokenAtOrAfter(span.Start); k < context.Tokens.Length && context.Tokens[k].Start < span.End; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "X said at a news conference that CLAUSE, the agency reported" and "According to the agency, X told reporters that
    /// CLAUSE": the agency's report holds X's own reported speech, which is X's quote too.
    /// </summary>
    private void FindInner(Quotation outer, List<Quotation> output)
    {
        var first = context.FirstTokenAtOrAfter(outer.Span.Start);
        var end = context.FirstTokenAtOrAfter(outer.Span.End) - 1;
        while (end > first && context.Tokens[end].End > outer.Span.End)
        {
            end--;
        }

        for (var k = first + 1; k <= end; k++)
        {
            if (IsFiniteCue(k) && FarThat(k, end) > 0 && TryCueThenClause(first, k, end, output, FarThat(k, end)))
            {
                return;
            }

            // "people briefed on the meeting said Mercer told Kessler he would step aside": "told" and a named listener
            // open the inner report without "that".
            if (context.Is(k, "told") && context.EntityStartingAt[Math.Min(k + 1, end)] >= 0 && TryCueThenClause(first, k, end, output))
            {
                return;
            }
        }
    }

    /// <summary>The "that" after a cue and a phrase of place or occasion ("said at a news conference after talks with X that"), or -1.</summary>
    private int FarThat(int cue, int end)
    {
        for (var i = cue + 1; i <= Math.Min(end, cue + MaxWordsBeforeFarThat); i++)
        {
            if (context.Is(i, "that"))
            {
                return i;
            }

            if (context.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A reported clause from token <paramref name="first"/> to <paramref name="last"/>, attributed to <paramref name="subject"/> through the cue word at <paramref name="cue"/>.</summary>
    private Quotation Reported(int first, int last, Attribution subject, int cue) => new(
        new TextSpan(context.Tokens[first].Start, context.Tokens[last].End),
        QuoteKinds.Reported,
        subject.Speaker,
        subject.SpeakerSpan,
        subject.SpeakerEntity,
        context.Word(cue).ToString(),
        context.Tokens[cue].Span);
}
