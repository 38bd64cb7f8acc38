using System.Collections.Frozen;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>Written texts and the bodies that speak through them ("the memo said", "it noted", "the business lobby wrote"): a part of <see cref="SpeakerResolver"/>.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Texts that a story names again by their noun ("the statement said") after giving their author.</summary>
    private static readonly WordSet AuthoredTexts = FrozenSet.ToFrozenSet(
        ["statement", "letter", "release", "memo", "email", "e-mail", "communique", "communiqué", "message", "report", "lawsuit",
            "suit", "complaint", "filing"], StringComparer.Ordinal);

    /// <summary>
    /// Texts whose author is found only from "from" or "by" or a verb of issuing them ("released a report", "filed a
    /// lawsuit", "sued"), not from whoever opens the sentence: "X resigned, according to a report in the Times" is not X's report.
    /// </summary>
    private static readonly WordSet IssuedTexts = FrozenSet.ToFrozenSet(["report", "lawsuit", "suit", "complaint", "filing"], StringComparer.Ordinal);

    /// <summary>Texts that "sued" stands for in the sentence before ("X sued Y. The lawsuit argues ...").</summary>
    private static bool IsSuit(string noun) => noun is "lawsuit" or "suit" or "complaint";

    /// <summary>Whether a verb of issuing stands within a few words before the text's noun ("released a 46-page report").</summary>
    private bool IssuedBefore(int noun, int first)
    {
        for (var j = noun - 1; j >= Math.Max(first, noun - 4); j--)
        {
            if (GroupSenders.IsIssuingVerb(context.Word(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Who can issue a text: a person, an organisation, or a site that is also an office ("the Qatari Embassy", a location to the
    /// entity layer, said in a statement).
    /// </summary>
    private bool IsIssuer(EntityMention entity)
        => entity.Type is EntityTypes.Person or EntityTypes.Organization
           || (entity.Type == EntityTypes.Location && entity.Span.Slice(context.Text).TrimEnd() is var name
               && (name.EndsWith(" Embassy", StringComparison.Ordinal) || name.EndsWith(" Consulate", StringComparison.Ordinal)));

    /// <summary>Words between a verb of issuing and its "by" ("released late on Tuesday by").</summary>
    private const int MaxWordsBeforeBy = 4;

    /// <summary>The "by" after a verb of issuing at <paramref name="verb"/> ("released Tuesday by"), or -1.</summary>
    private int ByAfterIssuing(int verb, int last)
    {
        if (verb > last || !GroupSenders.IsIssuingVerb(context.Word(verb)))
        {
            return -1;
        }

        for (var j = verb + 1; j <= Math.Min(last, verb + MaxWordsBeforeBy); j++)
        {
            if (context.Is(j, "by"))
            {
                return j;
            }

            if (context.Tokens[j].Kind != TokenKind.Word)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "the report", "the 64-page report", "the final written report": a determiner and up to two lower-case modifiers before a
    /// text's noun at <paramref name="head"/>; the determiner's token, or -1.
    /// </summary>
    private int TextDescriptionStart(int head)
    {
        for (var start = head - 1; start >= Math.Max(0, head - 3); start--)
        {
            if (WordIn(Determiners, start))
            {
                return start;
            }

            if (context.Tokens[start].Kind != TokenKind.Word || !char.IsLower(context.Text[context.Tokens[start].Start]) && !char.IsAsciiDigit(context.Text[context.Tokens[start].Start]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Sentences before a text's noun searched for the text's author.</summary>
    private const int AuthorSentencesBack = 3;

    /// <summary>
    /// The author of the text that <paramref name="noun"/> took up, named in one of the sentences before: the person or body
    /// after "from" or "by" ("a statement from the ministry"), else the first one in that sentence before the noun ("The
    /// White House said in a statement"); null when no sentence before names the noun or none names an author.
    /// </summary>
    private EntityMention? AuthorOfEarlier(int at, string noun)
    {
        var own = context.SentenceOfToken[at];
        for (var s = own; s >= Math.Max(0, own - AuthorSentencesBack); s--)
        {
            var first = context.FirstTokenOf(s);
            var last = s == own ? at - 1 : context.LastTokenOf(s);
            for (var k = last; k >= first; k--)
            {
                var sued = IsSuit(noun) && context.Is(k, "sued");
                if (!context.Is(k, noun) && !sued)
                {
                    continue;
                }

                // "a report from the ministry", "a report by the office", "a report released Tuesday by the office".
                var by = k + 1 <= context.LastTokenOf(s) && (context.Is(k + 1, "from") || context.Is(k + 1, "by")) ? k + 1 : ByAfterIssuing(k + 1, context.LastTokenOf(s));
                if (by > 0)
                {
                    var next = by + 1 < context.Tokens.Length && context.Is(by + 1, "the") ? by + 2 : by + 1;
                    if (next < context.Tokens.Length && context.EntityStartingAt[next] is var from and >= 0 && context.Entities[from].Type is EntityTypes.Person or EntityTypes.Organization)
                    {
                        // "a report by the Justice Department's Office of the Inspector General": the owned body wrote it.
                        return context.Entities[context.OwnedBodyAfter(next) is var owned and >= 0 ? owned : from];
                    }
                }

                // "According to the inspector general's report, ... The report said": the body that owns it.
                if (!sued && OrganisationOwning(Math.Max(first, k - 4), k) is { } owning)
                {
                    return owning;
                }

                if (IssuedTexts.Contains(noun) && !sued && !IssuedBefore(k, first))
                {
                    continue;
                }

                for (var j = first; j < k; j++)
                {
                    if (context.EntityStartingAt[j] is var e and >= 0 && IsIssuer(context.Entities[e]) && !_mentions.IsPossessive(context.Entities[e]))
                    {
                        return context.Entities[e];
                    }
                }

                return SubjectAfterOpeningPhrase(k, context.LastTokenOf(s));
            }
        }

        return null;
    }

    /// <summary>
    /// "Fourteen Republican lawmakers from border states sent a letter ... The letter said": the unnamed group that issued
    /// the text <paramref name="noun"/> took up, in one of the sentences before, by name without its number; null otherwise.
    /// </summary>
    private string? GroupSenderOfEarlier(int at, string noun)
    {
        var own = context.SentenceOfToken[at];
        for (var s = own; s >= Math.Max(0, own - AuthorSentencesBack); s--)
        {
            if (GroupSenders.Opening(context, s) is not { } opening)
            {
                continue;
            }

            var last = s == own ? at - 1 : context.LastTokenOf(s);
            for (var k = opening.Verb + 1; k <= last; k++)
            {
                if (context.Is(k, noun))
                {
                    return GroupSenders.NameOf(context, opening.Group);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Democratic attorneys general in 15 states signed a letter ... the attorneys general wrote": the unnamed group that
    /// issued a text in one of the sentences before and whose words hold the description's (<paramref name="from"/> to
    /// <paramref name="last"/>), by name without its number; null otherwise.
    /// </summary>
    private string? GroupSenderNamed(int from, int last)
    {
        var described = context.Text.AsSpan(context.Tokens[from].Start, context.Tokens[last].End - context.Tokens[from].Start);
        var own = context.SentenceOfToken[from];
        for (var s = own; s >= Math.Max(0, own - AuthorSentencesBack); s--)
        {
            if (GroupSenders.Opening(context, s) is { } opening && opening.Group.Slice(context.Text).Contains(described, StringComparison.OrdinalIgnoreCase)
                && context.Tokens[opening.Verb].Start < context.Tokens[from].Start)
            {
                return GroupSenders.NameOf(context, opening.Group);
            }
        }

        return null;
    }

    /// <summary>
    /// "the memo said", "the letter stated" as the subject of a cue in the sentence before <paramref name="pronoun"/>'s
    /// (or earlier in its own), resolved; null when no such text spoke there.
    /// </summary>
    private Attribution? TextSpeakingBefore(int pronoun)
    {
        var sentence = context.SentenceOfToken[pronoun];
        var from = context.FirstTokenOf(Math.Max(0, sentence - 1));
        for (var j = pronoun - 2; j > from; j--)
        {
            if (AuthoredTexts.Contains(context.Word(j).ToString()) && TextDescriptionStart(j) is var start and >= 0 && context.Word(start) is "the" or "The"
                && j + 1 < pronoun && context.IsCueAt(j + 1))
            {
                return ResolveDescription(start, j);
            }
        }

        return null;
    }

    /// <summary>The person the text after <paramref name="position"/> introduces with <paramref name="role"/> ("Mayor Lucinda Farraday"), when nobody is named before; null otherwise.</summary>
    public Attribution? IntroducedWithRole(int position, string role)
        => _mentions.FirstIntroducedWithRoleAfter(position, role) is { } person ? Attribution.OfPerson(person, context.Text) : null;

    /// <summary>Nouns by which a story takes up an advocacy body it has just named ("the business lobby", "the group").</summary>
    private static readonly WordSet BodyNouns = FrozenSet.ToFrozenSet(
        ["lobby", "group", "organization", "organisation", "coalition", "alliance", "association", "federation", "party"], StringComparer.Ordinal);

    /// <summary>
    /// The organisation that opens the sentence before <paramref name="token"/>'s (after "The"), or null. Sentences of the
    /// quote the token's cue follows are passed over ("The Delaware GOP piled on. “Pardons for donors. Is this ...?” the
    /// party wrote").
    /// </summary>
    private EntityMention? OrganisationOpeningSentenceBefore(int token)
    {
        var sentence = context.SentenceOfToken[token];
        if (token > 1 && context.Tokens[token - 1].Kind == TokenKind.QuoteMark)
        {
            // The cue's quote: from its closing mark back to the opening one.
            var opening = token - 2;
            while (opening > 0 && context.Tokens[opening].Kind != TokenKind.QuoteMark)
            {
                opening--;
            }

            sentence = Math.Min(sentence, context.SentenceOfToken[opening]);
        }

        if (sentence == 0)
        {
            return null;
        }

        var first = context.FirstTokenOf(sentence - 1);
        var at = context.Is(first, "the") ? first + 1 : first;
        return context.EntityStartingAt[first] is var e and >= 0 && context.Entities[e].Type == EntityTypes.Organization ? context.Entities[e]
            : context.EntityStartingAt[at] is var named and >= 0 && context.Entities[named].Type == EntityTypes.Organization ? context.Entities[named]
            : null;
    }

    /// <summary>
    /// "The Ashbury campaign, which ..., moved quickly. In a statement, it described ...": "it" after a sentence opened by a
    /// named campaign is that campaign, not a place named in passing; null when the sentence before opens otherwise.
    /// </summary>
    private Attribution? CampaignOpeningSentenceBefore(int pronoun)
    {
        if (SentenceBeforeOpenedByThe(pronoun) is not { } bounds)
        {
            return null;
        }

        var (first, last) = bounds;

        var head = first + 1;
        while (head <= last && head - first <= 4 && char.IsUpper(context.Text[context.Tokens[head].Start]))
        {
            head++;
        }

        return head > first + 1 && head <= last && context.Is(head, "campaign") && CampaignOf(first, head) is { } campaign
            ? new Attribution(campaign, context.Tokens[pronoun].Span, null, null, null)
            : null;
    }

    /// <summary>
    /// "In a memo to supporters released late Tuesday, Ms. Vantreese's campaign manager, Roger Stavely, argued": the text's
    /// noun in an opening phrase, the author is the first person or body named after the phrase's comma (not an owner),
    /// before the sentence's verb of saying; null otherwise.
    /// </summary>
    private EntityMention? SubjectAfterOpeningPhrase(int noun, int last)
    {
        var comma = noun + 1;
        while (comma <= last && !context.IsPunctuation(comma, ","))
        {
            if (CueVerbs.IsReporting(context.Word(comma)))
            {
                return null;
            }

            comma++;
        }

        for (var j = comma + 1; j <= last && !CueVerbs.IsReporting(context.Word(j)); j++)
        {
            if (context.EntityStartingAt[j] is var e and >= 0 && context.Entities[e].Type is EntityTypes.Person or EntityTypes.Organization && !_mentions.IsPossessive(context.Entities[e]))
            {
                return context.Entities[e];
            }

            // "In a letter to the board, the company said ...": a body taken up by its noun before the verb.
            if (context.Is(j, "the") && j + 2 <= last && CueVerbs.IsReporting(context.Word(j + 2)))
            {
                var head = context.Word(j + 1).ToString().ToLowerInvariant();
                var position = context.Tokens[j].Start;
                if ((CompanyNouns.Contains(head) ? _mentions.MostRecent(position, EntityTypes.Organization, null, skipPossessive: false, accept: IsCompanyName)
                        : OrganisationOfKind(position, head)) is { } described)
                {
                    return described;
                }
            }
        }

        return null;
    }
}
