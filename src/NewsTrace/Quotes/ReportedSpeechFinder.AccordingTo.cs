using System.Collections.Frozen;
using NewsTrace.Documents;
using NewsTrace.Entities;
using NewsTrace.Text;

namespace NewsTrace.Quotes;

/// <summary>"According to X, …" and "…, according to X": the according-to half of <see cref="ReportedSpeechFinder"/>.</summary>
internal sealed partial class ReportedSpeechFinder
{
    /// <summary>Words after a name that carry the according-to source on ("'s", "of", "spokesman", "figures").</summary>
    private static readonly WordSet SourceGoesOn = FrozenSet.ToFrozenSet(
        ["'s", "\u2019s", "of", "and", "in", "at", "for", "on", "to", "with", "from", "spokesman", "spokeswoman", "spokesperson",
            "official", "officials", "statement", "figures", "data", "report", "chief", "head", "director", "source", "sources",
            "estimates", "records", "documents", "analysts", "economists", "researchers", "experts"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>"According to X, ..." in a sentence that also has quote marks: adds it and returns it, or null.</summary>
    public Quotation? FindAccordingTo(int sentence, List<Quotation> output)
    {
        var first = context.FirstTokenOf(sentence);
        var end = context.LastTokenOf(sentence);
        while (end > first && context.Tokens[end].Kind is TokenKind.Punctuation or TokenKind.QuoteMark)
        {
            end--;
        }

        var count = output.Count;
        return end - first >= 4 && TryAccordingTo(first, end, output) && output.Count > count ? output[^1] : null;
    }

    /// <summary>Words a time phrase between a participle and its "by" may hold ("released in June by", "published last week by").</summary>
    private const int MaxWordsBeforeBy = 4;

    /// <summary>
    /// The first token of the maker's name after <paramref name="participle"/> and "by" (past a short time phrase before
    /// "by", and "the" or an owner's possessive after it), or -1 when no "by" follows.
    /// </summary>
    private int MakerAfter(int participle, int nameEnd)
    {
        var by = participle + 1;
        while (by <= nameEnd && by - participle <= MaxWordsBeforeBy && !context.Is(by, "by"))
        {
            by++;
        }

        if (by > nameEnd || !context.Is(by, "by"))
        {
            return -1;
        }

        var at = by + 1;
        if (at <= nameEnd && context.Word(at) is "the" or "a" or "an")
        {
            at++;
        }

        // "the county's Office of Internal Audit": the owner before the body is no part of the maker.
        if (at + 2 <= nameEnd && context.EntityStartingAt[at] < 0 && context.Word(at + 1) is "'s" or "’s")
        {
            at += 2;
        }

        // "the Justice Department's Office of the Inspector General": a body named as another's is the maker, not its owner.
        if (at <= nameEnd && context.OwnedBodyAfter(at) is var owned and >= 0 && context.FirstTokenAtOrAfter(context.Entities[owned].Span.Start) is var ownedFirst
            && ownedFirst <= nameEnd)
        {
            at = ownedFirst;
        }

        return at <= nameEnd ? at : -1;
    }

    /// <summary>
    /// The organisation or person named at <paramref name="at"/>, or one named right after a nationality there ("the
    /// Scottish" + "Fire and Rescue Service", which the entity layer may split); -1 when none.
    /// </summary>
    private int BodyOrPersonAt(int at, int limit)
    {
        if (context.EntityStartingAt[at] is not (var entity and >= 0))
        {
            return -1;
        }

        if (context.Entities[entity].Type is EntityTypes.Organization or EntityTypes.Person)
        {
            return entity;
        }

        var after = LastTokenOf(entity, at) + 1;
        return context.Entities[entity].Type == EntityTypes.Nationality && after <= limit && context.EntityStartingAt[after] is var body and >= 0
               && context.Entities[body].Type == EntityTypes.Organization
            ? body
            : -1;
    }

    /// <summary>
    /// "figures released by the Cop28 Presidency": capitalised words running from <paramref name="first"/> to the end of the
    /// source name a maker the entity layer did not find, which speaks as written; null otherwise.
    /// </summary>
    private Attribution? UnfoundMaker(int first, int nameEnd)
    {
        for (var k = first; k <= nameEnd; k++)
        {
            var word = context.Word(k);
            if (context.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || word.IsEmpty
                || !(char.IsUpper(word[0]) || (k > first && k < nameEnd && word is "of" or "for" or "and")))
            {
                return null;
            }
        }

        var span = new TextSpan(context.Tokens[first].Start, context.Tokens[nameEnd].End);
        return new Attribution(span.Of(context.Text), span, null, null, null);
    }

    /// <summary>Verbs by which a body puts out a text it is then the source of ("a summary that X posted").</summary>
    private static readonly WordSet PublishingVerbs = FrozenSet.ToFrozenSet(
        ["posted", "released", "published", "issued", "filed", "compiled", "circulated", "sent", "prepared", "commissioned", "produced"],
        StringComparer.Ordinal);

    /// <summary>The body or person named at <paramref name="at"/> (after "the") when a publishing verb follows the name; else null.</summary>
    private Attribution? RelativeMaker(int at, int limit)
    {
        var first = context.Is(at, "the") ? at + 1 : at;
        if (first > limit || BodyOrPersonAt(first, limit) is not (var maker and >= 0))
        {
            return null;
        }

        var last = LastTokenOf(maker, first);
        return last + 1 <= limit && PublishingVerbs.Contains(context.Word(last + 1)) ? MakerNamed(first, last, maker) : null;
    }

    /// <summary>The maker named from <paramref name="first"/> to <paramref name="last"/>; with a nationality before the body, as written whole.</summary>
    private Attribution? MakerNamed(int first, int last, int body)
    {
        if (context.EntityStartingAt[first] == body)
        {
            return resolver.Resolve(first, last);
        }

        var whole = new TextSpan(context.Tokens[first].Start, context.Tokens[last].End);
        return new Attribution(whole.Of(context.Text), whole, context.Entities[body].Canonical, null, null);
    }

    /// <summary>Whether every token after <paramref name="last"/> up to <paramref name="end"/> is punctuation (a full stop, a bracket).</summary>
    private bool OnlyPunctuationAfter(int last, int end)
    {
        for (var i = last + 1; i <= end && i < context.Tokens.Length; i++)
        {
            if (context.Tokens[i].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    private bool TryAccordingTo(int first, int end, List<Quotation> output)
    {
        for (var k = first; k < end; k++)
        {
            // "..., per two sources familiar with the search": Politico's "per" is "according to".
            var per = context.Is(k, "per") && k + 1 < end && (k == first || (k > first + 3 && context.IsPunctuation(k - 1, ","))) && IsPerSource(k + 1);
            if (!per && (k + 2 > end || !context.Is(k, "according") || !context.Is(k + 1, "to")))
            {
                continue;
            }

            var sourceStart = per ? k + 1 : k + 2;
            var nameEnd = sourceStart;
            while (nameEnd + 1 <= end && !context.IsPunctuation(nameEnd + 1, ","))
            {
                nameEnd++;
            }

            // "According to the Interior Ministry over 300 pilgrims were hurt": with no comma, a name opening the source ends it.
            var contentStart = nameEnd + 2;
            if (k == first && NamedSourceEnd(sourceStart, nameEnd) is var named and >= 0)
            {
                nameEnd = named;
                contentStart = named + 1;
            }

            // "according to engineers quoted in the press" (or "reached by the paper over the phone"): the engineers are the
            // source, the press only carried them; "a
            // poll by X released Wednesday": when the poll came out is no part of its author.
            var sourceEnd = nameEnd;
            Attribution? madeBy = null;
            for (var j = sourceStart + 1; j <= nameEnd; j++)
            {
                // "according to a summary that the school district posted online Monday": the body whose text it is.
                if (context.Word(j) is "that" or "which" && j + 1 <= nameEnd && RelativeMaker(j + 1, nameEnd) is { } relativeMaker)
                {
                    madeBy = relativeMaker;
                    sourceEnd = j - 1;
                    break;
                }

                if (context.Word(j) is "quoted" or "cited" or "interviewed" or "reached" or "contacted" or "polled" or "surveyed" or "questioned" or "released" or "published"
                    or "conducted" or "issued" or "compiled" or "commissioned")
                {
                    // "according to exit polls conducted by Edison Research for the networks": the body after "by" made them.
                    // "an audit released in June by the county's Office of Internal Audit": a time phrase may come before "by",
                    // and an article or an owner before the body.
                    var by = MakerAfter(j, nameEnd);
                    var made = by >= 0 && context.Word(j) is not ("quoted" or "cited" or "interviewed" or "reached" or "contacted");
                    madeBy = made && BodyOrPersonAt(by, nameEnd) is var maker and >= 0
                        ? MakerNamed(by, LastTokenOf(maker, by), maker)
                        : made ? UnfoundMaker(by, nameEnd) : null;
                    sourceEnd = j - 1;
                    break;
                }
            }

            var subject = madeBy ?? DocumentAuthor(sourceStart, sourceEnd) ?? SlashJoinedSource(sourceStart, sourceEnd) ?? resolver.Resolve(sourceStart, sourceEnd);

            // "According to the president's press secretary, Ana Sefer, ...": a name in apposition is the source.
            if (contentStart == nameEnd + 2 && nameEnd + 2 <= end && context.EntityStartingAt[nameEnd + 2] is var appositive and >= 0
                && context.Entities[appositive].Type == Entities.EntityTypes.Person)
            {
                var nameLast = nameEnd + 2;
                while (nameLast < end && context.EntityEndingAt[nameLast] != appositive)
                {
                    nameLast++;
                }

                if (nameLast + 2 <= end && context.IsPunctuation(nameLast + 1, ","))
                {
                    subject = resolver.Resolve(nameEnd + 2, nameLast);
                    nameEnd = nameLast;
                    contentStart = nameEnd + 2;
                }
                else if (k > first && OnlyPunctuationAfter(nameLast, end))
                {
                    // "..., according to the authority's chief financial officer, Lionel Etienne.": the name closing the sentence.
                    subject = resolver.Resolve(nameEnd + 2, nameLast);
                }
            }

            // "according to two people familiar with the inquiry": a group speaks as it does after other cues.
            subject = EarlierSource(SpeakerOf(subject), output);
            if (subject is null)
            {
                return false;
            }

            TextSpan span;
            if (k == first && contentStart <= end)
            {
                span = new TextSpan(context.Tokens[contentStart].Start, context.Tokens[end].End);
            }
            else if (k > first + 1 && context.IsPunctuation(k - 1, ",") && nameEnd + 2 <= end && context.IsPunctuation(nameEnd + 1, ",")
                     && !HasVerb(first, k - 2) && !IsAppositionToEnd(nameEnd + 2, end))
            {
                // "The visit, according to X, would be ...": the sentence is X's claim around the aside.
                span = new TextSpan(context.Tokens[first].Start, context.Tokens[end].End);
            }
            else if (k > first + 3 && context.IsPunctuation(k - 1, ","))
            {
                // "ROME (Wire) — The parties are level, according to a poll by X, a week before the vote": the claim opens
                // after the dateline and ends before the source; the phrase after it is the reporter's.
                span = new TextSpan(context.Tokens[AfterDateline(first, k - 1)].Start, context.Tokens[k - 2].End);
            }
            else
            {
                return false;
            }

            var cueSpan = new TextSpan(context.Tokens[k].Start, context.Tokens[sourceStart - 1].End);
            output.Add(new Quotation(span, QuoteKinds.AccordingTo, subject.Speaker, subject.SpeakerSpan, subject.SpeakerEntity, per ? "per" : "according to", cueSpan));
            return true;
        }

        return false;
    }

    /// <summary>
    /// "..., according to NOAA Fisheries, the department's fisheries arm.": a phrase (an apposition or an adverbial phrase)
    /// that runs to the sentence's end without a comma or a verb describes the source; no clause resumes after it (as in
    /// "..., according to a league source, the club is close to a deal").
    /// </summary>
    private bool IsAppositionToEnd(int start, int end)
    {
        // "..., according to a Monmouth University poll released Monday, well within the poll's margin of error.": an
        // adverbial phrase is the reporter's too; a conjunction or a relative pronoun opens a clause of the claim's.
        var opener = context.Word(start);
        if (context.Tokens[start].Kind != TokenKind.Word || !char.IsLower(opener[0]) || opener is "and" or "but" or "or" or "which" or "who" or "where"
            or "while" or "though" or "although" or "as" or "that" or "when" or "because" || HasVerb(start, end))
        {
            return false;
        }

        for (var i = start + 1; i <= end; i++)
        {
            if (context.IsPunctuation(i, ","))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Nouns of people and texts that a "per" source is made of ("per two sources", "per a person briefed on it").</summary>
    private static readonly WordSet PerSourceNouns = FrozenSet.ToFrozenSet(
        ["source", "sources", "person", "people", "official", "officials", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
            "insider", "insiders", "strategist", "strategists", "operative", "operatives", "donor", "donors", "spokesman", "spokeswoman",
            "spokesperson", "report", "reports", "statement", "memo", "email", "filing", "filings", "records", "documents"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a source follows "per" at <paramref name="start"/>: a person or body named, or one of the nouns above within a
    /// few words ("per a source familiar with the timing"); not "per cent", "per gallon" nor "per the rules".
    /// </summary>
    private bool IsPerSource(int start)
    {
        if (context.EntityStartingAt[start] is var named and >= 0 && context.Entities[named].Type is Entities.EntityTypes.Person or Entities.EntityTypes.Organization)
        {
            return true;
        }

        for (var i = start; i < Math.Min(context.Tokens.Length, start + 4); i++)
        {
            if (context.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (PerSourceNouns.Contains(context.Word(i).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the words before an according-to aside hold an auxiliary or modal ("are tied", "would be"): they are a
    /// clause of their own, not a subject whose verb follows the aside ("The visit, according to X, would be ...").
    /// </summary>
    private bool HasVerb(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (FiniteVerbs.Contains(context.Word(i).ToString()) || context.Word(i) is "can" or "may" or "does" or "do" or "shall")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last token of an organisation's or a person's name opening the source at <paramref name="start"/> (after "the"),
    /// when at least two more words follow it before <paramref name="commaOrEnd"/>; else -1.
    /// </summary>
    private int NamedSourceEnd(int start, int commaOrEnd)
    {
        var at = context.Is(start, "the") ? start + 1 : start;
        if (at > commaOrEnd || context.EntityStartingAt[at] is not (var entity and >= 0)
            || context.Entities[entity].Type is not (Entities.EntityTypes.Organization or Entities.EntityTypes.Person))
        {
            return -1;
        }

        var last = at;
        while (last < commaOrEnd && context.EntityEndingAt[last] != entity)
        {
            last++;
        }

        // "the Interior Ministry's latest figures", "the Interior Ministry spokesman": the source goes on past the name.
        return context.EntityEndingAt[last] == entity && last + 2 < commaOrEnd && !SourceGoesOn.Contains(context.Word(last + 1).ToString())
               && context.Tokens[last + 1].Kind != TokenKind.QuoteMark ? last : -1;
    }
}
