using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>
/// Quotes inside quotes: “He said, ‘I need you to make the audit go away,’” Lasko testified. The inner words belong to
/// the person the outer speaker quotes: the subject of the verb of saying just before them, inside the outer quote. "He"
/// or "she" there is never the outer speaker (who would say "I"); a person named earlier in the outer quote comes first
/// ("When I asked Sir Robert what he needed, he said, ‘…’"), and "I"/"we" is the outer speaker; after "and" the verb of
/// saying shares the clause's subject ("A woman stopped me and asked, ‘…’"). A nested span with no
/// verb of saying before it (a title, a scare-quoted word) is not listed.
/// </summary>
internal sealed class NestedQuoteAttributor(QuoteContext context, SpeakerResolver resolver)
{
    /// <summary>Tokens before the inner quote searched for its verb of saying ("He told a reporter, ‘…’").</summary>
    private const int MaxCueDistance = 8;

    /// <summary>The attribution of each nested span that has a verb of saying before it; the outer speaker comes from <paramref name="outerSpeaker"/>.</summary>
    public Attribution? Attribute(QuotedSpan inner, QuotedSpan outer, string? outerSpeaker, string? outerEntity)
    {
        var sentenceStart = context.FirstTokenOf(context.SentenceOfToken[inner.OpenToken]);
        var floor = Math.Max(Math.Max(outer.OpenToken + 1, sentenceStart), inner.OpenToken - MaxCueDistance);
        for (var k = inner.OpenToken - 1; k >= floor; k--)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark || context.IsPunctuation(k, "."))
            {
                return null;
            }

            if (!CueVerbs.IsCue(context.Word(k)))
            {
                continue;
            }

            var subjectStart = k;
            while (subjectStart - 1 >= floor && subjectStart - 1 > outer.OpenToken && context.Tokens[subjectStart - 1].Kind is TokenKind.Word or TokenKind.Abbreviation)
            {
                subjectStart--;
            }

            if (subjectStart == k)
            {
                return null;
            }

            var cue = context.Word(k).ToString();
            if (context.Is(k - 1, "and") || context.Is(k - 1, "then"))
            {
                return CoordinatedSubject(outer, inner, k, outerSpeaker, outerEntity);
            }

            var subjectWord = context.Word(k - 1);
            if (k - subjectStart == 1 && (subjectWord is "I" || subjectWord.Equals("we", StringComparison.OrdinalIgnoreCase)))
            {
                return new Attribution(outerSpeaker, context.Tokens[k - 1].Span, outerEntity, cue, context.Tokens[k].Span);
            }

            // "and he told them: ‘…’": a pronoun right before the cue is the subject whatever conjunction stands before it.
            var subject = subjectWord.Equals("he", StringComparison.OrdinalIgnoreCase) || subjectWord.Equals("she", StringComparison.OrdinalIgnoreCase)
                ? NamedInsideOuter(outer, k - 1) ?? resolver.ResolvePronounExcluding(k - 1, outerEntity ?? outerSpeaker)
                : resolver.Resolve(subjectStart, k - 1);
            if (subject?.Speaker is null)
            {
                return null;
            }

            var full = FullName(subject.Speaker, context.Tokens[inner.OpenToken].Start);
            return subject with { Speaker = full, SpeakerEntity = subject.SpeakerEntity is null ? null : full, Cue = cue, CueSpan = context.Tokens[k].Span };
        }

        return null;
    }

    /// <summary>
    /// "A woman stopped me in the parking lot and asked, ‘…’", "Carmen came to my clinic and asked me, ‘…’": a verb of saying
    /// after "and" shares the subject of the clause's first verb, inside the outer quote; "I" there is the outer speaker.
    /// </summary>
    private Attribution? CoordinatedSubject(QuotedSpan outer, QuotedSpan inner, int cue, string? outerSpeaker, string? outerEntity)
    {
        var clauseStart = Math.Max(outer.OpenToken + 1, context.FirstTokenOf(context.SentenceOfToken[inner.OpenToken]));
        for (var k = cue - 1; k > clauseStart; k--)
        {
            // A clause of its own after a full stop or a quote mark inside the outer quote opens later.
            if (context.Tokens[k].Kind == TokenKind.QuoteMark || context.IsPunctuation(k, ".") || context.IsPunctuation(k, ";"))
            {
                clauseStart = k + 1;
                break;
            }
        }

        var cueSpan = context.Tokens[cue].Span;
        var cueWord = context.Word(cue).ToString();
        if (context.Is(clauseStart, "I") || context.Is(clauseStart, "we"))
        {
            return new Attribution(outerSpeaker, context.Tokens[clauseStart].Span, outerEntity, cueWord, cueSpan);
        }

        if (resolver.MainClauseSubject(clauseStart, cue - 1) is not { Speaker: { } speaker } subject)
        {
            return null;
        }

        var full = FullName(speaker, context.Tokens[inner.OpenToken].Start);
        return subject with { Speaker = full, SpeakerEntity = subject.SpeakerEntity is null ? null : full, Cue = cueWord, CueSpan = cueSpan };
    }

    /// <summary>The last person named inside the outer quote before the pronoun: the one the outer speaker is talking about.</summary>
    private Attribution? NamedInsideOuter(QuotedSpan outer, int pronoun)
    {
        var from = context.Tokens[outer.OpenToken].End;
        var to = context.Tokens[pronoun].Start;
        for (var e = context.Entities.Length - 1; e >= 0; e--)
        {
            var entity = context.Entities[e];
            if (entity.Type == EntityTypes.Person && entity.Span.Start >= from && entity.Span.End <= to)
            {
                var name = entity.Canonical ?? entity.Span.Of(context.Text);
                return new Attribution(name, context.Tokens[pronoun].Span, name, null, null);
            }
        }

        return null;
    }

    /// <summary>"Sir Robert" or "Grace" inside a quote is the person introduced before with that first name ("Robert Kell").</summary>
    private string FullName(string name, int before)
    {
        var firstName = name[(name.LastIndexOf(' ') + 1)..];
        for (var e = context.Entities.Length - 1; e >= 0; e--)
        {
            var entity = context.Entities[e];
            var full = entity.Canonical ?? entity.Span.Of(context.Text);
            if (entity.Type == EntityTypes.Person && entity.Span.Start < before && full.Length > firstName.Length + 1
                && full.StartsWith(firstName, StringComparison.Ordinal) && full[firstName.Length] == ' ')
            {
                return full;
            }
        }

        return name;
    }
}
