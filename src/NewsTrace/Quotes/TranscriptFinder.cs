using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Finds speaker-labelled transcript paragraphs: a line that starts with a short capitalised label and a colon
/// ("Question:", "Sergey Lavrov:", "Moderator:") followed by the words spoken. The label must be a known role word or a
/// person's name, so datelines and "Note:" lines are not speech. Unlabelled paragraphs right after a labelled one
/// continue it (long answers run over several paragraphs) until the next label.
/// </summary>
internal sealed partial class TranscriptFinder(QuoteContext context)
{
    private static readonly WordSet RoleLabels = FrozenSet.ToFrozenSet(
    [
        "question", "answer", "q", "a", "moderator", "host", "interviewer", "reporter", "journalist", "correspondent", "presenter",
        "anchor", "audience", "participant", "chair", "chairman", "speaker",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Labels of someone who asks and is not named ("Q:", "QUESTION:", "Reporter:"). Their lines are no one's words to
    /// attribute, so they are not listed, but each still ends the answer before it.
    /// </summary>
    private static readonly WordSet UnnamedAskerLabels = FrozenSet.ToFrozenSet(
        ["question", "q", "reporter", "journalist", "correspondent", "interviewer", "audience"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Editors' line labels in capitals that open no one's turn ("NOTE:", "UPDATE:").</summary>
    private static readonly WordSet NotTurnLabels = FrozenSet.ToFrozenSet(
        ["NOTE", "NOTES", "UPDATE", "CORRECTION", "EDITOR", "EDITORS", "WATCH", "READ", "RELATED", "SOURCE", "SOURCES", "PHOTO", "VIDEO", "LISTEN"],
        StringComparer.Ordinal);

    private static readonly WordSet FirstPersonWords = FrozenSet.ToFrozenSet(["I", "we", "We", "us", "our", "Our", "my", "My", "me"], StringComparer.Ordinal);

    private static readonly WordSet RemarksWords = FrozenSet.ToFrozenSet(
        ["remarks", "speech", "statement", "address", "presser", "briefing"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The same words searched for in a line's text at once: most lines hold none, and then no word is looked up.</summary>
    private static readonly SearchValues<string> RemarksWordsInText = SearchValues.Create([.. RemarksWords], StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds the transcript lines and returns the paragraph spans they cover.</summary>
    public List<TextSpan> Find(List<Quotation> output)
    {
        var covered = new List<TextSpan>();
        var pending = new List<(int First, int Last, Attribution Speaker)>();
        var tokens = context.Tokens;
        Attribution? current = null;
        var i = 0;
        while (i < tokens.Length)
        {
            var lineEnd = i;
            while (lineEnd + 1 < tokens.Length && context.OnSameLine(lineEnd, lineEnd + 1))
            {
                lineEnd++;
            }

            var colon = LabelColon(i, lineEnd, out var labelLast);
            if (colon > 0 && colon < lineEnd && (Label(i, labelLast) ?? OutletAsking(i, labelLast, lineEnd) ?? (current is not null ? CapitalsLabel(i, labelLast) : null)) is { } label)
            {
                // Unlabelled paragraphs count only when another label follows them: then they belong to the running speaker.
                foreach (var (first, last, speaker) in pending)
                {
                    Add(first, last, speaker, output, covered);
                }

                pending.Clear();
                current = label;
                Add(colon + 1, lineEnd, current, output, covered);
            }
            else if (current is not null && IsContinuation(i, lineEnd))
            {
                pending.Add((i, lineEnd, current));
            }
            else if (RemarksBy(i, lineEnd) is { } owner)
            {
                // "Foreign Minister X's remarks and answers to questions": the opening remarks that follow are X's.
                current = owner;
            }
            else if (!IsShortLine(i, lineEnd))
            {
                FlushFirstPerson(pending, output, covered);
                current = null;
            }

            i = lineEnd + 1;
        }

        FlushFirstPerson(pending, output, covered);
        return covered;
    }

    /// <summary>
    /// After the last label, the paragraphs that go on in the first person ("We would like ...") still belong to the
    /// last speaker; the first one that does not (the blogger's own closing words) ends the answer.
    /// </summary>
    private void FlushFirstPerson(List<(int First, int Last, Attribution Speaker)> pending, List<Quotation> output, List<TextSpan> covered)
    {
        foreach (var (first, last, speaker) in pending)
        {
            // "A Transat employee ... said the company ... “We are as tired as the passengers,” she said.": a paragraph that
            // quotes someone and says who is the writer's again, whatever its first person (words an answer itself puts in
            // quote marks, "the so-called “quartet”", are still the answer's).
            if (!HasFirstPerson(first, last) || HasAttributedQuote(first, last))
            {
                break;
            }

            Add(first, last, speaker, output, covered);
        }

        pending.Clear();
    }

    private bool HasFirstPerson(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.Word && FirstPersonWords.Contains(context.Word(k).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a closing double quote mark is followed by a subject and a verb of saying ("...,” she said").</summary>
    private bool HasAttributedQuote(int first, int last)
    {
        for (var k = first; k + 2 <= last; k++)
        {
            // Double marks only: a lone single mark is as often an apostrophe ("he 'll", "the workers' pay").
            if (context.Tokens[k].Kind == TokenKind.QuoteMark && context.Word(k) is not ("'" or "\u2019" or "\u2018")
                && context.Tokens[k + 1].Kind == TokenKind.Word && (context.Word(k + 1) is "he" or "she" or "they" || char.IsUpper(context.Word(k + 1)[0]))
                && context.IsCueAt(k + 2))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsShortLine(int first, int last) => context.Tokens[last].End - context.Tokens[first].Start < 40;

    private Attribution? RemarksBy(int first, int last)
    {
        var remarks = -1;
        if (context.Text.AsSpan(context.Tokens[first].Start, context.Tokens[last].End - context.Tokens[first].Start).IndexOfAny(RemarksWordsInText) < 0)
        {
            return null;
        }

        for (var k = first; k <= last && remarks < 0; k++)
        {
            // Looked up by span: a string per word of every transcript line was a tenth of the job's allocation.
            remarks = RemarksWords.Contains(context.Word(k)) ? k : -1;
        }

        if (remarks < 0)
        {
            return null;
        }

        // "Foreign Minister X's remarks", "... His answers are important. X's presser:": the person whose possessive stands
        // just before the word owns the remarks. A caption ("X speaks at a briefing") or a question ("do you agree with the
        // statement that Y ...") names no owner.
        var start = context.Tokens[first].Start;
        var end = context.Tokens[last].End;
        EntityMention? chosen = null;
        foreach (var entity in context.Entities)
        {
            if (entity.Span.Start >= end)
            {
                break;
            }

            var between = entity.Span.End <= context.Tokens[remarks].Start ? context.Text.AsSpan(entity.Span.End, context.Tokens[remarks].Start - entity.Span.End).Trim() : [];
            if (entity.Span.Start >= start && entity.Type == EntityTypes.Person && between is "'s" or "’s")
            {
                chosen = entity;
            }
        }

        if (chosen is null)
        {
            return null;
        }

        return Attribution.OfPerson(chosen, context.Text);
    }

    private void Add(int first, int last, Attribution speaker, List<Quotation> output, List<TextSpan> covered)
    {
        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[last].End);
        var asks = (speaker.SpeakerEntity is null && speaker.Speaker is { } label && UnnamedAskerLabels.Contains(label))
                   || (speaker.SpeakerSpan is { } labelSpan && _outletLabels?.Contains(labelSpan.Start) == true);
        if (!asks)
        {
            output.Add(new Quotation(span, QuoteKinds.Transcript, speaker.Speaker, speaker.SpeakerSpan, speaker.SpeakerEntity, null, null));
        }

        covered.Add(span);
    }

    /// <summary>
    /// The colon closing a speaker's label that opens the line ("VUONG:", "Sergey Lavrov:"), with the label's last token in
    /// <paramref name="labelLast"/>; a note in brackets between the name and the colon is no part of the name ("ZERTUCHE
    /// (through an interpreter):", "MORALES (in Spanish):"). -1 where the line opens with no label.
    /// </summary>
    private int LabelColon(int first, int lineEnd, out int labelLast)
    {
        labelLast = -1;
        for (var k = first + 1; k <= Math.Min(lineEnd, first + 5); k++)
        {
            if (context.IsPunctuation(k, ":"))
            {
                labelLast = k - 1;
                return k;
            }

            if (context.IsPunctuation(k, "(") && BracketedNoteEnd(k, lineEnd) is var close and > 0 && close + 1 <= lineEnd && context.IsPunctuation(close + 1, ":"))
            {
                labelLast = k - 1;
                return close + 1;
            }

            if (!TokenText.IsCapitalised(context.Text, context.Tokens[k]) && !IsNameJoiner(k) && !IsHonorificStop(k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The full stop of "MR." or "Ms." in a label ("MR. ODUYA:").</summary>
    private bool IsHonorificStop(int k)
        => context.IsPunctuation(k, ".") && k > 0 && context.Word(k - 1) is "MR" or "MS" or "MRS" or "DR" or "Mr" or "Ms" or "Mrs" or "Dr";

    /// <summary>The ")" closing a short note in lower case opened at <paramref name="open"/> ("(through an interpreter)"), or -1.</summary>
    private int BracketedNoteEnd(int open, int lineEnd)
    {
        const int MaxNoteWords = 6;
        for (var k = open + 1; k <= Math.Min(lineEnd, open + MaxNoteWords + 1); k++)
        {
            if (context.IsPunctuation(k, ")"))
            {
                return k > open + 1 ? k : -1;
            }

            if (context.Tokens[k].Kind != TokenKind.Word || (k == open + 1 && !char.IsLower(context.Text[context.Tokens[k].Start])))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"of", "de" and the like inside a name; a slash inside an outlet's initials ("RFE/RL:").</summary>
    private bool IsNameJoiner(int k)
        => (context.Tokens[k].Kind == TokenKind.Word && context.Word(k) is "of" or "de" or "van" or "bin" or "al") || IsSlashInInitials(k);

    private bool IsSlashInInitials(int k)
        => context.IsPunctuation(k, "/") && k > 0 && k + 1 < context.Tokens.Length && context.OnSameLine(k - 1, k + 1)
           && TokenText.IsAcronym(context.Text, context.Tokens[k - 1]) && TokenText.IsAcronym(context.Text, context.Tokens[k + 1]);

    private Attribution? Label(int first, int last)
    {
        if (!TokenText.IsCapitalised(context.Text, context.Tokens[first]))
        {
            return null;
        }

        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[last].End);
        var written = span.Of(context.Text);
        if (first == last && RoleLabels.Contains(written))
        {
            return InterviewRole(written, span) ?? new Attribution(written, span, null, null, null);
        }

        foreach (var entity in context.Entities)
        {
            if (entity.Type == EntityTypes.Person && span.Contains(entity.Span))
            {
                var name = entity.Canonical ?? entity.Span.Of(context.Text);
                return new Attribution(name, span, name, null, null);
            }

            if (entity.Span.Start >= span.End)
            {
                break;
            }
        }

        return PersonBySurname(span);
    }

    /// <summary>
    /// "Q: ... THÉRIAULT: ...": inside a running transcript, a label in capitals that names no one the document knows still
    /// opens a new turn, under the label as written in title case ("Thériault"), rather than running on the asker's turn.
    /// </summary>
    private Attribution? CapitalsLabel(int first, int last)
    {
        const int MaxLabelWords = 3;
        if (last - first >= MaxLabelWords)
        {
            return null;
        }

        for (var k = first; k <= last; k++)
        {
            if (IsSlashInInitials(k))
            {
                continue;
            }

            if (context.Tokens[k].Kind != TokenKind.Word || !TokenText.IsAcronym(context.Text, context.Tokens[k]) || context.Tokens[k].Length < 2
                || NotTurnLabels.Contains(context.Word(k)))
            {
                return null;
            }
        }

        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[last].End);
        var written = span.Of(context.Text);

        // "CNN: What do you say to ...": an outlet asking keeps its name as written, and its questions are not listed.
        foreach (var entity in context.Entities)
        {
            if (entity.Type == EntityTypes.Organization && entity.Span.Contains(span))
            {
                (_outletLabels ??= []).Add(span.Start);
                return new Attribution(written, span, entity.Canonical, null, null);
            }
        }

        // An outlet's initials joined by a slash ("RFE/RL") are no name in capitals: they keep their capitals.
        var name = written.Contains('/', StringComparison.Ordinal) ? written : string.Join(' ', written.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => string.Concat(word[..1], word[1..].ToLower(CultureInfo.InvariantCulture))));
        return new Attribution(name, span, null, null, null);
    }

    /// <summary>
    /// "MORALES:", "Keller:": a label the recogniser does not read as a name (capitals, a lone surname) is the person of the
    /// document whose surname or full name it spells, case ignored.
    /// </summary>
    private Attribution? PersonBySurname(TextSpan label)
    {
        // "MR. ODUYA:", "Ms Keller:": the honorific of a briefing transcript is no part of the surname.
        var written = label.Of(context.Text);
        var honorific = written.IndexOf(' ', StringComparison.Ordinal);
        if (honorific > 0 && Entities.Data.NameWords.PersonTitles.Contains(written[..honorific].ToLowerInvariant()))
        {
            written = written[(honorific + 1)..];
        }

        foreach (var entity in context.Entities)
        {
            if (entity.Type != EntityTypes.Person || entity.Span.Overlaps(label))
            {
                continue;
            }

            var name = entity.Canonical ?? entity.Span.Of(context.Text);
            var space = name.LastIndexOf(' ');
            if (space > 0 && (written.Equals(name, StringComparison.OrdinalIgnoreCase)
                              || written.AsSpan().Equals(name.AsSpan(space + 1), StringComparison.OrdinalIgnoreCase)))
            {
                return new Attribution(name, label, name, null, null);
            }
        }

        return null;
    }

    private bool IsContinuation(int first, int last)
    {
        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[last].End);
        // "... to cooperate in its consideration. [My Emphasis]": an editor's bracketed note after the last stop.
        if (context.IsPunctuation(last, "]"))
        {
            var open = last;
            while (open > first && !context.IsPunctuation(open, "["))
            {
                open--;
            }

            last = open > first ? open - 1 : last;
        }

        var lastWord = context.Word(last);
        return span.Length >= 40 && lastWord.Length == 1 && lastWord[0] is '.' or '?' or '!';
    }
}
