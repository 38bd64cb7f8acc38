using System.Collections.Frozen;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>"..., saying CLAUSE" and "..., adding that CLAUSE": reports in a participle of saying, a part of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>Nouns of a written statement that "saying" can follow without a comma ("a statement saying ...").</summary>
    private static readonly WordSet Documents = FrozenSet.ToFrozenSet(["statement", "letter", "note", "post", "message", "release"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Participles of saying that report a "that" clause after a comma (", noting that ...", ", warning that ..."): each is a
    /// report of its own, and ends the clause before it.
    /// </summary>
    private static readonly WordSet ThatParticiples = FrozenSet.ToFrozenSet(
    [
        "adding", "noting", "warning", "arguing", "insisting", "acknowledging", "stressing", "claiming", "explaining", "cautioning",
        "asserting", "predicting", "complaining", "conceding", "promising", "vowing", "declaring", "repeating", "contending",
        "maintaining", "emphasizing", "emphasising", "charging", "alleging", "reiterating", "recalling",
    ], StringComparer.Ordinal);

    /// <summary>Verbs of leaving or answering that "saying" follows without a comma ("emerged saying ...", "responded saying ...").</summary>
    private static readonly WordSet SayingAfterVerbs = FrozenSet.ToFrozenSet(
        ["emerged", "left", "came", "walked", "went", "responded", "replied", "reacted", "wrote", "tweeted"], StringComparer.Ordinal);

    /// <summary>", noting that ...": a participle of saying at <paramref name="k"/> with "that" right after it.</summary>
    private bool IsThatParticiple(int k, int end) => k + 1 < end && context.WordIn(ThatParticiples, k) && context.Is(k + 1, "that");

    /// <summary>
    /// A participial clause of saying: "The governor vetoed the map on Friday, saying it split communities" and "The
    /// office released a statement saying the leaders were invited": "saying" reports the words of the main clause's
    /// subject, the one who vetoed or released the statement.
    /// </summary>
    private void TrySaying(int first, int end, List<Quotation> output)
    {
        if (ParticipleOfSaying(first, end) is var k and > 0)
        {
            var clause = context.Is(k, "telling") ? TellingThat(k, end) + 1 : context.Is(k + 1, "that") ? k + 2 : k + 1;
            if (end - clause < 3 || context.Tokens[clause].Kind != TokenKind.Word || NotClauseStart.Contains(context.Word(clause).ToString()))
            {
                return;
            }

            var subject = resolver.MainClauseSubject(first, k);
            if (SpeakerOf(subject) is { } speaker)
            {
                AddReported(output, clause, ClauseEnd(clause, SecondParticipleEnd(clause, end)), speaker, k);
            }
        }
    }

    /// <summary>
    /// The first participle of saying that opens a report: ", saying ...", "a statement saying ...", "quoted as saying ...",
    /// and ", telling the crowd that ..."; or -1.
    /// </summary>
    private int ParticipleOfSaying(int first, int end)
    {
        for (var k = first + 2; k + 4 <= end; k++)
        {
            // "X was quoted as saying the harbour would reopen": the passive's subject is the one quoted.
            var quotedAs = context.Is(k - 1, "as") && (context.Is(k - 2, "quoted") || context.Is(k - 2, "reported"));
            if (context.Is(k, "saying") && (context.IsPunctuation(k - 1, ",") || Documents.Contains(context.Word(k - 1).ToString()) || quotedAs
                || context.WordIn(SayingAfterVerbs, k - 1)))
            {
                return k;
            }

            // "..., noting that Brisendine is up for reelection", "..., warning that the rules would ...".
            if (context.IsPunctuation(k - 1, ",") && IsThatParticiple(k, end))
            {
                return k;
            }

            // "..., telling a ballroom of supporters in Manhattan that she had called him": the listener, then "that".
            if (context.Is(k, "telling") && context.IsPunctuation(k - 1, ",") && TellingThat(k, end) > 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "telling them that they were free to run their own races and declining to appear with him": a second participle
    /// joined by "and" is the writer's again; the report ends before it.
    /// </summary>
    private int SecondParticipleEnd(int clause, int end)
    {
        for (var i = clause + 3; i < end; i++)
        {
            if (context.Is(i, "and") && context.Word(i + 1) is { Length: > 4 } next && next.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(next[0]))
            {
                return context.IsPunctuation(i - 1, ",") ? i - 2 : i - 1;
            }
        }

        return end;
    }

    /// <summary>The "that" within a dozen words after "telling" and its listener, with no punctuation between; or -1.</summary>
    private int TellingThat(int telling, int end)
    {
        for (var i = telling + 2; i <= Math.Min(end - 3, telling + 12); i++)
        {
            if (context.Tokens[i].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
            {
                return -1;
            }

            if (context.Is(i, "that"))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"“...,” Velichko said, adding that engineers could start": reported speech after a quote, with the quote's speaker.</summary>
    public void FindAddingThat(int sentence, List<Quotation> output)
    {
        var first = context.FirstTokenOf(sentence);
        var last = context.LastTokenOf(sentence);
        for (var a = first + 2; a + 2 < last; a++)
        {
            if (!context.Is(a, "adding") || !context.Is(a + 1, "that") || !context.IsPunctuation(a - 1, ","))
            {
                continue;
            }

            var start = a - 2;
            while (start > first && context.Tokens[start - 1].Kind != TokenKind.QuoteMark)
            {
                start--;
            }

            for (var k = a - 2; k > start; k--)
            {
                if (!CueVerbs.IsCue(context.Word(k)))
                {
                    continue;
                }

                var subject = resolver.Resolve(context.IsPunctuation(start, ",") ? start + 1 : start, k - 1);
                var end = last;
                while (end > a && context.Tokens[end].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
                {
                    end--;
                }

                if (SpeakerOf(subject) is { } speaker && end > a + 2)
                {
                    AddReported(output, a + 2, end, speaker, a);
                }

                return;
            }
        }
    }

    /// <summary>
    /// "saying the cuts went “further than the science can carry us” and that the agency should wait": a that-clause joined
    /// to the sentence's last quoted words is a second claim of their speaker under the same cue, unless the sentence's
    /// other readings took it already (run after them).
    /// </summary>
    public void FindThatAfterQuoted(int sentence, List<Quotation> output)
    {
        if (AfterLastQuoteMark(sentence) is var (mark, last))
        {
            ThatAfterQuoted(context.IsPunctuation(mark + 1, ",") ? mark + 2 : mark + 1, last, context.Tokens[mark].Start, output);
        }
    }

    /// <summary>
    /// The sentence's last quote mark and its last word after it, when there is room after the mark for a joiner, a verb or
    /// "that", and a clause of three words; null otherwise.
    /// </summary>
    private (int Mark, int Last)? AfterLastQuoteMark(int sentence)
    {
        var first = context.FirstTokenOf(sentence);
        var last = context.LastTokenOf(sentence);
        var mark = last;
        while (mark > first && context.Tokens[mark].Kind != TokenKind.QuoteMark)
        {
            mark--;
        }

        while (last > mark && context.Tokens[last].Kind == TokenKind.Punctuation)
        {
            last--;
        }

        return mark <= first || mark + 5 > last ? null : (mark, last);
    }

    private void ThatAfterQuoted(int joiner, int last, int closedAt, List<Quotation> output)
    {
        var clause = joiner + 2;
        if (clause + 2 > last || !(context.Is(joiner, "and") || context.Is(joiner, "but")) || !context.Is(joiner + 1, "that")
            || FiniteVerbs.Contains(context.Word(clause).ToString()) || !HasFiniteVerb(clause, last))
        {
            return;
        }

        foreach (var quote in output)
        {
            if (quote.Speaker is not null && quote.Span.End == closedAt && quote.CueSpan is { } cueSpan)
            {
                var reported = Reported(clause, ClauseEnd(clause, last), new Attribution(quote.Speaker, quote.SpeakerSpan, quote.SpeakerEntity, null, null),
                    context.FirstTokenAtOrAfter(cueSpan.Start));
                if (!output.Exists(other => other.Span.Overlaps(reported.Span)))
                {
                    output.Add(reported);
                }

                return;
            }
        }
    }

    /// <summary>
    /// "and said the company's maps counted a home as served": a past tense in -ed after a subject of two to four words
    /// that opens with an article or a possessive, or right after a name, makes a clause.
    /// </summary>
    private bool PastAfterShortSubject(int clause, int last)
    {
        // "and said Hollis owed rural Americans an apology": a name as the subject, its verb right after it.
        var nameEnd = context.NameEndStartingAt(clause);
        if (context.Word(clause) is not ("the" or "its" or "his" or "her" or "their" or "our" or "a" or "an") && nameEnd < 0)
        {
            return false;
        }

        var from = nameEnd >= 0 ? nameEnd + 1 : clause + 2;
        for (var i = from; i <= Math.Min(last, nameEnd >= 0 ? nameEnd + 1 : clause + 4); i++)
        {
            if (context.IsPunctuation(i, ","))
            {
                return false;
            }

            var word = context.Word(i);
            if (context.Tokens[i].Kind == TokenKind.Word && char.IsLower(word[0]) && word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest phrase after a quote's closing mark and before the "and" of a second verb of saying.</summary>
    private const int MaxPhraseBeforeJoiner = 8;

    /// <summary>
    /// "Arbelaez called that episode “a wound that has not healed” but said his vote was about the record": after the last
    /// quoted words of a sentence, "and" or "but" and a verb of saying report for the quote's speaker, when no quote mark
    /// follows (a clause holding quoted words is the partial quote's).
    /// </summary>
    public void FindAfterQuoteMark(int sentence, List<Quotation> output)
    {
        if (AfterLastQuoteMark(sentence) is not var (mark, last))
        {
            return;
        }

        var joiner = context.IsPunctuation(mark + 1, ",") ? mark + 2 : mark + 1;

        // "blasted the remarks as “elitist garbage” in an interview and said ...": a short phrase of where or when may stand
        // before the joiner.
        for (var j = joiner; j <= Math.Min(last - 1, joiner + MaxPhraseBeforeJoiner); j++)
        {
            if (context.Tokens[j].Kind != TokenKind.Word)
            {
                break;
            }

            if (context.Word(j) is "and" or "but" && IsFiniteCue(j + 1))
            {
                joiner = j;
                break;
            }
        }

        // "but noted reports of pressure": the verb's object, not a clause, follows unless "that" or a finite verb does.
        if (joiner + 4 > last || !(context.Is(joiner, "and") || context.Is(joiner, "but")) || !IsFiniteCue(joiner + 1)
            || !(context.Is(joiner + 2, "that") || HasFiniteVerb(joiner + 2, last, pastTense: true) || PastAfterShortSubject(joiner + 2, last)))
        {
            return;
        }

        var closedAt = context.Tokens[mark].Start;
        foreach (var quote in output)
        {
            if (quote.Speaker is not null && quote.Span.End == closedAt)
            {
                var subject = new Attribution(quote.Speaker, quote.SpeakerSpan, quote.SpeakerEntity, null, null);
                TryCueThenClause(joiner + 1, joiner + 1, last, output, knownSubject: subject);
                return;
            }
        }
    }
}

