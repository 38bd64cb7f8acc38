using System.Collections.Frozen;
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
internal sealed class TranscriptFinder(QuoteContext context)
{
    private static readonly FrozenSet<string> RoleLabels = FrozenSet.ToFrozenSet(
    [
        "question", "answer", "q", "a", "moderator", "host", "interviewer", "reporter", "journalist", "correspondent", "presenter",
        "anchor", "audience", "participant", "chair", "chairman", "speaker",
    ], StringComparer.OrdinalIgnoreCase);

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

            var colon = LabelColon(i, lineEnd);
            if (colon > 0 && colon < lineEnd && Label(i, colon - 1) is { } label)
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
                current = null;
                pending.Clear();
            }

            i = lineEnd + 1;
        }

        return covered;
    }

    private bool IsShortLine(int first, int last) => context.Tokens[last].End - context.Tokens[first].Start < 40;

    private Attribution? RemarksBy(int first, int last)
    {
        var hasRemarks = false;
        for (var k = first; k <= last && !hasRemarks; k++)
        {
            hasRemarks = context.Word(k) is "remarks" or "speech" or "statement" or "address";
        }

        if (!hasRemarks)
        {
            return null;
        }

        var start = context.Tokens[first].Start;
        var end = context.Tokens[last].End;
        foreach (var entity in context.Entities)
        {
            if (entity.Span.Start >= end)
            {
                break;
            }

            if (entity.Span.Start >= start && entity.Type == EntityTypes.Person)
            {
                var name = entity.Canonical ?? entity.Span.Of(context.Text);
                return new Attribution(name, entity.Span, name, null, null);
            }
        }

        return null;
    }

    private void Add(int first, int last, Attribution speaker, List<Quotation> output, List<TextSpan> covered)
    {
        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[last].End);
        output.Add(new Quotation(span, QuoteKinds.Transcript, speaker.Speaker, speaker.SpeakerSpan, speaker.SpeakerEntity, null, null));
        covered.Add(span);
    }

    private int LabelColon(int first, int lineEnd)
    {
        for (var k = first + 1; k <= Math.Min(lineEnd, first + 5); k++)
        {
            if (context.IsPunctuation(k, ":"))
            {
                return k;
            }

            if (!TokenText.IsCapitalised(context.Text, context.Tokens[k]) && !IsNameJoiner(k))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsNameJoiner(int k) => context.Tokens[k].Kind == TokenKind.Word && context.Word(k) is "of" or "de" or "van" or "bin" or "al";

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
            return new Attribution(written, span, null, null, null);
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

        return null;
    }

    private bool IsContinuation(int first, int last)
    {
        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[last].End);
        var lastWord = context.Word(last);
        return span.Length >= 40 && lastWord.Length == 1 && lastWord[0] is '.' or '?' or '!';
    }
}
