using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// "Q:" and "A:" under an introduction that names both sides ("Grady spoke with the Review's Ben Auerbach ... Part of
/// their conversation follows."): the questions are the interviewer's, the answers the interviewee's.
/// </summary>
internal sealed partial class TranscriptFinder
{
    private static readonly WordSet QuestionLabels = FrozenSet.ToFrozenSet(["q", "question", "interviewer"], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet AnswerLabels = FrozenSet.ToFrozenSet(["a", "answer"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs after which the subject is interviewed and the object asks ("X spoke with Y").</summary>
    private static readonly WordSet SpokeWith = FrozenSet.ToFrozenSet(["spoke", "talked", "sat", "speaks", "talks", "sits"], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Interviewed = FrozenSet.ToFrozenSet(["interviewed", "interviews", "questioned"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the labels of outlets asking questions start ("Latvian Radio:", "CNN:"): their lines are not listed.</summary>
    private HashSet<int>? _outletLabels;

    /// <summary>
    /// "Latvian Radio: Will the president send the law back?": an organisation's name as a label on a line that ends in a
    /// question is the outlet interviewing. Its turn is no one's quote but ends the answer before it. Other organisations'
    /// labels open no turn ("Kremlin: no talks planned" is a headline).
    /// </summary>
    private Attribution? OutletAsking(int first, int last, int lineEnd)
    {
        if (!context.IsPunctuation(lineEnd, "?") || context.EntityStartingAt[first] is not (var entity and >= 0)
            || context.Entities[entity].Type != EntityTypes.Organization || context.EntityEndingAt[last] != entity)
        {
            return null;
        }

        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[last].End);
        (_outletLabels ??= []).Add(span.Start);
        return new Attribution(span.Of(context.Text), span, context.Entities[entity].Canonical, null, null);
    }

    private (EntityMention Interviewer, EntityMention Interviewee)? _interview;
    private bool _interviewSought;

    private Attribution? InterviewRole(string label, TextSpan span)
    {
        var asks = QuestionLabels.Contains(label);
        if (!asks && !AnswerLabels.Contains(label))
        {
            return null;
        }

        if (!_interviewSought)
        {
            _interviewSought = true;
            _interview = InterviewBefore(span.Start);
        }

        if (_interview is not { } pair)
        {
            return null;
        }

        var person = asks ? pair.Interviewer : pair.Interviewee;
        var name = person.Canonical ?? person.Span.Of(context.Text);
        return new Attribution(name, span, name, null, null);
    }

    /// <summary>The last sentence before <paramref name="position"/> with "X spoke/talked with Y" or "Y interviewed X", both people named.</summary>
    private (EntityMention Interviewer, EntityMention Interviewee)? InterviewBefore(int position)
    {
        for (var sentence = context.Sentences.Length - 1; sentence >= 0; sentence--)
        {
            if (context.Sentences[sentence].End > position)
            {
                continue;
            }

            var first = context.FirstTokenOf(sentence);
            var last = context.LastTokenOf(sentence);
            for (var k = first + 1; k < last; k++)
            {
                var subjectAsked = SpokeWith.Contains(context.Word(k).ToString())
                                   && (context.Is(k + 1, "with") || context.Is(k + 1, "to") || (context.Is(k + 1, "down") && k + 2 <= last && context.Is(k + 2, "with")));
                var subjectAsks = Interviewed.Contains(context.Word(k).ToString());
                if ((subjectAsked || subjectAsks)
                    && PersonAround(context.Tokens[first].Start, context.Tokens[k].Start, last: true) is { } subject
                    && PersonAround(context.Tokens[k].End, context.Sentences[sentence].End, last: false) is { } other)
                {
                    return subjectAsked ? (other, subject) : (subject, other);
                }
            }
        }

        return null;
    }

    /// <summary>The last (or first) person named between two offsets.</summary>
    private EntityMention? PersonAround(int start, int end, bool last)
    {
        EntityMention? found = null;
        foreach (var entity in context.Entities)
        {
            if (entity.Type == EntityTypes.Person && entity.Span.Start >= start && entity.Span.End <= end)
            {
                found = entity;
                if (!last)
                {
                    break;
                }
            }
        }

        return found;
    }
}
