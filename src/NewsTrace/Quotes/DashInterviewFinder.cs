using NewsTrace.Documents;
using NewsTrace.Entities;

namespace NewsTrace.Quotes;

/// <summary>
/// Finds interviews written as dash-led paragraphs ("– Why now?" / "– Because ..."), the convention of Russian and
/// continental European outlets, where no line names its speaker. A question is a dash line ending in "?" (or any line
/// right after an answer that does); the line after a question is the answer, even when a slip started it with a quote
/// mark instead of a dash. Answers belong to the person the text names last before the first dash line ("we talk with
/// X, a researcher at ..."). At least four dash lines, two of them questions, make an interview, so bulleted lists are not.
/// </summary>
internal sealed class DashInterviewFinder(QuoteContext context)
{
    private const int MinDashLines = 4;
    private const int MinQuestions = 2;

    /// <summary>How far before the first dash line the interviewee must be named.</summary>
    private const int IntroductionReach = 1500;

    /// <summary>Adds the interview's answers and returns the paragraph spans its questions and answers cover.</summary>
    public List<TextSpan> Find(List<Quotation> output)
    {
        var paragraphs = Paragraphs(context.Text);
        var dashLines = paragraphs.Count(p => IsDashLed(p));
        var questions = paragraphs.Count(p => IsDashLed(p) && EndsWithQuestionMark(p));
        var covered = new List<TextSpan>();
        if (dashLines < MinDashLines || questions < MinQuestions)
        {
            return covered;
        }

        var firstDash = paragraphs.First(p => IsDashLed(p)).Start;
        var interviewee = Interviewee(firstDash);
        var previousWasQuestion = false;
        foreach (var paragraph in paragraphs)
        {
            var dashLed = IsDashLed(paragraph);
            var slipAnswer = !dashLed && previousWasQuestion && StartsWithOpeningQuote(paragraph);
            if (!dashLed && !slipAnswer)
            {
                previousWasQuestion = false;
                continue;
            }

            var words = SkipLead(paragraph);
            if (words.IsEmpty)
            {
                continue;
            }

            // The unnamed interviewer's questions are no one's words to attribute: they are not listed, but no other finder
            // may read them either.
            var isQuestion = !previousWasQuestion && EndsWithQuestionMark(paragraph);
            if (!isQuestion)
            {
                var speaker = interviewee ?? new Attribution(null, null, null, null, null);
                output.Add(new Quotation(words, QuoteKinds.Transcript, speaker.Speaker, speaker.SpeakerSpan, speaker.SpeakerEntity, null, null));
            }

            covered.Add(paragraph);
            previousWasQuestion = isQuestion;
        }

        return covered;
    }

    /// <summary>
    /// The person introduced with a role in apposition ("with X, a researcher at ...") nearest before the interview,
    /// else the person named last before it.
    /// </summary>
    private Attribution? Interviewee(int before)
    {
        EntityMention? last = null;
        for (var e = context.Entities.Length - 1; e >= 0; e--)
        {
            var entity = context.Entities[e];
            if (entity.Span.Start >= before)
            {
                continue;
            }

            if (entity.Span.Start < before - IntroductionReach)
            {
                break;
            }

            if (entity.Type == EntityTypes.Person)
            {
                last ??= entity;
                if (IsIntroducedWithRole(entity))
                {
                    return Speaker(entity);
                }
            }
        }

        return last is null ? null : Speaker(last);
    }

    private Attribution Speaker(EntityMention entity)
    {
        return Attribution.OfPerson(entity, context.Text);
    }

    private bool IsIntroducedWithRole(EntityMention entity)
    {
        var after = context.Text.AsSpan(entity.Span.End, Math.Min(6, context.Text.Length - entity.Span.End));
        return after.StartsWith(", a ", StringComparison.Ordinal) || after.StartsWith(", an ", StringComparison.Ordinal) || after.StartsWith(", the ", StringComparison.Ordinal);
    }

    private bool IsDashLed(TextSpan paragraph)
    {
        var text = paragraph.Slice(context.Text);
        return text.Length > 2 && text[0] is '–' or '—' or '-' && char.IsWhiteSpace(text[1]);
    }

    private bool StartsWithOpeningQuote(TextSpan paragraph)
    {
        var text = paragraph.Slice(context.Text);
        return text.Length > 1 && text[0] is '“' or '"' or '«' or '„' && text[1..].IndexOfAny('”', '"', '»') < 0;
    }

    private bool EndsWithQuestionMark(TextSpan paragraph) => paragraph.Slice(context.Text).TrimEnd()[^1] == '?';

    /// <summary>The paragraph without its leading dash or quote mark and the spaces after it.</summary>
    private TextSpan SkipLead(TextSpan paragraph)
    {
        var text = paragraph.Slice(context.Text);
        var skip = 1;
        while (skip < text.Length && char.IsWhiteSpace(text[skip]))
        {
            skip++;
        }

        return new TextSpan(paragraph.Start + skip, paragraph.End);
    }

    /// <summary>Non-blank lines, trimmed.</summary>
    private static List<TextSpan> Paragraphs(string text)
    {
        var paragraphs = new List<TextSpan>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var first = start;
            var last = end;
            while (first < last && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            while (last > first && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            if (last > first)
            {
                paragraphs.Add(new TextSpan(first, last));
            }

            start = end + 1;
        }

        return paragraphs;
    }
}
